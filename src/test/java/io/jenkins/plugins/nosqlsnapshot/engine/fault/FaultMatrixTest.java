package io.jenkins.plugins.nosqlsnapshot.engine.fault;

import static io.jenkins.plugins.nosqlsnapshot.engine.fault.FaultScenario.HEALTHY_NAME;
import static io.jenkins.plugins.nosqlsnapshot.engine.fault.FaultScenario.fixture;
import static io.jenkins.plugins.nosqlsnapshot.engine.fault.FaultScenario.resource;
import static io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict.FAILURE;
import static io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict.SUCCESS;
import static io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict.UNSTABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeAdmin;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the whole snapshot flow against a fake admin that misbehaves in every way the issue lists, and checks for
 * each: the verdict is never SUCCESS unless the snapshot really is complete, the reasons name the cause, the run ends
 * within its timeout, and a snapshot the admin reported is still named. The observed matrix is written to
 * {@code target/reliability-fault-matrix.md}, and into {@code docs/reliability.md} with
 * {@code -Dreliability.regenerate=true}.
 *
 * <p>Each scenario starts one fake admin JVM; they run {@value #PARALLEL} at a time, as most of them only wait.
 */
class FaultMatrixTest {
    /** Small on purpose: every hang must end within seconds. */
    static final SessionLimits LIMITS = new SessionLimits(Duration.ofSeconds(3), Duration.ofSeconds(15), 1024 * 1024);

    private static final int PARALLEL = 4;
    private static final String CREATE = "snapshot create -name BATCH";
    private static final String G01 = "g01.stdout#";
    private static final String G02 = "g02.stdout#";

    private static final Map<FaultScenario, Observation> OBSERVED = new ConcurrentHashMap<>();
    private static ExecutorService pool;

    static List<FaultScenario> scenarios() {
        return List.of(
                FaultScenario.of("Healthy store (baseline)", "none: every answer captured from the real store")
                        .expect(SUCCESS, null)
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of("Hangs before any output", "never prints its first prompt")
                        .start("hang")
                        .noCreate()
                        .expect(FAILURE, "TIMEOUT", "did not become ready", "command timeout of 3 s")
                        .build(),
                FaultScenario.of("Hangs before answering", "`show topology -verbose`: prompt, then silence")
                        .answer("show topology -verbose", "hang")
                        .noCreate()
                        .expect(FAILURE, "TIMEOUT", "\"show topology -verbose\" timed out", "killed")
                        .build(),
                FaultScenario.of(
                                "Hangs after partial output",
                                "`snapshot create`: 200 characters of the answer, then silence")
                        .answer(CREATE, "cut 200 " + fixture(G02 + 1) + " + hang")
                        .expect(
                                FAILURE,
                                "SESSION_FAILED",
                                "\"" + CREATE + "\" timed out",
                                "unfinished document of 200 characters",
                                "-BATCH may exist")
                        .build(),
                FaultScenario.of("Exits 1 without output", "`show admins`: exit code 1, nothing printed")
                        .answer("show admins", "exit 1")
                        .noCreate()
                        .expect(FAILURE, "SESSION_FAILED", "before it answered \"show admins\"", "exit code 1")
                        .build(),
                FaultScenario.of(
                                "Exits 1 with output",
                                "`show topology -verbose`: an OutOfMemoryError on stderr, a"
                                        + " line on stdout, exit 1")
                        .answer(
                                "show topology -verbose",
                                "stderr Exception in thread \"main\" java.lang.OutOfMemoryError:"
                                        + " Java heap space\\n + text Aborting\\n + exit 1")
                        .noCreate()
                        .expect(FAILURE, "SESSION_FAILED", "exit code 1", "OutOfMemoryError")
                        .build(),
                FaultScenario.of("Killed by a signal during create", "`snapshot create`: SIGKILL before answering")
                        .answer(CREATE, "kill")
                        .expect(FAILURE, "SESSION_FAILED", "exit code 137", "-BATCH may exist")
                        .build(),
                FaultScenario.of(
                                "Killed by a signal after create",
                                "`show snapshots -sn sn2` (after a successful" + " create): SIGKILL")
                        .answer("show snapshots -sn sn2", "kill")
                        .expect(FAILURE, "SESSION_FAILED", "show snapshots -sn sn2", "exit code 137")
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of(
                                "Killed by a signal at the last ping",
                                "one RN down (b02/b03), second `ping` (sent only as something failed): SIGKILL")
                        .base("rn-down.script", "BACKUP")
                        .answer("ping", fixture("b03_ping_json.stdout") + " ; kill")
                        .expect(UNSTABLE, "COMPONENT_FAILED", "rg3-rn3", "exit code 137")
                        .keeps("261124-193913-BACKUP")
                        .build(),
                FaultScenario.of(
                                "Garbage, then silence",
                                "`show topology -verbose`: 4 KiB of random bytes, then nothing")
                        .answer("show topology -verbose", "garbage 4096 7 + hang")
                        .noCreate()
                        .expect(FAILURE, "TIMEOUT", "show topology -verbose", "not valid UTF-8")
                        .build(),
                FaultScenario.of("Garbage document", "`show topology -verbose`: `{ \"oops\": [1, 2 } ]`")
                        .answer("show topology -verbose", "text { \"oops\": [1, 2 } ]\\n")
                        .noCreate()
                        .expect(FAILURE, "SESSION_FAILED", "not valid JSON")
                        .build(),
                FaultScenario.of(
                                "Truncated document, then exit 0",
                                "`snapshot create`: the first 300 characters, exit 0")
                        .answer(CREATE, "cut 300 " + fixture(G02 + 1) + " + exit 0")
                        .expect(FAILURE, "SESSION_FAILED", "cut off after 300 characters", "-BATCH may exist")
                        .build(),
                FaultScenario.of(
                                "10 MB document",
                                "`show snapshots -sn sn2` after create: a listing grown to 10 MB"
                                        + " (limit 1 MiB; command timeout 6 s, as the fake needs time to build it)")
                        .answer("show snapshots -sn sn2", "grow-list 10 " + fixture(G02 + 3))
                        .limits(new SessionLimits(Duration.ofSeconds(6), Duration.ofSeconds(15), 1024 * 1024))
                        .expect(FAILURE, "SESSION_FAILED", "larger than 1048576 characters", "show snapshots -sn sn2")
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of(
                                "10 MB of noise before a document",
                                "`snapshot create`: 10 MB of log lines, then the captured answer"
                                        + " (command timeout 20 s: a loaded machine must not decide it)")
                        .answer(CREATE, "noise 10 + " + fixture(G02 + 1))
                        .limits(new SessionLimits(Duration.ofSeconds(20), Duration.ofSeconds(40), 1024 * 1024))
                        .expect(SUCCESS, null)
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of(
                                "Interleaved stderr",
                                "`show topology -verbose` and `snapshot create`: a stderr line"
                                        + " after every stdout line")
                        .answer("show topology -verbose", "interleave " + fixture(G01 + 3))
                        .answer(CREATE, "interleave " + fixture(G02 + 1))
                        .expect(SUCCESS, null)
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of("Slow answer (1 byte/ms)", "`snapshot create`: one byte per millisecond")
                        .answer(CREATE, "slow " + fixture(G02 + 1))
                        .expect(SUCCESS, null)
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of(
                                "Slow beyond the run's timeout",
                                "`show plans` and `ping` one byte per millisecond;"
                                        + " command timeout 10 s, run timeout 3 s")
                        .answer("show plans", "slow " + fixture(G01 + 1))
                        .answer("ping", "slow " + fixture(G01 + 2))
                        .limits(new SessionLimits(Duration.ofSeconds(10), Duration.ofSeconds(3), 1024 * 1024))
                        .noCreate()
                        .expect(FAILURE, "TIMEOUT", "the run's timeout of 3 s")
                        .build(),
                FaultScenario.of("Invalid UTF-8", "`snapshot create`: byte 0xFF inside `rg2-rn2` in successSnapshots")
                        .answer(CREATE, "bad-utf8 rg2-rn2 " + fixture(G02 + 1))
                        .expect(UNSTABLE, null, "rg2-rn2", "UTF-8")
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of(
                                "Success, but an SN does not list it",
                                "`show snapshots -sn sn2` after create: the" + " listing from before the snapshot")
                        .answer("show snapshots -sn sn2", fixture("a20_show_snapshots_sn1_json.stdout"))
                        .expect(UNSTABLE, "SNAPSHOT_NOT_LISTED", "sn2", HEALTHY_NAME)
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of("One RN in neither list", "`snapshot create`: rg1-rn3 left out of both lists")
                        .answer(CREATE, "omit rg1-rn3 " + fixture(G02 + 1))
                        .expect(UNSTABLE, "COMPONENT_MISSING", "rg1-rn3", "silent omission")
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of(
                                "A shard's RNs in neither list",
                                "`snapshot create`: rg2-rn1, rg2-rn2, rg2-rn3 left out" + " of both lists")
                        .answer(CREATE, "omit rg2-rn1,rg2-rn2,rg2-rn3 " + fixture(G02 + 1))
                        .expect(FAILURE, "SHARD_LOST", "shard rg2", "rg2-rn1, rg2-rn2, rg2-rn3")
                        .keeps(HEALTHY_NAME)
                        .build(),
                FaultScenario.of(
                                "25.x lock error (5100 + plan)",
                                "`snapshot create`: 5100 \"Couldn't execute Snapshot"
                                        + " command because Plan 26 (Deploy Topo) is running...\", returnValue null (recorded form, see"
                                        + " fake-admin/lock-error-5100.README)")
                        .answer(CREATE, resource("lock-error-5100.json"))
                        .expect(FAILURE, "ADMIN_ERROR", "5100", "Plan 26 (Deploy Topo) is running")
                        .build(),
                FaultScenario.of(
                                "Connection error (5300, exit 1)",
                                "captured g03: one document before any prompt, exit 1")
                        .start("connect-fail " + fixture("g03.stdout"))
                        .noCreate()
                        .expect(FAILURE, "CONNECTION_FAILED", "Cannot connect to any admins.", "127.0.0.1:5000")
                        .build(),
                FaultScenario.of(
                                "Usage error (5100, exit 64)",
                                "`snapshot create`: captured a25 (5100 \"The specified"
                                        + " zone id does not exist\"), then exit 64")
                        .answer(CREATE, fixture("a25_snapshot_create_bad_zone_json.stdout") + " + exit 64")
                        .expect(FAILURE, "ADMIN_ERROR", "5100", "zone id does not exist")
                        .build(),
                FaultScenario.of("Password prompt", "before the first prompt: captured s08 `nobody's password:`")
                        .start("prompt nobody's password:")
                        .noCreate()
                        .expect(FAILURE, "PASSWORD_PROMPT", "nobody's password:", "noPrompt")
                        .build(),
                FaultScenario.of("Admin cannot be started", "the launcher does not exist")
                        .noAdmin()
                        .expect(FAILURE, "ADMIN_NOT_STARTED", "Cannot start the admin CLI")
                        .build(),
                FaultScenario.of("Real store: one RN down", "captured b02/b03 (rg3-rn3 stopped)")
                        .base("rn-down.script", "BACKUP")
                        .expect(UNSTABLE, "COMPONENT_FAILED", "rg3-rn3")
                        .keeps("261124-193913-BACKUP")
                        .build(),
                FaultScenario.of("Real store: whole shard down", "captured c02/c03 (rg3 stopped)")
                        .base("shard-down.script", "BACKUP")
                        .expect(FAILURE, "SHARD_LOST", "shard rg3")
                        .keeps("261124-194046-BACKUP")
                        .build());
    }

    @TestFactory
    Stream<DynamicTest> everyFaultEndsInAnHonestVerdictWithinItsTimeout() {
        List<FaultScenario> scenarios = scenarios();
        pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<Observation>> runs = new ArrayList<>();
        for (FaultScenario scenario : scenarios) {
            runs.add(pool.submit(() -> observe(scenario)));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            FaultScenario scenario = scenarios.get(i);
            Future<Observation> run = runs.get(i);
            tests.add(DynamicTest.dynamicTest(scenario.title(), () -> check(scenario, run.get(60, TimeUnit.SECONDS))));
        }
        return tests.stream();
    }

    private static Observation observe(FaultScenario scenario) throws IOException {
        Path dir = Files.createTempDirectory("fault-");
        Path log = dir.resolve("commands.log");
        List<String> launcher;
        if (scenario.base() == null) {
            launcher = List.of("/nonexistent/nosql-snapshot-test/java");
        } else {
            Path script = dir.resolve("fault.script");
            Files.writeString(script, scenario.script(), StandardCharsets.UTF_8);
            launcher = fakeAdmin(script, log);
        }
        AdminTarget target = new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), null, null);
        List<String> progress = new ArrayList<>();
        long started = System.nanoTime();
        RunResult result = new SnapshotRun(new LocalProcessRunner(), progress::add)
                .execute(target, new SnapshotRequest(scenario.requestName(), null, Policy.DEFAULT, scenario.limits()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        // no admin process outlives the run, whatever the fault
        Path where = dir.resolve("where.txt");
        if (Files.exists(where)) {
            long pid = Files.readAllLines(where).stream()
                    .filter(line -> line.startsWith("pid="))
                    .mapToLong(line -> Long.parseLong(line.substring(4)))
                    .findFirst()
                    .orElseThrow();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("admin process %s alive after the run", pid)
                    .isFalse();
        }
        List<String> sent = Files.exists(log) ? Files.readAllLines(log) : List.of();
        Observation observation = new Observation(result.report(), millis, sent, progress);
        OBSERVED.put(scenario, observation);
        return observation;
    }

    /** The fake admin as its own, quickly starting JVM; it needs nothing but its own class. */
    static List<String> fakeAdmin(Path script, Path log) {
        try {
            String classes = Path.of(FakeAdmin.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
            return List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xshare:auto",
                    "-Dfake.admin.log=" + log,
                    "-Dfake.admin.where=" + log.resolveSibling("where.txt"),
                    "-cp",
                    classes,
                    FakeAdmin.class.getName(),
                    script.toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(FaultScenario scenario, Observation observed) {
        SnapshotReport report = observed.report();
        String reasons = report.reasons().stream().map(Reason::message).collect(Collectors.joining("\n"));

        assertThat(report.verdict()).as("verdict; reasons:\n%s", reasons).isEqualTo(scenario.expected());
        if (report.verdict() == SUCCESS) {
            assertReallyComplete(report);
        }
        if (scenario.reasonCode() != null) {
            assertThat(report.reasons()).as("reasons").isNotEmpty();
            assertThat(report.reasons().get(0).code())
                    .as("most severe reason; reasons:\n%s", reasons)
                    .isEqualTo(scenario.reasonCode());
        }
        for (String word : scenario.mentions()) {
            assertThat(reasons).as("the reasons name the cause").contains(word);
        }
        assertThat(report.snapshotName()).as("snapshot named in the report").isEqualTo(scenario.snapshotName());
        assertThat(observed.millis())
                .as("time to verdict (ms)")
                .isLessThan(scenario.limits().sessionTimeout().toMillis() + 3_000);
        if (!scenario.createSent()) {
            assertThat(observed.sent()).as("commands sent").noneMatch(c -> c.startsWith("snapshot create"));
        }
        assertThat(report.requestedName()).isEqualTo(scenario.requestName());
    }

    /** SUCCESS only for a snapshot that is complete on every shard, admin and configuration, and listed. */
    private static void assertReallyComplete(SnapshotReport report) {
        assertThat(report.snapshotName()).isNotNull();
        assertThat(report.shards()).isNotEmpty().allSatisfy(shard -> {
            assertThat(shard.status()).isEqualTo(ShardStatus.COMPLETE);
            assertThat(shard.replicationNodes())
                    .allSatisfy(rn -> assertThat(rn.status()).isEqualTo(ComponentStatus.OK));
        });
        assertThat(report.admins())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(ComponentStatus.OK));
        assertThat(report.storageNodes()).isNotEmpty().allSatisfy(sn -> {
            assertThat(sn.configBackup()).isEqualTo(ComponentStatus.OK);
            assertThat(sn.listed()).isNotEqualTo(Boolean.FALSE);
        });
    }

    @AfterAll
    static void publishMatrix() throws Exception {
        if (pool != null) {
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        List<FaultScenario> scenarios = scenarios();
        StringBuilder table = new StringBuilder();
        table.append("| # | Scenario | Fault injected | Expected | Observed | Time to verdict | Snapshot named |"
                + " Most severe reason (excerpt) |\n");
        table.append("|---|---|---|---|---|---:|---|---|\n");
        int passed = 0;
        long slowest = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            FaultScenario scenario = scenarios.get(i);
            Observation observed = OBSERVED.get(scenario);
            if (observed == null) {
                table.append("| ")
                        .append(i + 1)
                        .append(" | ")
                        .append(cell(scenario.title()))
                        .append(" | ")
                        .append(cell(scenario.fault()))
                        .append(" | ")
                        .append(scenario.expected())
                        .append(" | (not run) | | | |\n");
                continue;
            }
            SnapshotReport report = observed.report();
            boolean ok = report.verdict() == scenario.expected();
            passed += ok ? 1 : 0;
            slowest = Math.max(slowest, observed.millis());
            String reason = report.reasons().isEmpty()
                    ? "(none)"
                    : report.reasons().get(0).severity() + " "
                            + report.reasons().get(0).code() + ": "
                            + report.reasons().get(0).message();
            table.append("| ")
                    .append(i + 1)
                    .append(" | ")
                    .append(cell(scenario.title()))
                    .append(" | ")
                    .append(cell(scenario.fault()))
                    .append(" | ")
                    .append(scenario.expected())
                    .append(" | ")
                    .append(report.verdict())
                    .append(ok ? "" : " **(differs)**")
                    .append(" | ")
                    .append(String.format("%.1f s", observed.millis() / 1000.0))
                    .append(" | ")
                    .append(report.snapshotName() == null ? "none" : "`" + report.snapshotName() + "`")
                    .append(" | ")
                    .append(cell(excerpt(reason, 170)))
                    .append(" |\n");
        }
        String header = String.format(
                "%d of %d scenarios reached the expected verdict; slowest time to verdict %.1f s"
                        + " (command timeout %d s, run timeout %d s unless the row says otherwise; %d scenarios at a time on %d"
                        + " CPUs, Java %s).%n%n",
                passed,
                scenarios.size(),
                slowest / 1000.0,
                LIMITS.commandTimeout().toSeconds(),
                LIMITS.sessionTimeout().toSeconds(),
                PARALLEL,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        ReliabilityDoc.publish("fault-matrix", header + table);
    }

    private static String excerpt(String text, int max) {
        String line = text.replace('\n', ' ').replace('\t', ' ');
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    record Observation(SnapshotReport report, long millis, List<String> sent, List<String> progress) {}
}
