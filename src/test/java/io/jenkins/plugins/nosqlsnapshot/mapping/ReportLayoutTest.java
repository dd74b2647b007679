package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
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
    void retentionReadsOnlyTheArchivedReportsOfItsOwnName() {
        assertTrue(ReportLayout.holdsSnapshotOf("261124-200120-BATCH", "BATCH"));
        // a longer name that ends with "-BATCH" is another snapshot family
        assertFalse(ReportLayout.holdsSnapshotOf("261124-200120-pre-BATCH", "BATCH"));
        assertTrue(ReportLayout.holdsSnapshotOf("261124-200120-pre-BATCH", "pre-BATCH"));
        assertFalse(ReportLayout.holdsSnapshotOf("BATCH", "BATCH"), "a report without a server name (none taken)");
        assertFalse(ReportLayout.holdsSnapshotOf("261124-200120-BATCH", "batch"));
        assertFalse(ReportLayout.holdsSnapshotOf("261124-200120-BATCH", null));
    }

    @Test
    void archivePathsMirrorWorkspacePaths() {
        assertEquals(
                Map.of(
                        "nosql-snapshot/n/report.json",
                        "nosql-snapshot/n/report.json",
                        "nosql-snapshot/n/topology.json",
                        "nosql-snapshot/n/topology.json"),
                ReportLayout.artifacts("nosql-snapshot/n", List.of("report.json", "topology.json")));
    }

    private static SnapshotReport withNames(SnapshotReport r, String snapshotName, String requestedName) {
        return new SnapshotReport(
                r.schemaVersion(),
                snapshotName,
                requestedName,
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
                r.adminLaunches(),
                r.commands(),
                r.startedAt(),
                r.durationMillis(),
                r.timeline());
    }
}
