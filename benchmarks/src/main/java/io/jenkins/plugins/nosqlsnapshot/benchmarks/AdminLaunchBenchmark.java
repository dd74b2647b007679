package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminJvm;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassArchiveCache;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassSharingRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.RunningProcess;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeKvstoreJar;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The admin JVM's launch, the part of a run this tool controls, against the fake admin of the tests run as a
 * {@code kvstore.jar} (a JVM, so the startup flags and class-data sharing apply to it as to the real one):
 * {@code launch} starts it, sends {@code ping} and {@code exit} and waits for its end; {@code create} is the whole
 * {@code create} flow on the healthy 3-SN store (11 commands, one launch). Each operation is one launch, timed
 * alone ({@code SingleShotTime}); the archive of {@code cds} is written once in the setup, as a first run would.
 * Run from the repository's root (the fake admin's scripts are read from {@code src/test/resources/fake-admin}).
 * With {@code -p kvstoreJar=/opt/kv/lib/kvstore.jar -p host=H -p port=P}, {@code launch} times your real admin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
public class AdminLaunchBenchmark {
    private static final Path SCRIPTS = Path.of("src", "test", "resources", "fake-admin");

    /** {@code plain} java -jar; {@code flags} the startup flags; {@code cds} the archive; {@code both}: the default. */
    @Param({"plain", "flags", "cds", "both"})
    public String jvm;

    /**
     * Empty for the fake admin; else a real {@code kvstore.jar} whose admin {@code launch} pings at {@code host} and
     * {@code port} ({@code create} refuses it: it would take real snapshots, see scripts/compare-with-manual.sh).
     */
    @Param("")
    public String kvstoreJar;

    @Param("127.0.0.1")
    public String host;

    @Param("5000")
    public String port;

    private Path temp;
    private List<String> launcher;
    private ProcessRunner runner;

    @Setup(Level.Trial)
    public void fakeAdminJar() throws IOException, InterruptedException {
        Path script = SCRIPTS.resolve("healthy.script").toAbsolutePath();
        temp = Files.createTempDirectory("admin-launch");
        List<String> options = new ArrayList<>();
        Path jar;
        if (kvstoreJar.isEmpty()) {
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException("Run from the repository's root: no " + script);
            }
            jar = FakeKvstoreJar.write(temp.resolve("kvhome/lib"));
            options.add("-Dfake.admin.script=" + script);
        } else {
            jar = Path.of(kvstoreJar);
        }
        boolean flags = jvm.equals("flags") || jvm.equals("both");
        boolean cds = jvm.equals("cds") || jvm.equals("both");
        launcher = AdminTarget.kvstoreJar(
                jar.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                new AdminJvm(flags, cds, options));
        ProcessRunner local = new LocalProcessRunner();
        runner = cds
                ? new ClassSharingRunner(
                        local, launcher, new ClassArchiveCache(temp.resolve("cache"), System.getenv("PATH")), null)
                : local;
        if (cds) {
            launch(); // the first run writes the archive
        }
    }

    @TearDown(Level.Trial)
    public void removeTemp() throws IOException {
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public int launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("-host", host, "-port", port, "-json"));
        RunningProcess process = runner.start(command);
        try (OutputStream stdin = process.stdin()) {
            stdin.write("ping\nexit\n".getBytes(StandardCharsets.UTF_8));
        }
        Thread stderr = new Thread(() -> {
            try {
                process.stderr().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the process ended: nothing more to drain
            }
        });
        stderr.setDaemon(true);
        stderr.start();
        long read = process.stdout().transferTo(OutputStream.nullOutputStream());
        OptionalInt exit = process.waitFor(Duration.ofMinutes(1));
        if (exit.isEmpty() || exit.getAsInt() != 0 || read == 0) {
            throw new IllegalStateException("the fake admin did not answer and exit: " + exit);
        }
        return (int) read;
    }

    @Benchmark
    public SnapshotReport create() {
        if (!kvstoreJar.isEmpty()) {
            throw new IllegalStateException(
                    "create against a real store takes snapshots: time it with"
                            + " scripts/compare-with-manual.sh, and run only the launch benchmark here (-p kvstoreJar=... launch)");
        }
        AdminTarget target = new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), null, null);
        // as the CLI does: the reports are rendered while the admin exits, then its end is awaited
        RunResult taken = new SnapshotRun(runner, line -> {})
                .executeExiting(target, new SnapshotRequest("BATCH", null, Policy.DEFAULT, SessionLimits.DEFAULT));
        long reportsStarted = System.nanoTime();
        ReportFiles.render(taken.report(), taken.topologyDocument());
        SnapshotReport report = taken.finished(reportsStarted).report();
        if (report.verdict() != Verdict.SUCCESS || report.adminLaunches() != 1) {
            throw new IllegalStateException(
                    "the healthy fake store did not give SUCCESS in one launch: " + report.verdict());
        }
        return report;
    }
}
