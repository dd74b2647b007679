package io.jenkins.plugins.nosqlsnapshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestorePath;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreRunbook;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneDecision;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeAdmin;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** restore-check and prune as a user runs them, against the fake admin replaying the real store. */
class LifecycleCliTest {
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return CliTest.execute(temp, out, err, args);
    }

    static String fakeAdmin(String script) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + FakeAdmin.class.getName() + " '"
                + CliTest.SCRIPTS.resolve(script).toAbsolutePath() + "'";
    }

    /** A saved report directory, written by evaluate from outputs captured on the real store. */
    Path saved(String name, String result, String ping) {
        Path dir = temp.resolve(name);
        int exit = run(
                "evaluate",
                "--quiet",
                "--result",
                CliTest.FIXTURES.resolve(result).toString(),
                "--topology",
                CliTest.FIXTURES
                        .resolve("a02_show_topology_verbose_json.stdout")
                        .toString(),
                "--admins",
                CliTest.FIXTURES.resolve("a05_show_admins_json.stdout").toString(),
                "--parameters",
                CliTest.FIXTURES.resolve("a04_show_parameter_sn1_json.stdout").toString(),
                "--parameters",
                CliTest.FIXTURES.resolve("a44_show_parameter_sn2_json.stdout").toString(),
                "--parameters",
                CliTest.FIXTURES.resolve("a39_show_parameter_sn3_json.stdout").toString(),
                "--ping",
                CliTest.FIXTURES.resolve(ping).toString(),
                "--report-dir",
                dir.toString());
        assertThat(exit).isNotEqualTo(2);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return dir;
    }

    int restoreCheck(Path report, String script, String... extra) {
        String[] base = {
            "restore-check",
            "--report",
            report.toString(),
            "--admin-command",
            fakeAdmin(script),
            "--host",
            "127.0.0.1",
            "--port",
            "5000",
            "--report-dir",
            report.toString()
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(args);
    }

    @Test
    void restoreCheckExitsZeroThreeOrOneForTheThreeAnswers() {
        assertThat(restoreCheck(saved("batch", "g02.stdout", "g02.stdout"), "lifecycle-healthy.script"))
                .isZero();
        assertThat(out.toString())
                .startsWith("nosql-snapshot restore-check: IN_PLACE")
                .contains("start -root /opt/oracle/kvroot/sn3 -restore-from-snapshot 261124-200120-BATCH");
        assertThat(restoreCheck(
                        saved("b02", "b02_snapshot_create_json.stdout", "b03_ping_json.stdout"),
                        "lifecycle-healthy.script"))
                .isEqualTo(3);
        assertThat(restoreCheck(
                        saved("c02", "c02_snapshot_create_json.stdout", "c03_ping_json.stdout"),
                        "lifecycle-healthy.script"))
                .isEqualTo(1);
    }

    @Test
    void restoreCheckWritesItsJsonNextToTheReportAndNamesTheJarAsOnTheNodes() throws Exception {
        Path report = saved("batch", "g02.stdout", "g02.stdout");

        int exit = restoreCheck(
                report,
                "lifecycle-migrated.script",
                "--format",
                "json",
                "--kvstore-jar-on-nodes",
                "/opt/oracle/kv/lib/kvstore.jar");

        assertThat(exit).isEqualTo(3);
        var written =
                LifecycleJson.read(Files.readString(report.resolve("restore-check.json")), RestoreReadiness.class);
        assertThat(written.path()).isEqualTo(RestorePath.LOAD_REQUIRED);
        assertThat(LifecycleJson.read(out.toString(), RestoreReadiness.class)).isEqualTo(written);
        assertThat(written.steps().get(0).command())
                .startsWith("java -jar /opt/oracle/kv/lib/kvstore.jar load -store"
                        + " kvstore -host 127.0.0.1 -port 5000 -load-admin -source ");
        assertThat(err.toString()).contains("] show snapshots -sn sn4: ok (5000, ");
    }

    @Test
    void restoreCheckWithoutReportDirWritesItsJsonIntoTheReportItCheckedAndPrintsTheRunbook() throws Exception {
        Path report = saved("batch", "g02.stdout", "g02.stdout");
        Path inWorkingDirectory = Path.of("nosql-snapshot-report", "restore-check.json");
        boolean existedBefore = Files.exists(inWorkingDirectory);

        int exit = run(
                "restore-check",
                "--report",
                report.toString(),
                "--admin-command",
                fakeAdmin("lifecycle-healthy.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "5000");

        assertThat(exit).isZero();
        assertThat(report.resolve("restore-check.json")).exists();
        assertThat(Files.exists(inWorkingDirectory)).isEqualTo(existedBefore);
        assertThat(err.toString())
                .contains("Written to "
                        + report.resolve("restore-check.json").toAbsolutePath().normalize());
        String text = out.toString();
        assertThat(text)
                .contains("Restore in place, in this order, one step at a time (not a script):\n  Read first:\n"
                        + "  ! kvstore.jar's path on the Storage Nodes is not known, so the lines say"
                        + " $KVHOME/lib/kvstore.jar: set KVHOME")
                .contains("  ! " + RestoreRunbook.COST + "\n")
                .contains("  ! " + RestoreRunbook.RESTORE_MODE + "\n")
                .contains("  ! " + RestoreRunbook.RUN_ONCE + "\n")
                .contains("  ! " + RestoreRunbook.CANNOT_TELL + "\n")
                .contains("  4. [sn1 on 127.0.0.1] Wait (at most 120 s) until " + RestoreRunbook.WAIT_STOPPED + "\n"
                        + "       check: pgrep -f -- '-root /opt/oracle/kvroot/sn1( |$)'\n")
                .contains("  10. Wait (at most 300 s) until " + RestoreRunbook.WAIT_RUNNING + "\n"
                        + "       check: java -jar $KVHOME/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json\n")
                .contains("  9. [sn3 on 127.0.0.1] RESTORE, exactly once:\n")
                .contains("{ setsid nohup java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3"
                        + " -restore-from-snapshot 261124-200120-BATCH -update-config true < /dev/null >"
                        + " /opt/oracle/kvroot/sn3-restore.log 2>&1 & }")
                .contains("  11. Check that " + RestoreRunbook.VERIFY_DATA + "\n")
                .contains("  22. [sn3 on 127.0.0.1] setsid nohup java -jar $KVHOME/lib/kvstore.jar start -root"
                        + " /opt/oracle/kvroot/sn3 < /dev/null > /opt/oracle/kvroot/sn3-start.log 2>&1 &\n")
                .contains("Fallback only, if the in-place restore cannot be used: load sources")
                .doesNotContain("Load sources (copy");
    }

    @Test
    void restoreCheckOfTheSecureKVLitePrintsKvliteRestoreFromSnapshotInsteadOfStartRoot() throws Exception {
        Path lifecycle = CliTest.FIXTURES.resolveSibling("..").resolve("lifecycle");
        Path report = temp.resolve("secbk");
        assertThat(run(
                        "evaluate",
                        "--quiet",
                        "--result",
                        CliTest.FIXTURES
                                .resolve("s01_secure_snapshot_create_json.stdout")
                                .toString(),
                        "--topology",
                        lifecycle.resolve("kvlite-show-topology.json").toString(),
                        "--admins",
                        lifecycle.resolve("kvlite-show-admins.json").toString(),
                        "--parameters",
                        lifecycle.resolve("kvlite-show-parameter-sn1.json").toString(),
                        "--ping",
                        CliTest.FIXTURES.resolve("s05_secure_ping_json.stdout").toString(),
                        "--report-dir",
                        report.toString()))
                .isZero();
        // KVLite's generated login file, with the files it names next to it
        Path security = Files.createDirectories(temp.resolve("kvlite-sec").resolve("security"));
        Files.writeString(
                security.resolve("user.security"),
                "oracle.kv.auth.username=admin\noracle.kv.auth.pwdfile.file=user.passwd\n"
                        + "oracle.kv.ssl.trustStore=client.trust\noracle.kv.transport=ssl\n");
        Files.writeString(security.resolve("user.passwd"), "");
        Files.writeString(security.resolve("client.trust"), "");
        out.getBuffer().setLength(0);

        int exit = run(
                "restore-check",
                "--report",
                report.toString(),
                "--admin-command",
                fakeAdmin("lifecycle-kvlite-secure.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "9000",
                "--security",
                security.resolve("user.security").toString(),
                "--kvstore-jar-on-nodes",
                "/opt/oracle/kv/lib/kvstore.jar");

        assertThat(exit).as(err.toString()).isZero();
        String jar = "java -jar /opt/oracle/kv/lib/kvstore.jar";
        assertThat(out.toString())
                .startsWith("nosql-snapshot restore-check: IN_PLACE - 261124-194935-SECBK can be restored in place")
                .contains("  1. [sn1 on 127.0.0.1] " + jar + " kvlite -root /opt/oracle/kvlite-sec -shutdown\n")
                .contains("  3. [sn1 on 127.0.0.1] RESTORE, exactly once:\n")
                .contains("{ setsid nohup " + jar + " kvlite -root /opt/oracle/kvlite-sec -store kvstore -host"
                        + " 127.0.0.1 -port 9000 -secure-config enable -restore-from-snapshot 261124-194935-SECBK"
                        + " < /dev/null > /opt/oracle/kvlite-sec-restore.log 2>&1 & }")
                .contains("  8. [sn1 on 127.0.0.1] setsid nohup " + jar + " kvlite -root /opt/oracle/kvlite-sec"
                        + " -store kvstore -host 127.0.0.1 -port 9000 -secure-config enable < /dev/null >"
                        + " /opt/oracle/kvlite-sec-start.log 2>&1 &\n")
                .contains("  ! " + RestoreRunbook.RUN_ONCE_KVLITE + "\n")
                .contains("a single-SN store deployed with makebootconfig and run with start uses instead: " + jar
                        + " stop -root /opt/oracle/kvlite-sec, then " + jar + " start -root /opt/oracle/kvlite-sec"
                        + " -restore-from-snapshot 261124-194935-SECBK -update-config true")
                .doesNotContain("  ! " + RestoreRunbook.RUN_ONCE + "\n");
        var written =
                LifecycleJson.read(Files.readString(report.resolve("restore-check.json")), RestoreReadiness.class);
        assertThat(written.steps()).hasSize(9);
    }

    @Test
    void restoreCheckOfTheThreeSnStoreStillPrintsStartRootOnEverySn() {
        int exit = restoreCheck(
                saved("batch", "g02.stdout", "g02.stdout"),
                "lifecycle-healthy.script",
                "--kvstore-jar-on-nodes",
                "/opt/oracle/kv/lib/kvstore.jar");

        assertThat(exit).isZero();
        for (String sn : new String[] {"sn1", "sn2", "sn3"}) {
            assertThat(out.toString())
                    .contains("[" + sn + " on 127.0.0.1] RESTORE, exactly once:\n")
                    .contains("{ setsid nohup java -jar /opt/oracle/kv/lib/kvstore.jar start -root"
                            + " /opt/oracle/kvroot/" + sn + " -restore-from-snapshot 261124-200120-BATCH -update-config"
                            + " true < /dev/null > /opt/oracle/kvroot/" + sn + "-restore.log 2>&1 & }")
                    .contains("[" + sn + " on 127.0.0.1] setsid nohup java -jar /opt/oracle/kv/lib/kvstore.jar start"
                            + " -root /opt/oracle/kvroot/" + sn + " < /dev/null > /opt/oracle/kvroot/" + sn
                            + "-start.log 2>&1 &\n");
        }
        assertThat(out.toString()).doesNotContain("kvlite").doesNotContain("KVLite");
    }

    @Test
    void restoreCheckWithoutAReportIsAUsageError() {
        int exit = restoreCheck(temp.resolve("nowhere"), "lifecycle-healthy.script");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("report.json does not exist").doesNotContain("\tat ");
    }

    @Test
    void pruneDryRunListsWhatWouldGoAndWritesPruneJson() throws Exception {
        int exit = run(
                "prune",
                "--name",
                "PERF",
                "--keep",
                "3",
                "--dry-run",
                "--admin-command",
                fakeAdmin("lifecycle-healthy.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                temp.resolve("prune").toString());

        assertThat(exit).isZero();
        PruneReport report = LifecycleJson.read(Files.readString(temp.resolve("prune/prune.json")), PruneReport.class);
        assertThat(report.withAction(PruneDecision.WOULD_REMOVE)).hasSize(9);
        assertThat(out.toString())
                .contains("would remove   261124-195742-PERF")
                .contains("snapshots named yyMMdd-HHmmss-PERF would be removed")
                .doesNotContain("named -PERF");
        assertThat(err.toString()).doesNotContain("snapshot remove");
    }

    @Test
    void pruneThatCannotConfirmARemovalExitsThreeAndNamesTheSn() {
        int exit = run(
                "prune",
                "--name",
                "PERF",
                "--keep",
                "3",
                "--admin-command",
                fakeAdmin("lifecycle-sn3-down.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                temp.resolve("prune").toString());

        assertThat(exit).isEqualTo(3);
        assertThat(out.toString())
                .contains("NOT removed    261124-195742-PERF")
                .contains("sn3 was not listed afterwards");
    }

    @Test
    void pruneReadsVerdictsFromEarlierReports() {
        Path history = temp.resolve("history");
        saved("history/build-6", "b02_snapshot_create_json.stdout", "b03_ping_json.stdout");
        saved("history/build-7", "c02_snapshot_create_json.stdout", "c03_ping_json.stdout");

        int exit = run(
                "prune",
                "--name",
                "BACKUP",
                "--max-age",
                "1m",
                "--dry-run",
                "--history",
                history.toString(),
                "--admin-command",
                fakeAdmin("lifecycle-healthy.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                temp.resolve("prune").toString());

        assertThat(exit).isZero();
        // the newest BACKUP snapshots have no report, so the newest one is kept; c02's FAILURE is said
        assertThat(out.toString())
                .contains("261124-194046-BACKUP (on sn1, sn2, sn3): Due for removal because")
                .contains("its report's verdict was FAILURE");
    }

    @Test
    void pruneWaitsForTheStoreLockOfACreateAndRemovesNothingAtItsTimeout() throws Exception {
        Path reportDir = temp.resolve("locked").resolve("prune");
        try (var held = io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreLock.acquire(
                CliTest.lockDirectory(temp),
                "127.0.0.1:5000",
                "nosql-snapshot create nightly",
                java.time.Duration.ZERO,
                null)) {
            int exit = run(
                    "prune",
                    "--name",
                    "PERF",
                    "--keep",
                    "3",
                    "--admin-command",
                    fakeAdmin("lifecycle-prune-perf.script"),
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
        assertThat(err.toString()).contains("nosql-snapshot create nightly").contains("Nothing was removed");
        assertThat(Files.exists(reportDir.resolve("prune.json"))).isFalse();
    }

    @Test
    void pruneUsageErrorsExitTwo() {
        assertThat(run("prune", "--name", "PERF", "--admin-command", "x", "--host", "h", "--port", "1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("keep").contains("maxAge");
        assertThat(run("prune", "--name", "a/b", "--keep", "1", "--admin-command", "x", "--host", "h", "--port", "1"))
                .isEqualTo(2);
        assertThat(run(
                        "prune",
                        "--name",
                        "PERF",
                        "--max-age",
                        "soon",
                        "--admin-command",
                        "x",
                        "--host",
                        "h",
                        "--port",
                        "1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("must be a duration").doesNotContain("\tat ");
    }

    @Test
    void createWithKeepTakesTheSnapshotThenPrunesItsNameInASecondSessionAndWritesBothFiles() throws Exception {
        Path dir = temp.resolve("create-keep");
        int exit = run(
                "create",
                "--name",
                "BATCH",
                "--keep",
                "1",
                "--admin-command",
                fakeAdmin("healthy.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                dir.toString());

        assertThat(Files.exists(dir.resolve("report.json"))).isTrue();
        PruneReport prune = LifecycleJson.read(Files.readString(dir.resolve("prune.json")), PruneReport.class);
        assertThat(prune.name()).isEqualTo("BATCH");
        assertThat(prune.keep()).isEqualTo(1);
        assertThat(err.toString()).contains("Pruning snapshots named yyMMdd-HHmmss-BATCH (keep 1)");
        assertThat(exit)
                .isEqualTo(prune.verdict() == io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict.SUCCESS ? 0 : 3);
    }

    @Test
    void createWithoutKeepOrMaxAgePrunesNothing() {
        Path dir = temp.resolve("create-plain");
        int exit = run(
                "create",
                "--name",
                "BATCH",
                "--admin-command",
                fakeAdmin("healthy.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                dir.toString());

        assertThat(exit).isZero();
        assertThat(Files.exists(dir.resolve("prune.json"))).isFalse();
        assertThat(err.toString()).doesNotContain("Pruning");
    }

    @Test
    void createWithAKeepBelowOneIsAUsageErrorBeforeAnythingRuns() {
        int exit = run(
                "create",
                "--name",
                "BATCH",
                "--keep",
                "0",
                "--admin-command",
                fakeAdmin("healthy.script"),
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--report-dir",
                temp.resolve("create-bad").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("keep must be at least 1").doesNotContain("Exception");
        assertThat(Files.exists(temp.resolve("create-bad/report.json"))).isFalse();
    }
}
