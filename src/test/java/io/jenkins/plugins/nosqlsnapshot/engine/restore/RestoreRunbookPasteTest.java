package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed runbook pasted or scripted by mistake, in real shells ({@code sh}, Debian's dash, and {@code bash}),
 * with {@code java}, {@code pgrep}, {@code setsid} and {@code nohup} replaced by stubs that record each call: pasted
 * whole it runs nothing; its commands run as one script, from a loop over {@code steps} or from a Jenkins {@code sh}
 * step never start a Storage Node from the snapshot; a RESTORE line run by itself, with its SN's name typed, starts
 * exactly the restoring agent, detached, with its output in the printed log.
 */
class RestoreRunbookPasteTest {
    private static final String NAME = "261124-200120-BATCH";
    private static final String JAR = "/opt/kv/lib/kvstore.jar";
    private static final String RESTORE_FLAG = "-restore-from-snapshot";

    @TempDir
    Path temp;

    private Path stubs;
    private Path calls;
    private List<Path> roots;

    @BeforeEach
    void stubs() throws IOException {
        stubs = Files.createDirectories(temp.resolve("bin"));
        calls = temp.resolve("calls.log");
        for (String command : List.of("java", "pgrep", "setsid", "nohup")) {
            boolean wraps = command.equals("setsid") || command.equals("nohup");
            Path stub = stubs.resolve(command);
            Files.writeString(
                    stub,
                    "#!/bin/sh\necho \"" + command + " $*\" >> '" + calls + "'\n"
                            + (wraps ? "exec \"$@\"\n" : "exit 1\n"));
            assertThat(stub.toFile().setExecutable(true)).isTrue();
        }
        roots = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            roots.add(Files.createDirectories(temp.resolve("kvroot/sn" + i)));
        }
    }

    private RestoreReadiness threeStorageNodes() {
        List<StorageNodeReport> sns = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            sns.add(new StorageNodeReport(
                    "sn" + i, "127.0.0.1", roots.get(i - 1).toString(), ComponentStatus.OK, null, true, null));
        }
        RestoreCommands commands = new RestoreCommands(JAR);
        AdminTarget target = new AdminTarget(List.of("kv_admin"), "127.0.0.1", 5000, List.of(), null, null);
        return readiness(RestoreRunbook.inPlace(
                commands.inPlace(NAME, "kvstore", sns),
                commands.ping(target),
                commands.tableCount("kvstore", target),
                Map.of()));
    }

    private RestoreReadiness kvlite() {
        RestoreCommands commands = new RestoreCommands(JAR);
        KVLiteShape shape = new KVLiteShape(
                new StorageNode("sn1", "127.0.0.1", 9000, "zn1", roots.get(0).toString(), List.of()), "kvstore");
        AdminTarget target = new AdminTarget(List.of("kv_admin"), "127.0.0.1", 9000, List.of(), null, null);
        return readiness(RestoreRunbook.kvlite(
                commands.kvlite(NAME, shape, false),
                commands.ping(target),
                commands.tableCount("kvstore", target),
                commands.startInstead(NAME, shape)));
    }

    private static RestoreReadiness readiness(RestoreRunbook.Runbook runbook) {
        return new RestoreReadiness(
                RestoreReadiness.SCHEMA_VERSION,
                NAME,
                "kvstore",
                Verdict.SUCCESS,
                RestorePath.IN_PLACE,
                NAME + " can be restored in place.",
                List.of(),
                List.of(),
                List.of(),
                runbook.warnings(),
                List.of(),
                null,
                List.of(),
                runbook.steps(),
                1,
                List.of(),
                "2026-12-08T00:00:00Z",
                0);
    }

    /** Runs {@code shell} with {@code stdin} as its input (what a paste or {@code sh -s < file} gives it). */
    private String run(List<String> shell, String stdin) throws Exception {
        List<String> command = new ArrayList<>(shell);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", stubs + ":/usr/bin:/bin");
        builder.environment().put("HOME", temp.toString());
        builder.directory(temp.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private List<String> calls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    /** Waits for the stubs a background start runs, at most 10 s, until {@code count} calls are recorded. */
    private List<String> callsAfterBackground(int count) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (calls().size() < count && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return calls();
    }

    private static String commandsAsScript(RestoreReadiness readiness) {
        return readiness.steps().stream().map(RestoreStep::command).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void theWholePrintedRunbookPastedIntoAnInteractiveShellRunsNoneOfItsCommands() throws Exception {
        for (RestoreReadiness readiness : List.of(threeStorageNodes(), kvlite())) {
            String text = RestoreReadinessText.render(readiness);
            for (List<String> shell :
                    List.of(List.of("sh", "-i", "-s"), List.of("bash", "--norc", "--noprofile", "-i", "-s"))) {
                Files.deleteIfExists(calls);

                String output = run(shell, text);

                assertThat(calls())
                        .as("%s ran commands of the pasted text:%n%s", shell, output)
                        .isEmpty();
            }
        }
    }

    @Test
    void everyLineOfTheBlockIsNumberedOrLabelledButTheRestoreLinesWhichStandAloneBelowTheirOwnWarning() {
        for (RestoreReadiness readiness : List.of(threeStorageNodes(), kvlite())) {
            String text = RestoreReadinessText.render(readiness);
            List<String> lines =
                    List.of(text.substring(text.indexOf("  Read first:")).split("\n"));
            List<String> restores = readiness.steps().stream()
                    .filter(RestoreStep::runOnce)
                    .map(RestoreStep::command)
                    .toList();

            assertThat(restores).isNotEmpty().allMatch(line -> line.contains(RESTORE_FLAG));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (restores.contains(line)) {
                    assertThat(lines.get(i - 1))
                            .as("blank line before %s", line)
                            .isEmpty();
                    assertThat(lines.get(i - 2)).startsWith("       ! RESTORE sn");
                    assertThat(lines.get(i + 1)).as("blank line after %s", line).isEmpty();
                } else if (!line.isEmpty()) {
                    assertThat(line)
                            .as("a line that is no RESTORE line starts with a number or a label")
                            .matches("  (Read first:|! .*|\\d+\\. .*|[A-Z].*:$|Fallback only.*|\\(.*)"
                                    + "|       (check: |not done after |e\\.g\\.: |! ).*");
                }
            }
            assertThat(lines.stream()
                            .filter(l -> l.contains(RESTORE_FLAG) && !l.strip().startsWith("! ")))
                    .as("the restoring start is printed only on its RESTORE lines")
                    .containsExactlyElementsOf(restores);
        }
    }

    @Test
    void theStepsRunAsOneScriptStopTheStoreButNeverStartItFromTheSnapshot() throws Exception {
        for (RestoreReadiness readiness : List.of(threeStorageNodes(), kvlite())) {
            Files.deleteIfExists(calls);

            String output = run(List.of("sh", "-s"), commandsAsScript(readiness));

            assertThat(calls())
                    .as("the script ran (its stops)")
                    .first()
                    .asString()
                    .startsWith("java -jar " + JAR + " ");
            assertThat(calls()).noneMatch(call -> call.contains(RESTORE_FLAG));
            assertThat(output).contains("sn1 was not started");
        }
    }

    @Test
    void eachStepFromALoopOfShStepsWithoutATerminalNeverStartsFromTheSnapshot() throws Exception {
        RestoreReadiness readiness = threeStorageNodes();
        for (RestoreStep step : readiness.steps()) {
            String output = run(List.of("sh", "-c", step.command()), "");
            if (step.runOnce()) {
                assertThat(output).contains(step.storageNode() + " was not started");
            }
        }
        assertThat(calls()).isNotEmpty().noneMatch(call -> call.contains(RESTORE_FLAG));
    }

    @Test
    void theDataCheckUneditedIsASyntaxErrorAndRunsNothing() throws Exception {
        RestoreStep check = threeStorageNodes().steps().stream()
                .filter(step -> step.kind() == RestoreStep.Kind.VERIFY_DATA)
                .findFirst()
                .orElseThrow();

        String output = run(List.of("sh", "-c", check.command()), "");

        assertThat(output).containsIgnoringCase("syntax error");
        assertThat(calls()).isEmpty();
        String edited = check.command().replace(RestoreCommands.TABLE, "users");
        run(List.of("sh", "-c", edited), "");
        assertThat(calls())
                .containsExactly("java -jar " + JAR
                        + " runadmin -host 127.0.0.1 -port 5000 -store kvstore get table -name users");
    }

    @Test
    void aRestoreLineRunByItselfWithItsStorageNodeTypedStartsThatAgentDetachedFromTheSnapshot() throws Exception {
        RestoreStep restore = threeStorageNodes().steps().stream()
                .filter(RestoreStep::runOnce)
                .findFirst()
                .orElseThrow();
        Path root = roots.get(0);

        String wrong = run(List.of("sh", "-c", restore.command()), "sn2\n");
        assertThat(wrong).contains("Type sn1 to restore it from " + NAME + ":").contains("sn1 was not started");
        assertThat(calls()).isEmpty();

        String output = run(List.of("sh", "-c", restore.command()), "sn1\n");

        String java =
                "java -jar " + JAR + " start -root " + root + " " + RESTORE_FLAG + " " + NAME + " -update-config true";
        assertThat(callsAfterBackground(3)).containsExactly("setsid nohup " + java, "nohup " + java, java);
        assertThat(output).doesNotContain("was not started");
        assertThat(root.resolveSibling("sn1-restore.log")).exists();
    }

    @Test
    void thePlainStartOfTheRollingRestartRunsAsPrintedWithoutTheSnapshot() throws Exception {
        RestoreStep start = threeStorageNodes().steps().stream()
                .filter(step -> step.phase() == RestoreStep.Phase.ROLLING_RESTART
                        && step.kind() == RestoreStep.Kind.COMMAND
                        && step.command().startsWith("setsid "))
                .findFirst()
                .orElseThrow();

        run(List.of("sh", "-c", start.command()), "");

        String java = "java -jar " + JAR + " start -root " + roots.get(0);
        assertThat(callsAfterBackground(3)).containsExactly("setsid nohup " + java, "nohup " + java, java);
        assertThat(roots.get(0).resolveSibling("sn1-start.log")).exists();
    }
}
