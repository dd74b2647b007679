package io.jenkins.plugins.nosqlsnapshot.engine.verdict;

import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResult;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import java.util.List;
import java.util.Map;

/**
 * Everything a run (or {@code evaluate}) learned, before any judgement. Any part may be missing (null or empty)
 * when the admin could not tell; the verdict then says what could not be checked.
 *
 * @param zone            {@code -zn} id or {@code -znname} name the snapshot was limited to, or null
 * @param parameters      per Storage Node id
 * @param ping            the store's state around the snapshot (masters, why a node failed), or null
 * @param preflight       the pre-flight decision
 * @param result          what snapshot create returned, or null when it was not run
 * @param listings        {@code show snapshots -sn} per Storage Node id, after create
 * @param listingErrors   why a listing failed, per Storage Node id
 * @param sessionReasons  problems of the session itself (connection, timeout, unparseable output)
 */
public record Evidence(
        String requestedName,
        String zone,
        Topology topology,
        List<Admin> admins,
        Map<String, StorageNodeParameters> parameters,
        PingStatus ping,
        PreflightReport preflight,
        SnapshotResult result,
        Map<String, List<String>> listings,
        Map<String, String> listingErrors,
        List<Reason> sessionReasons,
        List<CommandRecord> commands,
        int adminLaunches,
        String startedAt,
        long durationMillis) {
    public Evidence {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        listings = listings == null ? Map.of() : Map.copyOf(listings);
        listingErrors = listingErrors == null ? Map.of() : Map.copyOf(listingErrors);
        sessionReasons = sessionReasons == null ? List.of() : List.copyOf(sessionReasons);
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
