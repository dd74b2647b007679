package io.jenkins.plugins.nosqlsnapshot.engine.report;

import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import java.util.List;

/** Variations of a real report for cases no fixture shows. */
final class Reports {
    private Reports() {}

    static SnapshotReport withReasons(SnapshotReport r, List<Reason> reasons) {
        return new SnapshotReport(
                r.schemaVersion(),
                r.snapshotName(),
                r.requestedName(),
                r.zone(),
                r.verdict(),
                reasons,
                r.summary(),
                r.store(),
                r.adminResult(),
                r.shards(),
                r.admins(),
                r.storageNodes(),
                r.preflight(),
                r.topologyChecked(),
                r.adminLaunches(),
                r.commands(),
                r.startedAt(),
                r.durationMillis(),
                r.timeline());
    }

    static SnapshotReport withCommands(SnapshotReport r, List<CommandRecord> commands) {
        return new SnapshotReport(
                r.schemaVersion(),
                r.snapshotName(),
                r.requestedName(),
                r.zone(),
                r.verdict(),
                r.reasons(),
                r.summary(),
                r.store(),
                r.adminResult(),
                r.shards(),
                r.admins(),
                r.storageNodes(),
                r.preflight(),
                r.topologyChecked(),
                1,
                commands,
                r.startedAt(),
                r.durationMillis(),
                r.timeline());
    }
}
