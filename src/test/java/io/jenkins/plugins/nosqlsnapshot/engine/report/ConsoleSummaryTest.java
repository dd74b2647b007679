package io.jenkins.plugins.nosqlsnapshot.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    @Test
    void healthySnapshotIsTwoLinesVerdictNameAndCounts() {
        String console = ConsoleSummary.render(FixtureReports.healthy().report());

        assertThat(console.lines())
                .containsExactly(
                        "nosql-snapshot: SUCCESS - snapshot 261124-193328-BACKUP",
                        "  9/9 Replication Nodes, 3/3 admins, 3/3 SN configs; shards: 3 complete, 0 degraded, 0 lost");
    }

    @Test
    void oneReplicationNodeDownAddsOneLineNamingItAndItsHost() {
        String console =
                ConsoleSummary.render(FixtureReports.oneReplicationNodeDown().report());

        assertThat(console.lines())
                .hasSize(3)
                .first()
                .isEqualTo("nosql-snapshot: UNSTABLE - snapshot 261124-193913-BACKUP");
        assertThat(console.lines().toList().get(1))
                .startsWith("  8/9 Replication Nodes, 3/3 admins, 3/3 SN configs;")
                .endsWith("2 complete, 1 degraded, 0 lost");
        assertThat(console.lines().toList().get(2))
                .startsWith("  UNSTABLE: rg3-rn3 on sn3 (127.0.0.1) has no snapshot")
                .contains("rg3-rn3 is UNREACHABLE");
    }

    @Test
    void lostShardIsNamedAsFailure() {
        String console = ConsoleSummary.render(FixtureReports.shardDown().report());

        assertThat(console.lines())
                .element(2)
                .asString()
                .startsWith("  FAILURE: shard rg3 has no snapshot on any of its 3 Replication Nodes");
    }

    @Test
    void lostShardsComeBeforeOtherProblemsOfTheSameSeverity() {
        SnapshotReport shardDown = FixtureReports.shardDown().report();
        List<Reason> reasons = List.of(
                new Reason(Severity.WARNING, "LISTING_FAILED", "Could not list sn3."),
                new Reason(Severity.FAILURE, "NO_ADMIN_SNAPSHOT", "No admin snapshot succeeded."),
                shardDown.reasons().get(0));

        String console = ConsoleSummary.render(Reports.withReasons(shardDown, reasons));

        assertThat(console.lines().skip(2))
                .extracting(line -> line.substring(0, 20))
                .containsExactly("  FAILURE: shard rg3", "  FAILURE: No admin ", "  WARNING: Could not");
    }

    @Test
    void manyProblemsAreCappedWithAPointerToTheFullReports() {
        SnapshotReport shardDown = FixtureReports.shardDown().report();
        List<Reason> reasons = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            reasons.add(new Reason(Severity.UNSTABLE, "COMPONENT_FAILED", "rg" + i + "-rn3 has no snapshot."));
        }
        reasons.add(shardDown.reasons().get(0));

        String console = ConsoleSummary.render(Reports.withReasons(shardDown, reasons));

        assertThat(console.lines()).hasSize(2 + 20 + 1);
        assertThat(console.lines().toList().get(2)).startsWith("  FAILURE: shard rg3 has no snapshot");
        assertThat(console.lines()).last().isEqualTo("  ... and 11 more problems: see report.md or report.html");
    }

    @Test
    void unreachableAdminSaysNoSnapshotWasTakenWithoutEmptyCounts() {
        String console = ConsoleSummary.render(FixtureReports.cannotConnect().report());

        assertThat(console.lines())
                .containsExactly(
                        "nosql-snapshot: FAILURE - no snapshot taken",
                        "  FAILURE: The admin could not be reached: 5300 \"Cannot connect to any admins.\". No snapshot was"
                                + " taken.");
    }

    @Test
    void adminClaimingSuccessForALostShardGetsANote() {
        String console = ConsoleSummary.render(FixtureReports.seedShardLost().report());

        assertThat(console.lines())
                .last()
                .isEqualTo("  note: the admin CLI said 5500 \"Operation ends"
                        + " successfully\" and exits 0; do not trust its return code alone");
        assertThat(console).doesNotContain("INFO");
    }
}
