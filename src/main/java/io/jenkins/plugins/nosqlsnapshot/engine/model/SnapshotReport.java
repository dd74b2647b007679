package io.jenkins.plugins.nosqlsnapshot.engine.model;

import java.util.List;

/**
 * Everything one run learned, as written to {@code report.json}. Immutable; renderers are pure functions of it.
 *
 * @param snapshotName    the full name on disk ({@code yyMMdd-HHmmss-NAME}), or null when none was taken or reported
 * @param zone            the zone the snapshot was limited to ({@code -zn}/{@code -znname}), or null
 * @param adminResult     what the admin said of snapshot create, or null when create was not run
 * @param topologyChecked whether the result was joined with the topology (silent omissions detectable)
 * @param adminLaunches   how many admin JVMs the run started (0 for {@code evaluate})
 * @param startedAt       ISO-8601 instant the run started
 * @param durationMillis  from the run's start to its verdict
 * @param timeline        where the time went, phase by phase (empty for {@code evaluate} and for a run that started
 *                        no admin; absent in reports of earlier versions)
 */
public record SnapshotReport(
        int schemaVersion,
        String snapshotName,
        String requestedName,
        String zone,
        Verdict verdict,
        List<Reason> reasons,
        Summary summary,
        StoreInfo store,
        AdminResult adminResult,
        List<ShardReport> shards,
        List<AdminReport> admins,
        List<StorageNodeReport> storageNodes,
        PreflightReport preflight,
        boolean topologyChecked,
        int adminLaunches,
        List<CommandRecord> commands,
        String startedAt,
        long durationMillis,
        Timeline timeline) {
    public static final int SCHEMA_VERSION = 1;

    public SnapshotReport {
        reasons = List.copyOf(reasons);
        shards = List.copyOf(shards);
        admins = List.copyOf(admins);
        storageNodes = List.copyOf(storageNodes);
        commands = List.copyOf(commands);
        timeline = timeline == null ? Timeline.NONE : timeline;
    }

    /** This report with another timeline. */
    public SnapshotReport withTimeline(Timeline other) {
        return new SnapshotReport(
                schemaVersion,
                snapshotName,
                requestedName,
                zone,
                verdict,
                reasons,
                summary,
                store,
                adminResult,
                shards,
                admins,
                storageNodes,
                preflight,
                topologyChecked,
                adminLaunches,
                commands,
                startedAt,
                durationMillis,
                other);
    }

    /** The reason a failed gate shows first; null when there is none. */
    public Reason mostSevereReason() {
        return reasons.isEmpty() ? null : reasons.get(0);
    }
}
