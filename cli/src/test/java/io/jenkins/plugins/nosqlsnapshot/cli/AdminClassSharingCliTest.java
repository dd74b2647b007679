package io.jenkins.plugins.nosqlsnapshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeKvstoreJar;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code create --kvstore-jar} against the fake admin run as a jar: the admin JVM's class-data sharing archive. */
class AdminClassSharingCliTest {
    @TempDir
    Path temp;

    private Path jar;
    private Path cache;
    private StringWriter err;

    @BeforeEach
    void fakeKvstoreJarAndTheBuildsOwnCache() throws Exception {
        String xdg = System.getenv("XDG_CACHE_HOME");
        assertThat(xdg)
                .as("the build sets XDG_CACHE_HOME, so no test writes into the real home")
                .isNotBlank();
        cache = Path.of(xdg, "nosql-snapshot");
        jar = FakeKvstoreJar.write(temp.resolve("kvhome/lib"));
    }

    private int create(String report, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "create",
                "--name",
                "BATCH",
                "--host",
                "127.0.0.1",
                "--port",
                "5000",
                "--kvstore-jar",
                jar.toString(),
                "--admin-java-option",
                "-Dfake.admin.script="
                        + CliTest.SCRIPTS.resolve("healthy.script").toAbsolutePath(),
                "--report-dir",
                temp.resolve(report).toString(),
                "--lock-timeout",
                "1m"));
        args.addAll(List.of(more));
        err = new StringWriter();
        CommandLine commandLine = NosqlSnapshotCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args.toArray(String[]::new));
    }

    private List<Path> archives() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa"))
                    .toList();
        }
    }

    @Test
    void theFirstCreateWritesTheAdminJvmsArchiveAndTheNextStartsFromItSilently() throws Exception {
        assertThat(create("first")).as("%s", err).isZero();
        assertThat(err.toString())
                .contains("first run with this kvstore.jar and Java: the admin JVM writes a class-data archive")
                .contains("class-data archive written: " + cache.resolve("admin-"));
        int archivesAfterFirst = archives().size();

        assertThat(create("second")).as("%s", err).isZero();
        assertThat(err.toString()).doesNotContain("class-data");
        assertThat(archives()).hasSize(archivesAfterFirst);
    }

    @Test
    void noAdminCdsStartsThePlainAdminJvm() throws Exception {
        Files.createDirectories(cache);
        List<Path> before = archives();

        assertThat(create("plain", "--no-admin-cds")).as("%s", err).isZero();

        assertThat(err.toString()).doesNotContain("class-data");
        assertThat(archives()).isEqualTo(before);
    }

    @Test
    void noAdminCdsWithAnAdminCommandIsAUsageError() {
        err = new StringWriter();
        CommandLine commandLine = NosqlSnapshotCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute(
                "create",
                "--name",
                "X",
                "--host",
                "h",
                "--port",
                "5000",
                "--admin-command",
                "kv_admin",
                "--no-admin-cds");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--no-admin-cds apply only with --kvstore-jar");
    }
}
