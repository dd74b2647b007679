package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotSummaryTest {
    @Test
    void theBuildKeepsVerdictNameCountsAndWhereTheReportIs() {
        SnapshotSummary s = SnapshotSummary.of(Reports.rnFailed(), "nosql-snapshot/251124-101500-nightly", true, true);
        assertEquals("UNSTABLE", s.getVerdict());
        assertEquals("251124-101500-nightly", s.getDisplayName());
        assertEquals("1/2 Replication Nodes, 1/1 admins, 1/1 configs", s.getCounts());
        assertEquals(List.of(), s.getLostShards());
        assertEquals("nosql-snapshot/251124-101500-nightly/report.json", s.getReportPath());
        assertEquals(Reports.rnFailed().durationMillis(), s.getDurationMillis());
        assertTrue(s.isArchived());
    }

    @Test
    void theBuildRecordHoldsNoPathTableSoItDoesNotGrowWithTheStore() throws IOException {
        SnapshotReport report = Reports.rnFailed();
        SnapshotSummary s = SnapshotSummary.of(report, "nosql-snapshot/251124-101500-nightly", true, true);
        assertNull(s.recordedDetail());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        String recorded = bytes.toString(StandardCharsets.ISO_8859_1);
        String rnPath = report.shards().get(0).replicationNodes().get(0).path();
        assertNotNull(rnPath);
        assertFalse(recorded.contains(rnPath), "a snapshot directory's path is in the build record");
    }

    @Test
    void lostShardsAreNamedAndNothingIsLinkedWithoutArchive() {
        SnapshotSummary s = SnapshotSummary.of(
                Reports.report(
                        io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict.FAILURE,
                        List.of(),
                        io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus.FAILED,
                        io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus.OK),
                "d",
                false,
                true);
        assertEquals(false, s.isArchived());
        assertEquals("failure", s.getVerdictClass());
    }

    @Test
    void itIsSerializableWithPlainCollections() throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(SnapshotSummary.of(Reports.healthy(), null, false, false));
        }
        assertEquals(
                "",
                SnapshotSummary.counts(
                        new io.jenkins.plugins.nosqlsnapshot.engine.model.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0)));
    }
}
