package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeKvstoreJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/compare-with-manual.sh against the fake admin run as a kvstore.jar (single commands for the manual
 * procedure, a session for create): it runs the seed's 2 + SNs admin commands and create alternately and prints the
 * rounds, the medians and the ratio. The figures themselves are the user's store's; only the procedure is tested.
 */
class CompareWithManualScriptTest {
    @TempDir
    Path temp;

    @Test
    void timesTheManualProcedureAndCreateAlternatelyAndPrintsTheRatio() throws Exception {
        Path jar = FakeKvstoreJar.write(temp.resolve("kvhome/lib"));
        Path log = temp.resolve("commands.log");
        Path script = Path.of("..", "src", "test", "resources", "fake-admin", "healthy.script")
                .toAbsolutePath();
        Path output = temp.resolve("output.txt");
        Process process = new ProcessBuilder(List.of(
                        "bash",
                        Path.of("..", "scripts", "compare-with-manual.sh").toString(),
                        "--kvstore-jar",
                        jar.toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "5000",
                        "--rounds",
                        "2",
                        "--name",
                        "BATCH",
                        "--java",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--cli",
                        Path.of("..", "cli", "target", "nosql-snapshot.jar").toString(),
                        "--admin-java-option",
                        "-Dfake.admin.script=" + script,
                        "--admin-java-option",
                        "-Dfake.admin.log=" + log,
                        "--keep-snapshots"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed.lines())
                .anySatisfy(line ->
                        assertThat(line).matches("round 1: manual procedure \\d+ ms, nosql-snapshot create \\d+ ms"))
                .anySatisfy(line ->
                        assertThat(line).matches("round 2: manual procedure \\d+ ms, nosql-snapshot create \\d+ ms"))
                .anySatisfy(line -> assertThat(line)
                        .matches("round 1: create: \\d+\\.\\d s in all: admin start \\d+\\.\\d s, .*; the admin's exit"
                                + " \\d+\\.\\d s beside them"))
                .anySatisfy(line -> assertThat(line).matches("median: manual procedure \\d+(\\.\\d+)? ms, .*"))
                .anySatisfy(line ->
                        assertThat(line).matches("ratio: create takes \\d+\\.\\d\\dx the time of the manual procedure"))
                .anySatisfy(line -> assertThat(line).startsWith("snapshots kept: 261124-200120-BATCH"));
        List<String> single = Files.readAllLines(log).stream()
                .filter(line -> line.startsWith("single: "))
                .toList();
        List<String> oneManualRound = List.of(
                "single: snapshot create -name BATCH",
                "single: show topology -verbose",
                "single: show parameter -service sn1",
                "single: show parameter -service sn2",
                "single: show parameter -service sn3");
        assertThat(single).hasSize(10).startsWith(oneManualRound.toArray(String[]::new));
        assertThat(Files.readAllLines(log)).filteredOn("exit"::equals).hasSize(3); // warm-up + 2 timed creates
    }
}
