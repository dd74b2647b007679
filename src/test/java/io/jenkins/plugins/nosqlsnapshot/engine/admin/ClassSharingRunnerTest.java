package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeKvstoreJar;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin JVM's class-data sharing against the fake admin run as a kvstore.jar, through the whole snapshot flow:
 * whatever the archive's state, the verdict is the store's and the parser never sees a JVM message.
 */
class ClassSharingRunnerTest {
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path temp;

    private Path jar;
    private Path cache;
    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    private final List<List<String>> started = Collections.synchronizedList(new ArrayList<>());
    private volatile CyclicBarrier bothPrepared;

    @BeforeEach
    void fakeKvstoreJar() throws IOException {
        jar = FakeKvstoreJar.write(temp.resolve("kvhome/lib"));
        cache = temp.resolve("cache/nosql-snapshot");
    }

    private SnapshotReport create(String java, Path cacheDirectory, String... siteOptions) {
        List<String> options = new ArrayList<>(List.of(siteOptions));
        options.add("-Dfake.admin.script=" + Fixtures.script("healthy.script"));
        List<String> launcher = AdminTarget.kvstoreJar(jar.toString(), java, new AdminJvm(true, true, options));
        ProcessRunner recording = command -> {
            started.add(command);
            if (bothPrepared != null) {
                try {
                    bothPrepared.await(2, TimeUnit.MINUTES);
                } catch (Exception e) {
                    throw new IOException("the other first run did not start", e);
                }
            }
            return new LocalProcessRunner().start(command);
        };
        ProcessRunner runner = new ClassSharingRunner(
                recording, launcher, new ClassArchiveCache(cacheDirectory, System.getenv("PATH")), progress::add);
        AdminTarget target = new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), null, null);
        return new SnapshotRun(runner, progress::add)
                .execute(target, new SnapshotRequest("BATCH", null, Policy.DEFAULT, SessionLimits.DEFAULT))
                .report();
    }

    private List<Path> cached(String glob) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(cache, glob)) {
            stream.forEach(files::add);
        }
        return files;
    }

    private List<String> notes() {
        synchronized (progress) {
            return progress.stream().filter(line -> line.contains("class-data")).toList();
        }
    }

    private List<String> lastCommand() {
        return started.get(started.size() - 1);
    }

    @Test
    void theFirstRunWritesTheArchiveAndTheNextStartsFromIt() throws Exception {
        SnapshotReport first = create(JAVA, cache);

        assertThat(first.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(first.adminLaunches()).isEqualTo(1);
        assertThat(lastCommand()).anySatisfy(a -> assertThat(a).startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(notes())
                .anySatisfy(line -> assertThat(line).startsWith("first run with this kvstore.jar and Java"))
                .anySatisfy(line -> assertThat(line).startsWith("class-data archive written: "));
        assertThat(cached("*.jsa")).hasSize(1);
        assertThat(cached("*.tmp")).isEmpty();
        Path archive = cached("*.jsa").get(0);
        assertThat(ClassArchiveCache.isArchive(archive)).isTrue();

        progress.clear();
        SnapshotReport second = create(JAVA, cache);

        assertThat(second.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(notes()).isEmpty();
        List<String> command = lastCommand();
        assertThat(command.subList(0, command.indexOf("-jar")))
                .startsWith(JAVA)
                .contains("-XX:SharedArchiveFile=" + archive, "-XX:+DisplayVMOutputToStderr")
                .containsSubsequence("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1");
        assertThat(mapsWithShareOn(command))
                .as("the JVM maps the archive with -Xshare:on")
                .isZero();
    }

    /** -Xshare:on makes a JVM that cannot map the archive fail at start, so exit 0 proves it was used. */
    private int mapsWithShareOn(List<String> command) throws Exception {
        List<String> strict = new ArrayList<>(command);
        strict.add(1, "-Xshare:on");
        strict.remove("-Xshare:auto");
        Process process = new ProcessBuilder(strict).redirectErrorStream(true).start();
        process.getOutputStream().write("exit\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @Test
    void aCorruptArchiveIsReplacedAndTheRunSucceeds() throws Exception {
        create(JAVA, cache);
        Path archive = cached("*.jsa").get(0);
        Files.write(archive, new byte[64 * 1024]);
        progress.clear();

        SnapshotReport report = create(JAVA, cache);

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(notes())
                .anySatisfy(line -> assertThat(line).contains("was not a valid archive; it is created again"));
        assertThat(ClassArchiveCache.isArchive(archive)).isTrue();
    }

    @Test
    void anArchiveTheJvmRefusesIsDroppedAndTheRunStillSucceeds() throws Exception {
        create(JAVA, cache);
        Path archive = cached("*.jsa").get(0);
        Path otherJar = jar;
        jar = FakeKvstoreJar.write(temp.resolve("other-kvhome/lib"));
        create(JAVA, cache);
        Path foreign = cached("*.jsa").stream()
                .filter(p -> !p.equals(archive))
                .findFirst()
                .orElseThrow();
        // an archive of another jar's class path: the right format, so only the JVM can refuse it
        Files.copy(foreign, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        jar = otherJar;
        progress.clear();

        SnapshotReport report = create(JAVA, cache);

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(report.reasons()).isEmpty();
        assertThat(notes())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("the admin JVM could not use the class-data archive " + archive)
                        .endsWith("the next run creates it again"));
        assertThat(archive).doesNotExist();
    }

    @Test
    void aJavaOlderThan13IsAPlainLaunchSaidOnce() throws Exception {
        Path java = fakeJavaHome("JAVA_VERSION=\"11.0.22\"\nIMPLEMENTOR=\"Eclipse Adoptium\"\n");

        SnapshotReport report = create(java.toString(), cache);

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(notes())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("class-data sharing off for this run: Java 11.0.22 at " + java)
                        .contains("Java 13 or later"));
        assertThat(lastCommand()).noneSatisfy(a -> assertThat(a).contains("Archive"));
        assertThat(cached("*")).isEmpty();
    }

    @Test
    void aJvmOfAnotherKindIsAPlainLaunch() throws Exception {
        Path java = fakeJavaHome("JAVA_VERSION=\"17.0.9\"\nIMPLEMENTOR=\"IBM Corporation\"\nJVM_VARIANT=\"Openj9\"\n");

        SnapshotReport report = create(java.toString(), cache);

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(notes()).singleElement().satisfies(line -> assertThat(line).contains("is not a HotSpot JVM"));
        assertThat(lastCommand()).noneSatisfy(a -> assertThat(a).contains("Shared"));
    }

    /** {@code HOME/bin/java}, a script that runs this test's Java, beside a {@code release} file that says otherwise. */
    private Path fakeJavaHome(String release) throws IOException {
        Path home = temp.resolve("other-jdk");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(home.resolve("release"), release);
        Files.writeString(java, "#!/bin/sh\nexec '" + JAVA + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    @Test
    void aCacheThatCannotBeWrittenIsAPlainLaunchSaidOnce() throws Exception {
        Path blocked = Files.writeString(temp.resolve("not-a-directory"), "a file where the cache's parent should be");

        SnapshotReport report = create(JAVA, blocked.resolve("nosql-snapshot"));

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(notes())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .isEqualTo("class-data sharing off for this run: the cache directory "
                                + blocked.resolve("nosql-snapshot")
                                + " cannot be written (not a directory)"
                                + "; the admin JVM starts without it"));
        assertThat(lastCommand()).noneSatisfy(a -> assertThat(a).startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void twoFirstRunsAtOnceLeaveOneWholeArchive() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        bothPrepared = new CyclicBarrier(2);
        try {
            Callable<SnapshotReport> run = () -> create(JAVA, cache);
            List<Future<SnapshotReport>> runs = pool.invokeAll(List.of(run, run), 3, TimeUnit.MINUTES);
            for (Future<SnapshotReport> each : runs) {
                assertThat(each.get().verdict()).isEqualTo(Verdict.SUCCESS);
            }
        } finally {
            pool.shutdownNow();
            bothPrepared = null;
        }

        assertThat(started)
                .hasSize(2)
                .allSatisfy(command ->
                        assertThat(command).anySatisfy(a -> assertThat(a).startsWith("-XX:ArchiveClassesAtExit=")));
        assertThat(cached("*.tmp")).isEmpty();
        assertThat(cached("*.jsa"))
                .singleElement()
                .satisfies(archive ->
                        assertThat(ClassArchiveCache.isArchive(archive)).isTrue());
        started.clear();
        assertThat(create(JAVA, cache).verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(mapsWithShareOn(lastCommand())).isZero();
    }

    @Test
    void aSiteThatDecidesClassDataSharingItselfIsLeftAlone() {
        SnapshotReport report = create(JAVA, cache, "-Xshare:off");

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(notes()).isEmpty();
        assertThat(lastCommand()).noneSatisfy(a -> assertThat(a).contains("Archive"));
        assertThat(cache).doesNotExist();
    }

    @Test
    void javaVersionsReadAsTheirFeatureRelease() {
        assertThat(Stream.of("17.0.15", "1.8.0_402", "25", "13-ea", "junk").map(ClassArchiveCache::feature))
                .containsExactly(17, 8, 25, 13, 0);
    }

    @Test
    void theCacheIsXdgCacheHomeWhenAbsoluteElseDotCache() {
        assertThat(ClassArchiveCache.directory(java.util.Map.of("XDG_CACHE_HOME", "/var/cache/ci"), "/home/ci"))
                .isEqualTo(Path.of("/var/cache/ci/nosql-snapshot"));
        assertThat(ClassArchiveCache.directory(java.util.Map.of("XDG_CACHE_HOME", "relative"), "/home/ci"))
                .isEqualTo(Path.of("/home/ci/.cache/nosql-snapshot"));
        assertThat(ClassArchiveCache.directory(java.util.Map.of(), "/home/ci"))
                .isEqualTo(Path.of("/home/ci/.cache/nosql-snapshot"));
    }
}
