package io.jenkins.plugins.nosqlsnapshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreKey;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestorePath;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-store lock as users meet it: one per-user lock directory, whatever the report directory or working
 * directory, keyed by the store's resolved endpoints, and held by create, prune and restore-check alike.
 */
class StoreLockCliTest {
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return CliTest.execute(temp, out, err, args);
    }

    /** Held the way another run of this user holds it: in the per-user directory, by the normalised endpoint. */
    StoreLock holdAsAnotherRun(String key, String holder) throws Exception {
        return StoreLock.acquire(CliTest.lockDirectory(temp), key, holder, Duration.ZERO, null);
    }

    static Set<Path> lockFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".lock"))
                    .collect(Collectors.toSet());
        }
    }

    String[] create(String host, Path reportDir, String... extra) {
        return Stream.concat(
                        Stream.of(
                                "create",
                                "--name",
                                "BATCH",
                                "--admin-command",
                                LifecycleCliTest.fakeAdmin("healthy.script"),
                                "--host",
                                host,
                                "--port",
                                "5000",
                                "--report-dir",
                                reportDir.toString()),
                        Stream.of(extra))
                .toArray(String[]::new);
    }

    String[] prune(Path reportDir, String... extra) {
        return Stream.concat(
                        Stream.of(
                                "prune",
                                "--name",
                                "PERF",
                                "--keep",
                                "3",
                                "--admin-command",
                                LifecycleCliTest.fakeAdmin("lifecycle-prune-perf.script"),
                                "--host",
                                "127.0.0.1",
                                "--port",
                                "5000",
                                "--report-dir",
                                reportDir.toString()),
                        Stream.of(extra))
                .toArray(String[]::new);
    }

    @Test
    void aCreateAndAPruneWithUnrelatedReportDirectoriesWaitForTheSameLock() throws Exception {
        Path createReport = temp.resolve("jobs/nightly/report");
        Path pruneReport = temp.resolve("elsewhere/deeper/prune-report");
        try (StoreLock held = holdAsAnotherRun("127.0.0.1:5000", "nosql-snapshot create other-job")) {
            int created = run(create("127.0.0.1", createReport, "--lock-timeout", "1s"));
            int pruned = run(prune(pruneReport, "--lock-timeout", "1s"));

            assertThat(created).isEqualTo(1);
            assertThat(pruned).isEqualTo(1);
        }
        SnapshotReport report = ReportJson.read(Files.readString(createReport.resolve("report.json")));
        assertThat(report.reasons().get(0).code()).isEqualTo("LOCK_TIMEOUT");
        assertThat(report.reasons().get(0).message()).contains("nosql-snapshot create other-job");
        assertThat(report.adminLaunches()).isZero();
        assertThat(err.toString())
                .contains("Waiting for the lock on store 127.0.0.1:5000, held by")
                .contains("Nothing was removed");
        assertThat(pruneReport.resolve("prune.json")).doesNotExist();
    }

    @Test
    void localhostWaitsForTheLockOf127001() throws Exception {
        Path reportDir = temp.resolve("report");
        try (StoreLock held = holdAsAnotherRun("127.0.0.1:5000", "a run given 127.0.0.1")) {
            assertThat(run(create("localhost", reportDir, "--lock-timeout", "1s")))
                    .isEqualTo(1);
        }
        assertThat(err.toString()).contains("Waiting for the lock on store localhost:5000, held by");
        assertThat(ReportJson.read(Files.readString(reportDir.resolve("report.json")))
                        .reasons()
                        .get(0)
                        .message())
                .contains("a run given 127.0.0.1");
    }

    @Test
    void noLockFileIsLeftInTheReportDirectoryItsParentOrTheWorkingDirectory() throws Exception {
        Path parent = temp.resolve("work");
        Path reportDir = parent.resolve("report");
        Path workingDirectory = Path.of("").toAbsolutePath();
        Set<Path> before = lockFiles(workingDirectory);

        assertThat(run(create("127.0.0.1", reportDir))).isZero();
        assertThat(run(prune(reportDir, "--dry-run"))).isZero();

        assertThat(lockFiles(reportDir)).isEmpty();
        assertThat(lockFiles(parent)).isEmpty();
        assertThat(lockFiles(workingDirectory)).isEqualTo(before);
        // the endpoint's lock, and the store name's from the topology (kvstore)
        assertThat(lockFiles(CliTest.lockDirectory(temp)))
                .extracting(f -> f.getFileName().toString().replaceAll("-[0-9a-f]{8}[.]lock$", ""))
                .containsExactlyInAnyOrder("nosql-snapshot-127.0.0.1_5000", "nosql-snapshot-store_kvstore");
    }

    @Test
    void lockDirOptionPutsTheLockFilesThere() throws Exception {
        Path given = temp.resolve("shared-locks");

        assertThat(run(create("127.0.0.1", temp.resolve("report"), "--lock-dir", given.toString())))
                .isZero();

        assertThat(lockFiles(given)).hasSize(2);
        assertThat(lockFiles(CliTest.lockDirectory(temp))).isEmpty();
    }

    @Test
    void aLockDirThatIsAFileIsAUsageErrorOfOneLineBeforeTheAdminStarts() throws Exception {
        Path file = Files.writeString(temp.resolve("locks"), "a file");
        Path reportDir = temp.resolve("report");

        for (String[] args : List.of(
                create("127.0.0.1", reportDir, "--lock-dir", file.toString()),
                prune(reportDir, "--lock-dir", file.toString()))) {
            err.getBuffer().setLength(0);

            assertThat(run(args)).isEqualTo(2);

            assertThat(err.toString().strip().lines())
                    .singleElement()
                    .asString()
                    .contains("--lock-dir " + file + " is a file, not a directory")
                    .doesNotContain("Exception");
        }
        assertThat(reportDir.resolve("report.json")).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void restoreCheckWaitsForTheLockAndDoesNotRunAtItsTimeout() throws Exception {
        Path saved = temp.resolve("saved");
        assertThat(run(create("127.0.0.1", saved))).isZero();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] restoreCheck = {
            "restore-check",
            "--report",
            saved.toString(),
            "--admin-command",
            LifecycleCliTest.fakeAdmin("lifecycle-healthy.script"),
            "--host",
            "localhost",
            "--port",
            "5000",
            "--lock-timeout",
            "1s"
        };

        try (StoreLock held = holdAsAnotherRun("127.0.0.1:5000", "nosql-snapshot prune nightly")) {
            assertThat(run(restoreCheck)).isEqualTo(1);
        }

        assertThat(err.toString())
                .contains("held by")
                .contains("nosql-snapshot prune nightly")
                .contains("The restore check did not run");
        assertThat(saved.resolve("restore-check.json")).doesNotExist();
        assertThat(run(restoreCheck)).isZero();
        assertThat(saved.resolve("restore-check.json")).exists();
    }

    @Test
    void aCreateThroughAnotherAdminWaitsForTheStoreNameLockAndTakesNoSnapshot() throws Exception {
        Path reportDir = temp.resolve("report");
        // another run reached the store kvstore through sn2:6000: its endpoint lock is another, its name lock is one
        try (StoreLock held = holdAsAnotherRun(StoreKey.storeName("kvstore").value(), "create via sn2:6000")) {
            assertThat(run(create("127.0.0.1", reportDir, "--lock-timeout", "1s")))
                    .isEqualTo(1);
        }

        SnapshotReport report = ReportJson.read(Files.readString(reportDir.resolve("report.json")));
        assertThat(report.reasons().get(0).code()).isEqualTo("LOCK_TIMEOUT");
        assertThat(report.reasons().get(0).message())
                .contains("lock on store kvstore")
                .contains("create via sn2:6000")
                .contains("No snapshot was taken");
        assertThat(report.commands())
                .extracting(c -> c.command())
                .contains("show topology -verbose")
                .noneMatch(c -> c.startsWith("snapshot create"));
        assertThat(err.toString()).contains("Waiting for the lock on store kvstore, held by");
    }

    @Test
    void aPruneAndARestoreCheckThroughAnotherAdminWaitForTheStoreNameLock() throws Exception {
        Path saved = temp.resolve("saved");
        assertThat(run(create("127.0.0.1", saved))).isZero();
        Path pruneReport = temp.resolve("prune");
        try (StoreLock held = holdAsAnotherRun(StoreKey.storeName("kvstore").value(), "create via sn2:6000")) {
            assertThat(run(prune(pruneReport, "--lock-timeout", "1s"))).isEqualTo(1);
            assertThat(run(
                            "restore-check",
                            "--report",
                            saved.toString(),
                            "--admin-command",
                            LifecycleCliTest.fakeAdmin("lifecycle-healthy.script"),
                            "--host",
                            "127.0.0.1",
                            "--port",
                            "5000",
                            "--lock-timeout",
                            "1s"))
                    .isEqualTo(1);
        }

        // the name lock waits what is left of the one --lock-timeout budget after the endpoint lock
        PruneReport prune = LifecycleJson.read(Files.readString(pruneReport.resolve("prune.json")), PruneReport.class);
        assertThat(prune.summary())
                .startsWith("nothing was removed: Gave up after")
                .contains("waiting for the lock on store kvstore");
        assertThat(prune.commands()).extracting(c -> c.command()).noneMatch(c -> c.startsWith("snapshot remove"));
        var check = LifecycleJson.read(Files.readString(saved.resolve("restore-check.json")), RestoreReadiness.class);
        assertThat(check.path()).isEqualTo(RestorePath.UNKNOWN);
        assertThat(String.join(" ", check.reasons()))
                .contains("lock on store kvstore")
                .contains("create via sn2:6000");
        assertThat(check.commands()).extracting(c -> c.command()).containsExactly("show topology -verbose");
    }

    @Test
    void restoreCheckReadsLockTimeoutAsCreateDoes() {
        assertThat(run(
                        "restore-check",
                        "--report",
                        temp.toString(),
                        "--admin-command",
                        "x",
                        "--host",
                        "h",
                        "--port",
                        "1",
                        "--lock-timeout",
                        "soon"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--lock-timeout").contains("must be a duration");
    }
}
