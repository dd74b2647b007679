package io.jenkins.plugins.nosqlsnapshot.engine.verdict;

import static io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures.ondbOutput;
import static io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures.seedOutput;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SavedOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every captured snapshot-create case, judged the way the issue and the quality bar require. */
class FixtureVerdictTest {
    private static final List<SavedOutput> PARAMETERS = List.of(
            ondbOutput("a04_show_parameter_sn1_json.stdout"),
            ondbOutput("a44_show_parameter_sn2_json.stdout"),
            ondbOutput("a39_show_parameter_sn3_json.stdout"));

    static SnapshotReport withTopology(String result, String ping) {
        return new Evaluation(
                        ondbOutput(result),
                        ondbOutput("a02_show_topology_verbose_json.stdout"),
                        PARAMETERS,
                        ondbOutput("a05_show_admins_json.stdout"),
                        ping == null ? null : ondbOutput(ping),
                        ondbOutput("a08_show_plans_json.stdout"),
                        null,
                        Policy.DEFAULT)
                .evaluate()
                .report();
    }

    static SnapshotReport resultOnly(SavedOutput result) {
        return new Evaluation(result, null, null, null, null, null, null, Policy.DEFAULT)
                .evaluate()
                .report();
    }

    @Test
    void seedAllOkIsSuccess() {
        SnapshotReport report = resultOnly(seedOutput("all-ok.json"));

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(report.snapshotName()).isEqualTo("210705-133631-BACKUP");
        assertThat(report.requestedName()).isEqualTo("BACKUP");
        assertThat(report.topologyChecked()).isFalse();
        assertThat(report.reasons()).extracting(Reason::code).contains("TOPOLOGY_NOT_CHECKED");
    }

