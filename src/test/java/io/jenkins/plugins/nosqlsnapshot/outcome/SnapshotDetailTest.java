package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDetailTest {
    @Test
    void thePageShowsProblemsShardsAndPathsReadBackFromTheArchivedReportJson() throws IOException {
        SnapshotDetail d = SnapshotDetail.of(ReportJson.read(ReportJson.write(Reports.rnFailed())));
        assertEquals(List.of("UNSTABLE: rg1-rn2 has no snapshot [COMPONENT_FAILED]"), d.getProblems());
        assertEquals("rg1-rn2", d.getShards().get(0).getWithoutSnapshot());
        assertEquals(1, d.getShards().get(0).getOkReplicas());
        assertEquals(4, d.getPaths().size(), "sn1 config, two RNs, one admin");
        assertEquals("Replication Node of rg1 (master)", d.getPaths().get(1).getKind());
        assertNull(d.getUnavailable());
    }

    @Test
    void aShardWhoseReplicationNodesAllHaveTheSnapshotShowsADashNotAnEmptyCell() {
        SnapshotDetail d = SnapshotDetail.of(Reports.healthy());
        assertFalse(d.getShards().isEmpty());
        d.getShards().forEach(shard -> assertEquals("\u2014", shard.getWithoutSnapshot(), shard.getId()));
    }

    @Test
    void withoutAnArchivedReportThePageSaysWhyInsteadOfEmptyTables() {
        SnapshotDetail d = SnapshotDetail.unavailable("The report was not archived");
        assertEquals("The report was not archived", d.getUnavailable());
        assertEquals(List.of(), d.getShards());
    }
}
