package io.jenkins.plugins.nosqlsnapshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeAdmin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: exit codes, stdout, stderr and the report directory. */
class CliTest {
    static final Path FIXTURES = Path.of("..", "src", "test", "resources", "fixtures", "ondb-25.3");
    static final Path SEED = Path.of("..", "src", "test", "resources", "fixtures", "seed-examples");
    static final Path SCRIPTS = Path.of("..", "src", "test", "resources", "fake-admin");

    @TempDir
    Path temp;

    /** The commands' environment in tests: lock files under the test's directory, never in the real home. */
    /** Runs the command line in {@link #environment}, its output into {@code out} and {@code err}. */
    static int execute(Path temp, StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = NosqlSnapshotCommand.commandLine(environment(temp));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    static CommandEnvironment environment(Path temp) {
        return new CommandEnvironment(
                Map.of("XDG_STATE_HOME", temp.resolve("state").toString()), temp.resolve("home"));
    }

    /** Where {@link #environment} puts the store locks. */
    static Path lockDirectory(Path temp) {
        return temp.resolve("state").resolve("nosql-snapshot").resolve("locks");
    }

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return CliTest.execute(temp, out, err, args);
    }

    String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    List<String> fullEvaluate(String result, String ping) {
        return new ArrayList<>(List.of(
                "evaluate",
                "--result",
                fixture(result),
                "--topology",
                fixture("a02_show_topology_verbose_json.stdout"),
                "--admins",
                fixture("a05_show_admins_json.stdout"),
                "--parameters",
                fixture("a04_show_parameter_sn1_json.stdout"),
                "--parameters",
                fixture("a44_show_parameter_sn2_json.stdout"),
                "--parameters",
                fixture("a39_show_parameter_sn3_json.stdout"),
                "--ping",
                fixture(ping),
                "--report-dir",
                temp.resolve("report").toString()));
    }

    @Test
    void evaluateExitCodesFollowTheVerdict() {
        assertThat(run(fullEvaluate("a13_snapshot_create_json.stdout", "a06_ping_json.stdout")
                        .toArray(String[]::new)))
                .isEqualTo(0);
        assertThat(run(fullEvaluate("b02_snapshot_create_json.stdout", "b03_ping_json.stdout")
                        .toArray(String[]::new)))
                .isEqualTo(3);
        assertThat(run(fullEvaluate("c02_snapshot_create_json.stdout", "c03_ping_json.stdout")
                        .toArray(String[]::new)))
                .isEqualTo(1);
        assertThat(run(
                        "evaluate",
                        "--result",
                        fixture("e02_wrong_port_json.stdout"),
                        "--report-dir",
                        temp.resolve("e02").toString()))
                .isEqualTo(1);
        assertThat(run(
                        "evaluate",
                        "--result",
                        SEED.resolve("shard-lost.json").toString(),
                        "--report-dir",
                        temp.resolve("seed").toString()))
                .isEqualTo(1);
    }

    @Test
    void evaluateWritesReportAndTopologyAndPrintsTheSummary() throws Exception {
        int exit = run(fullEvaluate("b02_snapshot_create_json.stdout", "b03_ping_json.stdout")
                .toArray(String[]::new));

        assertThat(exit).isEqualTo(3);
        SnapshotReport report = ReportJson.read(Files.readString(temp.resolve("report/report.json")));
        assertThat(report.snapshotName()).isEqualTo("261124-193913-BACKUP");
        assertThat(Files.readString(temp.resolve("report/topology.json"))).contains("\"storeName\" : \"kvstore\"");
        assertThat(out.toString())
                .startsWith("nosql-snapshot: UNSTABLE - snapshot 261124-193913-BACKUP")
                .contains("8/9 Replication Nodes, 3/3 admins, 3/3 SN configs");
    }

