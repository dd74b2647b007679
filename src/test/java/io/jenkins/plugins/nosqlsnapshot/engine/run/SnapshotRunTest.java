package io.jenkins.plugins.nosqlsnapshot.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeAdmin;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole flow against a fake admin process that replays documents captured from the real store. */
class SnapshotRunTest {
    @TempDir
    Path temp;

    private Path log;

    private final List<String> progress = new ArrayList<>();

    private RunResult run(String script, String name, Policy policy, SessionLimits limits) {
        return run(script, name, policy, limits, StoreNameLock.NONE);
    }

    private RunResult run(String script, String name, Policy policy, SessionLimits limits, StoreNameLock names) {
        log = temp.resolve("commands.log");
        List<String> launcher = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfake.admin.log=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                FakeAdmin.class.getName(),
                Fixtures.script(script).toString()));
        AdminTarget target = new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), null, null);
        return new SnapshotRun(new LocalProcessRunner(), progress::add, names)
                .execute(target, new SnapshotRequest(name, null, policy, limits));
    }

    private List<String> sent() throws Exception {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void theStoreNameLockIsHeldRightAfterTheTopologyNamesTheStore() throws Exception {
        List<String> held = new ArrayList<>();
        RunResult result = run("healthy.script", "BATCH", Policy.DEFAULT, SessionLimits.DEFAULT, name -> {
            held.add(name);
            held.addAll(Files.readAllLines(log)); // what the admin had been asked when the lock was taken
        });

        assertThat(result.report().verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(held.get(0)).isEqualTo("kvstore");
        // the four survey commands are written at once, so the admin may already have read show admins
        assertThat(held.subList(1, held.size()))
                .startsWith("show plans", "ping", "show topology -verbose")
                .isSubsetOf("show plans", "ping", "show topology -verbose", "show admins");
    }

    @Test
    void aStoreNameLockThatTimesOutEndsTheRunBeforeAnythingIsTaken() throws Exception {
        RunResult result = run("healthy.script", "BATCH", Policy.DEFAULT, SessionLimits.DEFAULT, name -> {
            throw new LockTimeoutException("Gave up after 30 min waiting for the lock on store " + name
                    + ", held by pid 4242 on build2 (create via sn2:6000).");
        });

        SnapshotReport report = result.report();
        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.reasons().get(0).code()).isEqualTo("LOCK_TIMEOUT");
        assertThat(report.reasons().get(0).message())
                .contains("lock on store kvstore")
                .contains("No snapshot was taken");
        assertThat(report.snapshotName()).isNull();
        assertThat(sent()).containsExactly("show plans", "ping", "show topology -verbose", "show admins", "exit");
    }

    @Test
    void healthyStoreIsOneLaunchInTheDocumentedOrderAndSuccess() throws Exception {
        RunResult result = run("healthy.script", "BATCH", Policy.DEFAULT, SessionLimits.DEFAULT);
        SnapshotReport report = result.report();

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(report.snapshotName()).isEqualTo("261124-200120-BATCH");
        assertThat(report.adminLaunches()).isEqualTo(1);
        assertThat(report.storageNodes())
                .allSatisfy(sn -> assertThat(sn.listed()).isTrue());
        assertThat(sent())
                .containsExactly(
                        "show plans",
                        "ping",
                        "show topology -verbose",
                        "show admins",
                        "show parameter -service sn1",
                        "show parameter -service sn2",
                        "show parameter -service sn3",
                        "snapshot create -name BATCH",
                        "show snapshots -sn sn1",
                        "show snapshots -sn sn2",
                        "show snapshots -sn sn3",
                        "exit");
        assertThat(result.topologyDocument().operation()).isEqualTo("show topology");
        assertThat(report.commands())
                .hasSize(11)
                .allSatisfy(c -> assertThat(c.returnCode()).isEqualTo(5000));
    }

    @Test
    void progressLinesSayOkThenTheReturnCodeAndSeconds() {
        run("healthy.script", "BATCH", Policy.DEFAULT, SessionLimits.DEFAULT);

        assertThat(progress).anySatisfy(line -> assertThat(line).matches("show plans: ok \\(5000, \\d+\\.\\d s\\)"));
        assertThat(progress).noneSatisfy(line -> assertThat(line).endsWith(" ms)"));
    }

    @Test
    void rnDownIsUnstableAndShardDownIsFailureWithTheNameKept() {
        SnapshotReport degraded = run("rn-down.script", "BACKUP", Policy.DEFAULT, SessionLimits.DEFAULT)
                .report();
        SnapshotReport lost = run("shard-down.script", "BACKUP", Policy.DEFAULT, SessionLimits.DEFAULT)
                .report();

        assertThat(degraded.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(lost.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(lost.snapshotName()).isEqualTo("261124-194046-BACKUP");
        assertThat(lost.reasons().get(0).code()).isEqualTo("SHARD_LOST");
    }

    @Test
    void aFailedSnapshotAsksPingAgainToExplainIt() throws Exception {
        SnapshotReport degraded = run("rn-down.script", "BACKUP", Policy.DEFAULT, SessionLimits.DEFAULT)
                .report();

        assertThat(degraded.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(sent())
                .containsSubsequence("snapshot create -name BACKUP", "show snapshots -sn sn3", "ping", "exit");
        assertThat(sent()).filteredOn("ping"::equals).hasSize(2);
        assertThat(sent()).filteredOn("show snapshots -sn sn1"::equals).hasSize(1);
    }

    @Test
    void aReleaseBefore20ListsSnapshotsBeforeCreateAndRecoversTheOmittedName() throws Exception {
        // an 18.x store: the ping reports 18.1.19 and snapshot create answers without snapshotName
        String ping = Fixtures.read(Fixtures.ondb("b03_ping_json.stdout")).replace("\"25.3.21\"", "\"18.1.19\"");
        String create = Fixtures.read(Fixtures.ondb("g02.stdout"));
        create = create.substring(create.indexOf('{'), create.indexOf("\nkv-> ") + 1)
                .replace("    \"snapshotName\": \"261124-200120-BATCH\",\n", "");
        assertThat(ping).contains("\"18.1.19\"");
        assertThat(create).doesNotContain("snapshotName");
        Path pingFile = Files.writeString(temp.resolve("ping-18.json"), ping);
        Path createFile = Files.writeString(temp.resolve("create-18.json"), create);
        Path script = temp.resolve("release-18.script");
        Files.writeString(
                script,
                Files.readString(Fixtures.script("healthy.script"))
                        .replace("ping = ../fixtures/ondb-25.3/g01.stdout#2", "ping = " + pingFile)
                        .replace(
                                "snapshot create -name BATCH = ../fixtures/ondb-25.3/g02.stdout#1",
                                "snapshot create -name BATCH = " + createFile)
                        .replace(
                                "show snapshots -sn sn1 = ../fixtures/ondb-25.3/g02.stdout#2",
                                "show snapshots -sn sn1 = ../fixtures/ondb-25.3/a20_show_snapshots_sn1_json.stdout"
                                        + " ; ../fixtures/ondb-25.3/g02.stdout#2")
                        .replace("../fixtures", Fixtures.root().toString()));

        SnapshotReport report = runScript(script).report();

        assertThat(sent())
                .containsSubsequence("show snapshots -sn sn1", "snapshot create -name BATCH", "show snapshots -sn sn1");
        assertThat(report.snapshotName()).isEqualTo("261124-200120-BATCH");
        assertThat(report.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("NAME_RECOVERED"));
    }

    @Test
    void onlyReleasesBefore20OrAnUnknownVersionMayOmitTheSnapshotName() {
        assertThat(SnapshotRun.mayOmitSnapshotName(ping("18.1.19"))).isTrue();
        assertThat(SnapshotRun.mayOmitSnapshotName(ping("19.5.19"))).isTrue();
        assertThat(SnapshotRun.mayOmitSnapshotName(ping(null))).isTrue();
        assertThat(SnapshotRun.mayOmitSnapshotName(ping("unknown"))).isTrue();
        assertThat(SnapshotRun.mayOmitSnapshotName(null)).isTrue();
        assertThat(SnapshotRun.mayOmitSnapshotName(ping("20.1.11"))).isFalse();
        assertThat(SnapshotRun.mayOmitSnapshotName(ping("25.3.21"))).isFalse();
    }

    private static PingStatus ping(String version) {
        return new PingStatus("kvstore", version, 46, Map.of(), Map.of());
    }

    @Test
    void connectionFailureIsFailureWithoutSendingCreate() throws Exception {
        SnapshotReport report = run("connect-fail.script", "BACKUP", Policy.DEFAULT, SessionLimits.DEFAULT)
                .report();

        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.reasons().get(0).code()).isEqualTo("CONNECTION_FAILED");
        assertThat(report.reasons().get(0).message())
                .contains("127.0.0.1:5000")
                .contains("Cannot connect to any admins.");
        assertThat(sent()).isEmpty();
    }

    @Test
    void blockingPlanMeansNoSnapshotCommandIsSent() throws Exception {
        Path script = temp.resolve("running-plan.script");
        Files.writeString(
                script,
                Files.readString(Fixtures.script("healthy.script"))
                        .replace(
                                "show plans = ../fixtures/ondb-25.3/g01.stdout#1",
                                "show plans = " + Fixtures.script("running-plan.json"))
                        .replace("../fixtures", Fixtures.root().toString()));

        RunResult result = runScript(script);

        assertThat(result.report().verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(result.report().preflight().decision()).isEqualTo("BLOCK");
        assertThat(result.report().reasons().get(0).message()).contains("plan 26 \"Deploy Topo\" RUNNING");
        assertThat(sent()).doesNotContain("snapshot create -name BATCH").endsWith("exit");
    }

    @Test
    void hangingAdminIsKilledAtTheCommandTimeoutAndNamed() throws Exception {
        Path script = temp.resolve("hang.script");
        Files.writeString(
                script,
                Files.readString(Fixtures.script("healthy.script"))
                        .replace("show admins = ../fixtures/ondb-25.3/g01.stdout#7", "show admins = hang")
                        .replace("../fixtures", Fixtures.root().toString()));
        SessionLimits limits = new SessionLimits(Duration.ofSeconds(2), Duration.ofMinutes(1), 1 << 20);

        long started = System.nanoTime();
        RunResult result = runScript(script, limits);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(seconds).isLessThan(20);
        assertThat(result.report().verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(result.report().reasons().get(0).message())
                .contains("\"show admins\" timed out")
                .contains("command timeout of 2 s");
        assertThat(sent()).doesNotContain("snapshot create -name BATCH");
    }

    private RunResult runScript(Path script) {
        return runScript(script, SessionLimits.DEFAULT);
    }

    private RunResult runScript(Path script, SessionLimits limits) {
        log = temp.resolve("commands.log");
        List<String> launcher = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfake.admin.log=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                FakeAdmin.class.getName(),
                script.toString());
        AdminTarget target = new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), null, null);
        return new SnapshotRun(new LocalProcessRunner(), null)
                .execute(
                        target,
                        new SnapshotRequest(
                                "BATCH",
                                null,
                                new Policy(Verdict.UNSTABLE, Verdict.UNSTABLE, 1, PreflightMode.BLOCK),
                                limits));
    }
}
