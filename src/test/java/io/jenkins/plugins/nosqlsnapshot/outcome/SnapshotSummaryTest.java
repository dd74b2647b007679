package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotSummaryTest {
    @Test
    void theBuildPageShowsVerdictNameCountsAndTables() {
        SnapshotSummary s = SnapshotSummary.of(Reports.rnFailed(), "nosql-snapshot/251124-101500-nightly", true, true);
        assertEquals("UNSTABLE", s.getVerdict());
        assertEquals("251124-101500-nightly", s.getDisplayName());
        assertEquals("1/2 Replication Nodes, 1/1 admins, 1/1 configs", s.getCounts());
        assertEquals(List.of(), s.getLostShards());
        assertEquals(List.of("UNSTABLE: rg1-rn2 has no snapshot [COMPONENT_FAILED]"), s.getProblems());
        assertEquals("rg1-rn2", s.getShards().get(0).getWithoutSnapshot());
        assertEquals(1, s.getShards().get(0).getOkReplicas());
        assertEquals(4, s.getPaths().size(), "sn1 config, two RNs, one admin");
        assertEquals("Replication Node of rg1 (master)", s.getPaths().get(1).getKind());
        assertTrue(s.isArchived());
    }

    @Test
    void aShardWhoseReplicationNodesAllHaveTheSnapshotShowsADashNotAnEmptyCell() {
        SnapshotSummary s = SnapshotSummary.of(Reports.healthy(), null, false, false);
        assertTrue(!s.getShards().isEmpty());
        s.getShards().forEach(shard -> assertEquals("\u2014", shard.getWithoutSnapshot(), shard.getId()));
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
