package io.jenkins.plugins.nosqlsnapshot.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.nosqlsnapshot.core.report.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.core.report.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.core.verdict.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportLayoutTest {
    @Test
    void reportsGoUnderTheFullSnapshotName() {
        assertEquals("nosql-snapshot/251124-101500-nightly", ReportLayout.directory(Reports.healthy()));
    }

    @Test
    void requestedNameWhenNoneWasReportedAndNeverAPathTraversal() {
        SnapshotReport base = Reports.report(Verdict.FAILURE, List.of(), ComponentStatus.OK, ComponentStatus.OK);
        assertEquals("nosql-snapshot/nightly", ReportLayout.directory(withNames(base, null, "nightly")));
        assertEquals("nosql-snapshot/nightly", ReportLayout.directory(withNames(base, "../../etc", "nightly")));
        assertEquals("nosql-snapshot/unnamed", ReportLayout.directory(withNames(base, null, "a/b")));
    }

    @Test
    void archivePathsMirrorWorkspacePaths() {
        assertEquals(Map.of("nosql-snapshot/n/report.json", "nosql-snapshot/n/report.json",
                        "nosql-snapshot/n/topology.json", "nosql-snapshot/n/topology.json"),
                ReportLayout.artifacts("nosql-snapshot/n", List.of("report.json", "topology.json")));
    }

    private static SnapshotReport withNames(SnapshotReport r, String snapshotName, String requestedName) {
        return new SnapshotReport(r.schemaVersion(), snapshotName, requestedName, r.zone(), r.verdict(), r.reasons(),
                r.summary(), r.store(), r.adminResult(), r.shards(), r.admins(), r.storageNodes(), r.preflight(),
                r.topologyChecked(), r.adminLaunches(), r.commands(), r.startedAt(), r.durationMillis());
    }
}
