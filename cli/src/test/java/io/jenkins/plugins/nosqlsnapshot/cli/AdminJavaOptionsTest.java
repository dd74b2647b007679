package io.jenkins.plugins.nosqlsnapshot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AdminJavaOptionsTest {
    @TempDir
    static Path kvhome;

    private static String jar;

    @BeforeAll
    static void kvstoreJarExists() throws IOException {
        // --kvstore-jar must name a readable file before anything runs
        jar = Files.createDirectories(kvhome.resolve("lib"))
                .resolve("kvstore.jar")
                .toString();
        Files.writeString(Path.of(jar), "");
    }

    private static ConnectionOptions parse(String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void kvstoreJarStartsTheAdminJvmWithTheStartupFlagsAndEachRepeatedOption() {
        ConnectionOptions options = parse(
                "--kvstore-jar",
                jar,
                "--host",
                "h",
                "--port",
                "5000",
                "--admin-java-option",
                "-Xmx256m",
                "--admin-java-option",
                "-Djava.io.tmpdir=/var/tmp");

        assertThat(options.target().launcher())
                .containsExactly(
                        "java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmx256m",
                        "-Djava.io.tmpdir=/var/tmp",
                        "-jar",
                        jar,
                        "runadmin");
    }

    @Test
    void theStartupFlagsCanBeTurnedOff() {
        ConnectionOptions options =
                parse("--kvstore-jar", jar, "--host", "h", "--port", "5000", "--no-admin-startup-flags");

        assertThat(options.target().launcher()).isEqualTo(List.of("java", "-jar", jar, "runadmin"));
    }

    @Test
    void anAdminCommandWrapperIsLeftAsItIsAndJavaOptionsForItAreAUsageError() {
        assertThat(parse("--admin-command", "kv_admin", "--host", "h", "--port", "5000")
                        .target()
                        .launcher())
                .containsExactly("kv_admin");
        assertThatThrownBy(() -> parse(
                                "--admin-command",
                                "kv_admin",
                                "--host",
                                "h",
                                "--port",
                                "5000",
                                "--admin-java-option",
                                "-Xmx1g")
                        .target())
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("only with --kvstore-jar");
    }
}