    @Test
    void jsonFormatPrintsTheReportOnStdout() throws Exception {
        List<String> args = fullEvaluate("a13_snapshot_create_json.stdout", "a06_ping_json.stdout");
        args.addAll(List.of("--format", "json", "--quiet"));

        assertThat(run(args.toArray(String[]::new))).isEqualTo(0);
        assertThat(ReportJson.read(out.toString()).verdict().name()).isEqualTo("SUCCESS");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitTwoWithAMessageAndNoStackTrace() {
        assertThat(run("evaluate", "--result", temp.resolve("missing.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("No such file")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run(
                        "create",
                        "--name",
                        "bad/name*?",
                        "--kvstore-jar",
                        "kvstore.jar",
                        "--host",
                        "h",
                        "--port",
                        "5000"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'/'");
        assertThat(run("create", "--name", "X", "--host", "h", "--port", "5000"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--kvstore-jar");
        assertThat(run(
                        "create",
                        "--name",
                        "X",
                        "--kvstore-jar",
                        "k.jar",
                        "--host",
                        "h",
                        "--port",
                        "5000",
                        "--command-timeout",
                        "soon"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("must be a duration");
        assertThat(run("evaluate", "--result", fixture("a13_snapshot_create_json.stdout"), "--on-partial", "maybe"))
                .isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void unparseableResultIsAFailureNamingTheFile() throws Exception {
        Path truncated = temp.resolve("truncated.json");
        String whole = Files.readString(FIXTURES.resolve("a13_snapshot_create_json.stdout"));
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));

        assertThat(run(
                        "evaluate",
                        "--result",
                        truncated.toString(),
                        "--report-dir",
                        temp.resolve("r").toString()))
                .isEqualTo(1);
        assertThat(out.toString()).contains("truncated.json").contains("no complete JSON document");
    }

    @Test
    void tenMegabytesOfNoiseAndInvalidUtf8GiveAVerdictNotACrash() throws Exception {
        Path noise = temp.resolve("noise.txt");
        Files.writeString(noise, "Reconnecting....\n".repeat(600_000));
        Path latin1 = temp.resolve("latin1.json");
        byte[] real = Files.readAllBytes(FIXTURES.resolve("a13_snapshot_create_json.stdout"));
        byte[] broken = new byte[real.length + 2];
        System.arraycopy(real, 0, broken, 2, real.length);
        broken[0] = (byte) 0xC3;
        broken[1] = (byte) 0x28;
        Files.write(latin1, broken);

        assertThat(Files.size(noise)).isGreaterThan(10_000_000);
        assertThat(run(
                        "evaluate",
                        "--result",
                        noise.toString(),
                        "--report-dir",
                        temp.resolve("n").toString()))
                .isEqualTo(1);
        assertThat(out.toString()).contains("no complete JSON document");
        assertThat(run(
                        "evaluate",
                        "--result",
                        latin1.toString(),
                        "--report-dir",
                        temp.resolve("l").toString()))
                .isEqualTo(0);
    }

    @Test
    void secondRunAgainstALockedStoreFailsAtTheLockTimeoutWithoutTakingASnapshot() throws Exception {
        Path reportDir = temp.resolve("locked").resolve("report");
        try (var held = io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreLock.acquire(
                lockDirectory(temp), "127.0.0.1:5000", "another job", java.time.Duration.ZERO, null)) {
            int exit = run(
                    "create",
                    "--name",
                    "BACKUP",
                    "--admin-command",
                    "no-such-admin-binary",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "5000",
                    "--lock-timeout",
                    "1s",
                    "--report-dir",
                    reportDir.toString());

            assertThat(exit).isEqualTo(1);
        }
        SnapshotReport report = ReportJson.read(Files.readString(reportDir.resolve("report.json")));
        assertThat(report.reasons().get(0).code()).isEqualTo("LOCK_TIMEOUT");
        assertThat(report.reasons().get(0).message()).contains("another job");
        assertThat(report.adminLaunches()).isZero();
        assertThat(out.toString()).startsWith("nosql-snapshot: FAILURE - no snapshot taken (requested \"BACKUP\")");
    }

    @Test
    void loginFileWithoutNoPromptIsWarnedAboutOnceAndTheRunGoesOn() throws Exception {
        // KVLite's generated security/user.security has no oracle.kv.password.noPrompt and logs in without a prompt
        Path login = temp.resolve("user.security");
        Files.writeString(
                login,
                "oracle.kv.auth.username=admin\noracle.kv.auth.pwdfile.file=login.passwd\n"
                        + "oracle.kv.ssl.trustStorePassword=planted-secret-42\n");
        Files.writeString(temp.resolve("login.passwd"), "");

        int exit = run(
                "create",
                "--name",
                "X",
                "--admin-command",
                "no-such-admin-binary",
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--security",
                login.toString(),
                "--report-dir",
                temp.resolve("r").toString());

        assertThat(exit).as("the admin was started: it cannot be, so FAILURE").isEqualTo(1);
        assertThat(err.toString().split("does not set oracle.kv.password.noPrompt=true", -1))
                .hasSize(2);
        assertThat(err.toString()).contains("WARNING: The login file").doesNotContain("planted-secret-42");
        assertThat(out.toString()).doesNotContain("planted-secret-42");
        assertThat(run(
                        "create",
                        "--name",
                        "X",
                        "--admin-command",
                        "kv",
                        "--host",
                        "h",
                        "--port",
                        "5000",
                        "--security",
                        temp.resolve("missing.security").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("No such security file");
    }

    @Test
    void createWritesTheReportsWhileAnAdminSlowToExitEndsAndLeavesNoProcessBehind() throws Exception {
        // the healthy store, with an admin JVM that stays 120 s after exit
        Path script = temp.resolve("slow-exit.script");
        Files.writeString(
                script,
                "@exit-delay 120000\n"
                        + Files.readString(SCRIPTS.resolve("healthy.script"))
                                .replace(
                                        "../fixtures",
                                        FIXTURES.getParent().toAbsolutePath().toString()));
        Path where = temp.resolve("where.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String adminCommand = "'" + java + "' '-Dfake.admin.where=" + where + "' -cp '"
                + System.getProperty("java.class.path") + "' " + FakeAdmin.class.getName() + " '"
                + script.toAbsolutePath() + "'";

        long started = System.nanoTime();
        int exit = run(
                "create",
                "--name",
                "BATCH",
                "--admin-command",
                adminCommand,
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                temp.resolve("r").toString());
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(exit).as(err.toString()).isZero();
        assertThat(seconds).as("the run did not wait out the admin's 120 s").isLessThan(60);
        long pid = Files.readAllLines(where).stream()
                .filter(line -> line.startsWith("pid="))
                .mapToLong(line -> Long.parseLong(line.substring(4)))
                .findFirst()
                .orElseThrow();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("the admin outlived the run")
                .isFalse();
        SnapshotReport report = ReportJson.read(Files.readString(temp.resolve("r/report.json")));
        var timeline = report.timeline();
        var reports = timeline.first(io.jenkins.plugins.nosqlsnapshot.engine.model.TimelinePhase.Kind.REPORTS);
        var adminExit = timeline.first(io.jenkins.plugins.nosqlsnapshot.engine.model.TimelinePhase.Kind.ADMIN_EXIT);
        // the order of events: the reports were written while the admin was exiting, not after it
        assertThat(reports.startMillis()).isGreaterThanOrEqualTo(adminExit.startMillis());
        assertThat(reports.endMillis()).isLessThanOrEqualTo(adminExit.endMillis());
        assertThat(adminExit.note()).contains("ended with its process tree");
        assertThat(timeline.totalMillis()).isEqualTo(Math.max(reports.endMillis(), adminExit.endMillis()));
        assertThat(out.toString()).contains("  time: ").contains(" in all: admin start ");
        assertThat(err.toString()).contains("Admin exit: ");
    }

    @Test
    void sslSetupFailureOfAMovedLoginFileNamesTheLikelyCause() throws Exception {
        Path login = temp.resolve("copied").resolve("user.security");
        Files.createDirectories(login.getParent());
        Files.writeString(
                login,
                "oracle.kv.auth.username=admin\noracle.kv.auth.pwdfile.file=user.passwd\n"
                        + "oracle.kv.ssl.trustStore=client.trust\noracle.kv.password.noPrompt=true\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String adminCommand =
                "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + FakeAdmin.class.getName() + " '"
                        + SCRIPTS.resolve("ssl-config-fail.script").toAbsolutePath() + "'";

        int exit = run(
                "create",
                "--name",
                "BACKUP",
                "--admin-command",
                adminCommand,
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--security",
                login.toString(),
                "--report-dir",
                temp.resolve("ssl").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("oracle.kv.ssl.trustStore=client.trust, which is not next to it");
        SnapshotReport report = ReportJson.read(Files.readString(temp.resolve("ssl/report.json")));
        assertThat(report.reasons().get(0).code()).isEqualTo("SSL_CONFIGURATION_FAILED");
        assertThat(report.reasons().get(0).message())
                .contains(login.toString())
                .contains("5100 \"Exception while initializing SSL configuration\"")
                .contains("relative oracle.kv.ssl.trustStore (client.trust) no longer resolves");
    }

    @Test
    void createRunsOneAdminSessionAgainstAFakeAdmin() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String adminCommand =
                "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + FakeAdmin.class.getName() + " '"
                        + SCRIPTS.resolve("rn-down.script").toAbsolutePath() + "'";

        int exit = run(
                "create",
                "--name",
                "BACKUP",
                "--admin-command",
                adminCommand,
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                temp.resolve("create").toString());

        assertThat(exit).isEqualTo(3);
        SnapshotReport report = ReportJson.read(Files.readString(temp.resolve("create/report.json")));
        assertThat(report.adminLaunches()).isEqualTo(1);
        assertThat(report.snapshotName()).isEqualTo("261124-193913-BACKUP");
        assertThat(err.toString()).contains("] snapshot create: 5301").contains("] Verdict: UNSTABLE");
    }
}
