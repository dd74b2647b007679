package io.jenkins.plugins.nosqlsnapshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a new user makes: each is a usage error (exit 2) of one line naming what was wrong, before the admin
 * starts. {@code no-such-admin-binary} as the admin proves "before": had the run started, it would end in a FAILURE
 * report (exit 1).
 */
class FirstRunCliTest {
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return CliTest.execute(temp, out, err, args);
    }

    int create(String... more) {
        String[] base = {
            "create", "--name", "BACKUP", "--host", "127.0.0.1", "--port", "5000", "--lock-timeout", "0s",
        };
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    void assertOneUsageLine(String... contains) {
        String text = err.toString();
        assertThat(text.lines()).hasSize(1);
        assertThat(text)
                .contains(contains)
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void reportDirectoryThatIsAFileIsAUsageErrorBeforeTheAdminStarts() throws Exception {
        Path file = Files.writeString(temp.resolve("taken.txt"), "mine");

        int exit = create("--admin-command", "no-such-admin-binary", "--report-dir", file.toString());

        assertThat(exit).isEqualTo(2);
        assertOneUsageLine("--report-dir " + file, "is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void reportDirectoryThatCannotBeCreatedNamesItAndTheCauseInWords() throws Exception {
        Path file = Files.writeString(temp.resolve("taken.txt"), "mine");
        Path below = file.resolve("report");

        int exit = create("--admin-command", "no-such-admin-binary", "--report-dir", below.toString());

        assertThat(exit).isEqualTo(2);
        assertOneUsageLine("The report directory " + below + " cannot be created (", "--report-dir");
        assertThat(err.toString()).doesNotContain("lock");
    }

    @Test
    void everyCommandChecksTheReportDirectoryBeforeTheAdminStarts() throws Exception {
        Path file = Files.writeString(temp.resolve("taken.txt"), "mine");
        String[] connection = {"--admin-command", "no-such-admin-binary", "--host", "127.0.0.1", "--port", "5000"};

        String[] prune = {"prune", "--name", "BACKUP", "--keep", "1", "--report-dir", file.toString()};
        assertThat(run(concat(prune, connection))).isEqualTo(2);
        assertThat(err.toString()).contains("is a file, not a directory");
        err.getBuffer().setLength(0);
        String result =
                CliTest.FIXTURES.resolve("a13_snapshot_create_json.stdout").toString();
        assertThat(run("evaluate", "--result", result, "--report-dir", file.toString()))
                .isEqualTo(2);
        assertOneUsageLine("is a file, not a directory");
    }

    @Test
    void hostThatDoesNotResolveIsSaidBeforeTheAdminStarts() {
        String[] connection = {
            "--admin-command",
            "no-such-admin-binary",
            "--report-dir",
            temp.resolve("r").toString()
        };

        assertThat(run(concat(
                        new String[] {"create", "--name", "B", "--host", "nosuchhost.invalid", "--port", "5000"},
                        connection)))
                .isEqualTo(2);
        assertOneUsageLine("The host nosuchhost.invalid (--host) does not resolve");
        err.getBuffer().setLength(0);
        assertThat(run(concat(
                        new String[] {
                            "prune",
                            "--name",
                            "B",
                            "--keep",
                            "1",
                            "--helper-hosts",
                            "127.0.0.1:5000,nosuchhost.invalid:5001"
                        },
                        connection)))
                .isEqualTo(2);
        assertOneUsageLine("The host nosuchhost.invalid (--helper-hosts) does not resolve");
    }

    @Test
    void missingKvstoreJarIsAUsageErrorNotAFailureReport() {
        Path report = temp.resolve("r");

        assertThat(create(
                        "--kvstore-jar", temp.resolve("nonexistent.jar").toString(), "--report-dir", report.toString()))
                .isEqualTo(2);
        assertOneUsageLine("No such kvstore.jar: " + temp.resolve("nonexistent.jar"), "--kvstore-jar");
        assertThat(report).doesNotExist();
    }

    @Test
    void javaThatCannotRunIsAUsageErrorNotAFailureReport() throws Exception {
        Path jar = Files.writeString(temp.resolve("kvstore.jar"), "not really a jar");
        Path report = temp.resolve("r");

        assertThat(create(
                        "--kvstore-jar",
                        jar.toString(),
                        "--java",
                        "/nonexistent/java",
                        "--report-dir",
                        report.toString()))
                .isEqualTo(2);
        assertOneUsageLine("--java /nonexistent/java is not an executable file");
        assertThat(report).doesNotExist();
    }

    @Test
    void badDurationPrintsOneLineNotTheWholeUsage() {
        assertThat(create("--admin-command", "no-such-admin-binary", "--command-timeout", "soon"))
                .isEqualTo(2);

        assertOneUsageLine("--command-timeout", "must be a duration such as 500ms", "create --help");
        assertThat(err.toString()).doesNotContain("Usage:");
    }

    @Test
    void unknownOptionPrintsOneLine() {
        assertThat(create("--admin-command", "x", "--no-such-option")).isEqualTo(2);

        assertOneUsageLine("--no-such-option");
    }

    @Test
    void millisecondsAreAcceptedAsADuration() {
        int exit = create(
                "--admin-command",
                "no-such-admin-binary",
                "--command-timeout",
                "1ms",
                "--report-dir",
                temp.resolve("r").toString());

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("must be a duration");
    }

    @Test
    void everyHelpExampleKeepsItsLinesWholeAndEndsWithANewline() {
        for (String command : new String[] {"create", "evaluate", "prune", "restore-check"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            String help = out.toString();
            assertThat(help).as(command).endsWith(System.lineSeparator());
            java.util.List<String> lines =
                    help.substring(help.indexOf("Example:")).lines().skip(1).toList();
            // one or more examples, each a command line continued with " \\" onto lines indented under it
            java.util.List<java.util.List<String>> examples = new java.util.ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("  nosql-snapshot ")) {
                    examples.add(new java.util.ArrayList<>());
                }
                assertThat(examples).as(command + ": " + line).isNotEmpty();
                examples.get(examples.size() - 1).add(line);
            }
            for (java.util.List<String> example : examples) {
                assertThat(example.get(0)).as(command).startsWith("  nosql-snapshot " + command + " ");
                assertThat(example.subList(1, example.size()))
                        .as(command)
                        .allMatch(line -> line.startsWith("      --"));
                assertThat(example.subList(0, example.size() - 1)).as(command).allMatch(line -> line.endsWith(" \\"));
                assertThat(example.get(example.size() - 1)).as(command).doesNotEndWith("\\");
            }
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