    @Test
    void seedOneRnFailedIsUnstableDespite5500SayingSuccess() {
        SnapshotReport report = resultOnly(seedOutput("one-rn-failed.json"));

        assertThat(report.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(report.shards())
                .filteredOn(s -> s.id().equals("rg3"))
                .singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ShardStatus.DEGRADED));
        assertThat(report.reasons().get(0).message()).startsWith("rg3-rn3 has no snapshot");
    }

    @Test
    void lostShardFailsEvenWhenCliSaysSuccess() {
        SnapshotReport report = resultOnly(seedOutput("shard-lost.json"));

        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.adminResult().returnCode()).isEqualTo(5500);
        assertThat(report.adminResult().claimsSuccess()).isTrue();
        assertThat(report.reasons().get(0).message())
                .isEqualTo("shard rg3 has no snapshot on any of its 3"
                        + " Replication Nodes (rg3-rn1, rg3-rn2, rg3-rn3): the store cannot be restored from"
                        + " 210705-133846-BACKUP.");
        assertThat(report.reasons()).extracting(Reason::code).contains("ADMIN_DISAGREES");
    }

    @Test
    void healthy25StoreIsSuccessWithEveryPath() {
        SnapshotReport report = withTopology("a13_snapshot_create_json.stdout", "a06_ping_json.stdout");

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(report.reasons()).isEmpty();
        assertThat(report.summary().replicationNodesOk()).isEqualTo(9);
        assertThat(report.summary().adminsOk()).isEqualTo(3);
        assertThat(report.summary().configsOk()).isEqualTo(3);
        assertThat(report.shards()).allSatisfy(s -> assertThat(s.status()).isEqualTo(ShardStatus.COMPLETE));
        assertThat(report.store().name()).isEqualTo("kvstore");
        assertThat(report.store().version()).isEqualTo("25.3.21");
    }

    @Test
    void oneRnDownIsUnstableAndNamesTheNodeAndWhy() {
        SnapshotReport report = withTopology("b02_snapshot_create_json.stdout", "b03_ping_json.stdout");

        assertThat(report.verdict()).isEqualTo(Verdict.UNSTABLE);
        ShardReport rg3 = report.shards().get(2);
        assertThat(rg3.status()).isEqualTo(ShardStatus.DEGRADED);
        assertThat(rg3.okReplicas()).isEqualTo(2);
        assertThat(report.reasons().get(0).message())
                .startsWith("rg3-rn3 on sn3 (127.0.0.1) has no snapshot")
                .contains("shard rg3 still has 2 of 3");
    }

    @Test
    void shardDownIsFailureWithThePingCause() {
        SnapshotReport report = withTopology("c02_snapshot_create_json.stdout", "c03_ping_json.stdout");

        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.snapshotName()).isEqualTo("261124-194046-BACKUP");
        assertThat(report.summary().shardsLost()).isEqualTo(1);
        assertThat(report.reasons().get(0).code()).isEqualTo("SHARD_LOST");
        assertThat(report.reasons().get(0).message()).contains("rg3-rn1 UNREACHABLE");
    }

    @Test
    void unreachableAdminIsFailure() {
        SnapshotReport report = resultOnly(ondbOutput("e02_wrong_port_json.stdout"));

        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.reasons().get(0).message())
                .contains("could not be reached")
                .contains("Cannot connect to any admins.");
        assertThat(report.snapshotName()).isNull();
    }

    @Test
    void batchSessionResultIsSuccess() {
        SnapshotReport report = withTopology("g02.stdout", "g01.stdout");

        assertThat(report.snapshotName()).isEqualTo("261124-200120-BATCH");
        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
    }

    @Test
    void everyRealSnapshotCreateCaseHasTheExpectedVerdict() {
        assertThat(withTopology("a22_snapshot_create_zn1_json.stdout", null).verdict())
                .isEqualTo(Verdict.SUCCESS);
        assertThat(withTopology("a37_snapshot_create_via_sn2_port_json.stdout", null)
                        .verdict())
                .isEqualTo(Verdict.SUCCESS);
        assertThat(resultOnly(ondbOutput("s01_secure_snapshot_create_json.stdout"))
                        .verdict())
                .isEqualTo(Verdict.SUCCESS);
        for (String refused : List.of(
                "a24_snapshot_create_sn1_unsupported.stdout",
                "a25_snapshot_create_bad_zone_json.stdout",
                "e05_name_missing_json.stdout",
                "s03_secure_no_security_file_json.stdout",
                "s08_secure_wrong_username_json.stdout",
                "a12_snapshot_create_text.stdout",
                "b01_snapshot_create_text.stdout",
                "c01_snapshot_create_text.stdout")) {
            assertThat(resultOnly(ondbOutput(refused)).verdict()).as(refused).isEqualTo(Verdict.FAILURE);
        }
    }

    @Test
    void pathsFollowTheOnDiskLayoutOfTheRealStore() {
        SnapshotReport report = withTopology("a13_snapshot_create_json.stdout", null);
        String name = "261124-193328-BACKUP";
        String listing = io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures.read(
                io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures.ondb(
                        "a26_snapshot_dirs_after_healthy_creates.txt"));

        assertThat(report.shards().get(0).replicationNodes().get(0).path())
                .isEqualTo("/u01/nosql/data/sn1/disk1/rg1-rn1/snapshots/" + name);
        assertThat(report.admins())
                .extracting("path")
                .containsExactly(
                        "/u01/nosql/data/sn1/admin/admin1/snapshots/" + name,
                        "/u01/nosql/data/sn2/admin/admin2/snapshots/" + name,
                        "/opt/oracle/kvroot/sn3/kvstore/sn3/admin3/snapshots/" + name);
        assertThat(report.storageNodes())
                .extracting("configPath")
                .containsExactly(
                        "/opt/oracle/kvroot/sn1/snapshots/" + name,
                        "/opt/oracle/kvroot/sn2/snapshots/" + name,
                        "/opt/oracle/kvroot/sn3/snapshots/" + name);
        report.shards()
                .forEach(s -> s.replicationNodes()
                        .forEach(rn -> assertThat(listing)
                                .contains(
                                        "\n" + rn.path().substring(0, rn.path().length() - name.length() - 1) + "\n")
                                .contains("=== "
                                        + rn.path().substring(0, rn.path().length() - name.length() - 1) + " ")));
        report.admins()
                .forEach(a -> assertThat(listing)
                        .contains("\n" + a.path().substring(0, a.path().length() - name.length() - 1) + "\n"));
        report.storageNodes()
                .forEach(sn -> assertThat(listing)
                        .contains("\n"
                                + sn.configPath().substring(0, sn.configPath().length() - name.length() - 1) + "\n"));
        assertThat(listing).contains(name);
    }

    @Test
    void mastersAtSnapshotTimeComeFromPing() {
        SnapshotReport report = withTopology("a13_snapshot_create_json.stdout", "a06_ping_json.stdout");

        assertThat(report.shards())
                .allSatisfy(shard -> assertThat(shard.replicationNodes())
                        .filteredOn(rn -> rn.masterAtSnapshot())
                        .hasSize(1));
        assertThat(report.shards().get(0).replicationNodes())
                .allSatisfy(rn -> assertThat(rn.status()).isEqualTo(ComponentStatus.OK));
    }
}
