package io.jenkins.plugins.nosqlsnapshot.engine.verdict;

import static io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures.ondbOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SavedOutput;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Plan;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases the real store did not produce, built from its captured documents by editing one list (recorded form):
 * a silent omission, a configuration failure, and the policy switches.
 */
class PolicyVerdictTest {
    private static final String HEALTHY = Fixtures.read(Fixtures.ondb("a13_snapshot_create_json.stdout"));
    private static final List<SavedOutput> PARAMETERS = List.of(
            ondbOutput("a04_show_parameter_sn1_json.stdout"),
            ondbOutput("a44_show_parameter_sn2_json.stdout"),
            ondbOutput("a39_show_parameter_sn3_json.stdout"));

    private static SnapshotReport judge(String result, Policy policy) {
        return new Evaluation(
                        new SavedOutput("edited a13", result),
                        ondbOutput("a02_show_topology_verbose_json.stdout"),
                        PARAMETERS,
                        ondbOutput("a05_show_admins_json.stdout"),
                        ondbOutput("a06_ping_json.stdout"),
                        null,
                        null,
                        policy)
                .evaluate()
                .report();
    }

    @Test
    void nodeInNeitherListIsASilentOmission() {
        String omitted = HEALTHY.replace("      \"rg2-rn1\",\n", "");

        SnapshotReport report = judge(omitted, Policy.DEFAULT);

        assertThat(report.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(report.shards().get(1).replicationNodes().get(0).status()).isEqualTo(ComponentStatus.MISSING);
        assertThat(report.reasons())
                .filteredOn(r -> r.code().equals("COMPONENT_MISSING"))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains("rg2-rn1").contains("silent omission"));
    }

