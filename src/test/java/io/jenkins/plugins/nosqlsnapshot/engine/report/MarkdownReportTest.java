package io.jenkins.plugins.nosqlsnapshot.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void healthySnapshotShowsEveryShardCompleteWithItsMaster() {
        String md = MarkdownReport.render(FixtureReports.healthy().report());

        assertThat(md)
                .startsWith("# nosql-snapshot report: SUCCESS\n")
                .contains("- Snapshot: `261124-193328-BACKUP`\n")
                .contains("- Store: kvstore, version 25.3.21, topology sequence 46, 30 partitions\n")
                .contains("- 9/9 Replication Nodes, 3/3 admins, 3/3 SN configs\n")
                .contains("| rg1 | COMPLETE | 3/3 | - | rg1-rn2 (sn2) |\n")
                .contains("| rg2 | COMPLETE | 3/3 | - | rg2-rn3 (sn3) |\n")
                .contains("| rg3 | COMPLETE | 3/3 | - | rg3-rn1 (sn1) |\n")
                .contains("## Reasons\n\nNone: every shard, admin and Storage Node configuration has the snapshot.");
    }

    @Test
    void eachStorageNodeListsItsConfigReplicationNodesAndAdminWithPaths() {
        String md = MarkdownReport.render(FixtureReports.healthy().report());

        String sn3 = md.substring(md.indexOf("### sn3 (127.0.0.1)"), md.indexOf("## Copy manifest"));
        assertThat(sn3.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| Snapshot of")))
                .containsExactly(
                        "| sn3 | SN configuration | OK | `/opt/oracle/kvroot/sn3/snapshots/261124-193328-BACKUP` |  |",
                        "| rg1-rn3 | Replication Node of rg1 | OK"
                                + " | `/u01/nosql/data/sn3/disk1/rg1-rn3/snapshots/261124-193328-BACKUP` | RUNNING |",
                        "| rg2-rn3 | Replication Node of rg2, master at snapshot | OK"
                                + " | `/u01/nosql/data/sn3/disk2/rg2-rn3/snapshots/261124-193328-BACKUP` | RUNNING |",
                        "| rg3-rn3 | Replication Node of rg3 | OK"
                                + " | `/u01/nosql/data/sn3/disk3/rg3-rn3/snapshots/261124-193328-BACKUP` | RUNNING |",
                        "| admin3 | Admin | OK"
                                + " | `/opt/oracle/kvroot/sn3/kvstore/sn3/admin3/snapshots/261124-193328-BACKUP`"
                                + " | RUNNING |");
    }

    @Test
    void copyManifestHasOneHostPathLinePerSnapshotDirectory() {
        List<String> manifest =
                manifest(MarkdownReport.render(FixtureReports.healthy().report()));

        assertThat(manifest)
                .hasSize(15)
                .doesNotHaveDuplicates()
                .allMatch(line -> line.startsWith("127.0.0.1:/"))
                .startsWith(
                        "127.0.0.1:/opt/oracle/kvroot/sn1/snapshots/261124-193328-BACKUP",
                        "127.0.0.1:/u01/nosql/data/sn1/disk1/rg1-rn1/snapshots/261124-193328-BACKUP")
                .contains("127.0.0.1:/u01/nosql/data/sn2/admin/admin2/snapshots/261124-193328-BACKUP")
                .endsWith("127.0.0.1:/opt/oracle/kvroot/sn3/kvstore/sn3/admin3/snapshots/261124-193328-BACKUP");
    }

    @Test
    void failedReplicationNodeIsMarkedAndLeftOutOfTheCopyManifest() {
        String md =
                MarkdownReport.render(FixtureReports.oneReplicationNodeDown().report());

        assertThat(md)
                .contains("| rg3 | **DEGRADED** | 2/3 | rg3-rn3 (failed) | rg3-rn1 (sn1) |\n")
                .contains("| rg3-rn3 | Replication Node of rg3 | **FAILED** | `/u01/nosql/data/sn3/disk3/rg3-rn3/"
                        + "snapshots/261124-193913-BACKUP` (not created) | UNREACHABLE |")
                .contains("- **UNSTABLE** `COMPONENT_FAILED`: rg3-rn3 on sn3 (127.0.0.1) has no snapshot");
        assertThat(manifest(md)).hasSize(14).noneMatch(line -> line.contains("rg3-rn3"));
    }

    @Test
    void lostShardIsFirstReasonAndHasNoMasterCopy() {
        String md = MarkdownReport.render(FixtureReports.shardDown().report());

        assertThat(md)
                .startsWith("# nosql-snapshot report: FAILURE\n")
                .contains("| rg3 | **LOST** | 0/3 | rg3-rn1 (failed), rg3-rn2 (failed), rg3-rn3 (failed)"
                        + " | none (ping saw no master) |")
                .contains("| snapshot operation | 5300 | Snapshot failed |");
        assertThat(md.substring(md.indexOf("## Reasons"))).contains("\n\n- **FAILURE** `SHARD_LOST`: shard rg3");
        assertThat(manifest(md)).hasSize(12).noneMatch(line -> line.contains("/rg3-"));
    }

    @Test
    void adminClaimingSuccessForALostShardIsCalledOut() {
        String md = MarkdownReport.render(FixtureReports.seedShardLost().report());

        assertThat(md)
                .contains("| snapshot operation | 5500 | Operation ends successfully |")
                .contains("> **Note:** The admin CLI claims success (5500 \"Operation ends successfully\", exit code"
                        + " 0), but this report's verdict is FAILURE");
        assertThat(MarkdownReport.render(FixtureReports.shardDown().report())).doesNotContain("> **Note:**");
    }

    @Test
    void withoutTopologyThePathsAreUnknownAndTheManifestSaysWhatIsNeeded() {
        String md = MarkdownReport.render(FixtureReports.seedShardLost().report());

        assertThat(md)
                .contains("### Storage Node unknown (no topology given)")
                .contains("| rg3-rn3 | Replication Node of rg3 | **FAILED** | unknown |  |")
                .contains("No snapshot directory is known. Paths need the topology");
    }

    @Test
    void unreachableAdminReportSaysNoSnapshotWasTaken() {
        String md = MarkdownReport.render(FixtureReports.cannotConnect().report());

        assertThat(md)
                .contains("- Snapshot: no snapshot taken\n")
                .contains("| connect store or admin service | 5300 | Cannot connect to any admins. |")
                .contains("No shard is known")
                .doesNotContain("Replication Nodes, ");
    }

    @Test
    void storeValuesCannotInjectMarkupOrBreakTables() {
        String md = MarkdownReport.render(FixtureReports.hostile().report());

        assertThat(md)
                .contains("### sn2 (\\<script\\>alert(\"x\")\\</script\\>)\n")
                .contains("- Snapshot: `" + FixtureReports.HOSTILE_NAME + "`\n");
        assertThat(manifest(md))
                .contains(FixtureReports.HOSTILE_HOST + ":/u01/nosql/data/sn2/disk1/rg1-rn2/snapshots/"
                        + FixtureReports.HOSTILE_NAME);
        String outsideCode = md.replaceAll("(?s)```text\n.*?```", "").replaceAll("(`+).+?\\1", "");
        assertThat(outsideCode).doesNotContainPattern("(?<!\\\\)[<>]");
        assertThat(MarkdownText.code("a|b`c")).isEqualTo("``a\\|b`c``");
        assertThat(MarkdownText.text("*x* [l](u) a|b")).isEqualTo("\\*x\\* \\[l\\](u) a\\|b");
    }

    @Test
    void sessionCommandsAreListedWithTheirReturnCodes() {
        SnapshotReport report = Reports.withCommands(
                FixtureReports.healthy().report(),
                List.of(
                        new CommandRecord("snapshot create -name BACKUP -json", 5000, 5210, null),
                        new CommandRecord("show snapshots -sn sn3 -json", null, 60000, "timed out")));

        assertThat(MarkdownReport.render(report))
                .contains("- Admin JVM launches: 1\n")
                .contains("| `snapshot create -name BACKUP -json` | 5000 | 5210 |  |\n")
                .contains("| `show snapshots -sn sn3 -json` | none | 60000 | timed out |\n");
    }

    /** The lines of the copy manifest's code block. */
    static List<String> manifest(String md) {
        String section = md.substring(md.indexOf("## Copy manifest"));
        int start = section.indexOf("```text\n") + "```text\n".length();
        return section.substring(start, section.indexOf("```", start)).lines().toList();
    }
}