    @Test
    void wholeShardOmittedIsLostAndFailsWhileTheAdminSays5000() {
        String omitted = HEALTHY.replace("      \"rg3-rn1\",\n      \"rg3-rn2\",\n      \"rg3-rn3\"\n", "")
                .replace("\"rg2-rn3\",", "\"rg2-rn3\"");

        SnapshotReport report = judge(omitted, Policy.DEFAULT);

        assertThat(report.adminResult().returnCode()).isEqualTo(5000);
        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.shards().get(2).status()).isEqualTo(ShardStatus.LOST);
        assertThat(report.reasons().get(0).message()).contains("the admin named none of them in either list");
    }

    @Test
    void configFailureWith5000IsUnstableByDefault() {
        String configFailed = HEALTHY.replace(
                        "\"sn3\"\n    ],\n    \"failureSnapshotConfigs\": []",
                        "\"sn2\"\n    ],\n    \"failureSnapshotConfigs\": [\"sn3\"]")
                .replace("\"sn2\",\n      \"sn2\"", "\"sn2\"");

        SnapshotReport report = judge(configFailed, Policy.DEFAULT);

        assertThat(report.storageNodes().get(2).configBackup()).isEqualTo(ComponentStatus.FAILED);
        assertThat(report.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(report.reasons()).extracting(Reason::code).contains("CONFIG_FAILED");
        Policy strict = new Policy(Verdict.UNSTABLE, Verdict.FAILURE, 1, PreflightMode.BLOCK);
        assertThat(judge(configFailed, strict).verdict()).isEqualTo(Verdict.FAILURE);
        Policy lenient = new Policy(Verdict.UNSTABLE, Verdict.SUCCESS, 1, PreflightMode.BLOCK);
        assertThat(judge(configFailed, lenient).verdict()).isEqualTo(Verdict.SUCCESS);
    }

    @Test
    void onPartialAndMinimumReplicasChangeThePartialVerdict() {
        String degraded = Fixtures.read(Fixtures.ondb("b02_snapshot_create_json.stdout"));

        assertThat(judge(degraded, new Policy(Verdict.FAILURE, Verdict.UNSTABLE, 1, PreflightMode.BLOCK))
                        .verdict())
                .isEqualTo(Verdict.FAILURE);
        assertThat(judge(degraded, new Policy(Verdict.SUCCESS, Verdict.UNSTABLE, 1, PreflightMode.BLOCK))
                        .verdict())
                .isEqualTo(Verdict.UNSTABLE); // the admin itself said 5301: never SUCCESS
        SnapshotReport needsThree =
                judge(degraded, new Policy(Verdict.UNSTABLE, Verdict.UNSTABLE, 3, PreflightMode.BLOCK));
        assertThat(needsThree.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(needsThree.reasons().get(0).code()).isEqualTo("SHARD_BELOW_MINIMUM");
    }

    @Test
    void noAdminSnapshotIsFailure() {
        String noAdmin = HEALTHY.replace("\"admin1\",\n      \"admin2\",\n      \"admin3\",\n", "")
                .replace("\"failureSnapshots\": []", "\"failureSnapshots\": [\"admin1\", \"admin2\", \"admin3\"]");

        SnapshotReport report = judge(noAdmin, Policy.DEFAULT);

        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.reasons().get(0).code()).isEqualTo("NO_ADMIN_SNAPSHOT");
    }

    @Test
    void runningPlanBlocksAndInterruptedTopologyPlanBlocksButOtherPlansWarn() {
        List<Plan> running = List.of(new Plan(30, "Change Parameters", "RUNNING"));
        List<Plan> interrupted = List.of(new Plan(31, "Deploy Topo", "INTERRUPTED"));
        List<Plan> errored = List.of(new Plan(32, "Change Parameters", "ERROR"));
        List<Plan> approved = List.of(new Plan(33, "Deploy Topo", "APPROVED"));

        assertThat(Preflight.decide(PreflightMode.BLOCK, running, null).decision())
                .isEqualTo("BLOCK");
        assertThat(Preflight.decide(PreflightMode.BLOCK, interrupted, null).decision())
                .isEqualTo("BLOCK");
        assertThat(Preflight.decide(PreflightMode.BLOCK, errored, null).decision())
                .isEqualTo("WARN");
        assertThat(Preflight.decide(PreflightMode.BLOCK, approved, null).decision())
                .isEqualTo("WARN");
        assertThat(Preflight.decide(PreflightMode.WARN, running, null).decision())
                .isEqualTo("WARN");
        assertThat(Preflight.decide(PreflightMode.OFF, running, null).decision())
                .isEqualTo("SKIPPED");
        assertThat(Preflight.decide(PreflightMode.BLOCK, null, "5100").decision())
                .isEqualTo("BLOCK");
        assertThat(Preflight.decide(PreflightMode.BLOCK, List.of(new Plan(21, "Deploy Topo", "SUCCEEDED")), null)
                        .decision())
                .isEqualTo("GO");
    }

    @Test
    void blockedPreflightIsFailureNamingThePlan() {
        PreflightReport blocked =
                Preflight.decide(PreflightMode.BLOCK, List.of(new Plan(25, "Deploy Topo", "RUNNING")), null);
        Evidence evidence = new Evidence(
                "BACKUP",
                null,
                null,
                null,
                null,
                null,
                blocked,
                null,
                null,
                null,
                null,
                null,
                1,
                "2026-11-24T20:00:00Z",
                10);

        SnapshotReport report = new VerdictEngine(Policy.DEFAULT).assess(evidence);

        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.reasons()).hasSize(1);
        assertThat(report.reasons().get(0).message())
                .contains("plan 25 \"Deploy Topo\" RUNNING")
                .contains("No snapshot was taken");
    }

    @Test
    void minimumReplicasBelowOneIsRefused() {
        assertThatThrownBy(() -> new Policy(Verdict.UNSTABLE, Verdict.UNSTABLE, 0, PreflightMode.BLOCK))
                .hasMessageContaining("at least 1");
    }

    @Test
    void naturalOrderPutsRn10AfterRn9() {
        assertThat(List.of("rg1-rn10", "rg1-rn9", "rg10-rn1", "rg2-rn1").stream()
                        .sorted(SnapshotLayout::byNaturalId))
                .containsExactly("rg1-rn9", "rg1-rn10", "rg2-rn1", "rg10-rn1");
    }
}
