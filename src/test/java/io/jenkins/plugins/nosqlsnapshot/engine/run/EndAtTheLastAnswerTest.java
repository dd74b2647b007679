package io.jenkins.plugins.nosqlsnapshot.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminSession;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Timeline;
import io.jenkins.plugins.nosqlsnapshot.engine.model.TimelinePhase;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeAdmin;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: the verdict and the reports do not wait for the admin JVM's exit, which gets a short grace and never
 * outlives the run; independent read commands are written at once; the timeline says where the time went.
 */
class EndAtTheLastAnswerTest {
    /** Far longer than any grace: an admin still there after the run would be seen. */
    private static final long EXIT_DELAY_MILLIS = 120_000;

    @TempDir
    Path temp;

    private final List<String> progress = new ArrayList<>();

    private AdminTarget fakeAdmin(String extraScriptLines) throws Exception {
        Path script = temp.resolve("admin.script");
        Files.writeString(
                script,
                extraScriptLines
                        + Files.readString(Fixtures.script("healthy.script"))
                                .replace("../fixtures", Fixtures.root().toString()),
                StandardCharsets.UTF_8);
        List<String> launcher = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfake.admin.log=" + temp.resolve("commands.log"),
                "-Dfake.admin.ahead=" + temp.resolve("ahead.log"),
                "-Dfake.admin.where=" + temp.resolve("where.txt"),
                "-cp",
                System.getProperty("java.class.path"),
                FakeAdmin.class.getName(),
                script.toString());
        return new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), null, null);
    }

    private SnapshotRun run() {
        return new SnapshotRun(new LocalProcessRunner(), progress::add);
    }

    private static SnapshotRequest batch() {
        return new SnapshotRequest("BATCH", null, Policy.DEFAULT, SessionLimits.DEFAULT);
    }

    private ProcessHandle admin() throws Exception {
        long pid = Files.readAllLines(temp.resolve("where.txt")).stream()
                .filter(line -> line.startsWith("pid="))
                .mapToLong(line -> Long.parseLong(line.substring(4)))
                .findFirst()
                .orElseThrow();
        return ProcessHandle.of(pid).orElse(null);
    }

    private static boolean alive(ProcessHandle process) {
        return process != null && process.isAlive();
    }

    @Test
    void theVerdictIsInWhileAnAdminSlowToExitStillRunsAndItIsEndedAfterItsGrace() throws Exception {
        RunResult result = run().executeExiting(fakeAdmin("@exit-delay " + EXIT_DELAY_MILLIS + "\n"), batch());

        // the order of events, not a timing: the admin stays 120 s after exit, and the verdict is already here
        ProcessHandle admin = admin();
        assertThat(result.report().verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(alive(admin))
                .as("the admin is still exiting when the verdict is in")
                .isTrue();

        long reportsStarted = System.nanoTime();
        String written = ReportJson.write(result.report());
        long waited = System.nanoTime();
        SnapshotReport report = result.finished(reportsStarted).report();
        long waitedMillis = (System.nanoTime() - waited) / 1_000_000;

        assertThat(written).contains("\"verdict\" : \"SUCCESS\"");
        assertThat(alive(admin)).as("no admin process outlives the run").isFalse();
        assertThat(waitedMillis).as("waited for the admin (ms)").isLessThan(EXIT_DELAY_MILLIS / 4);
        TimelinePhase exit = report.timeline().first(TimelinePhase.Kind.ADMIN_EXIT);
        assertThat(exit.note()).contains("ended with its process tree");
        assertThat(exit.durationMillis()).isGreaterThanOrEqualTo(AdminSession.EXIT_GRACE.toMillis() - 50);
        assertThat(report.timeline().first(TimelinePhase.Kind.REPORTS)).isNotNull();
        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("Admin exit: "));
    }

    @Test
    void executeEndsTheAdminBeforeItReturns() throws Exception {
        RunResult result = run().execute(fakeAdmin("@exit-delay " + EXIT_DELAY_MILLIS + "\n"), batch());

        assertThat(alive(admin())).isFalse();
        assertThat(result.report().timeline().first(TimelinePhase.Kind.ADMIN_EXIT))
                .isNotNull();
        assertThat(result.report().timeline().first(TimelinePhase.Kind.REPORTS))
                .as("no reports were written meanwhile")
                .isNull();
    }

    @Test
    void theTimelineHasEveryPhaseInTheOrderTheyStarted() throws Exception {
        SnapshotReport report = run().execute(fakeAdmin(""), batch()).report();
        Timeline timeline = report.timeline();

        List<TimelinePhase.Kind> kinds =
                timeline.phases().stream().map(TimelinePhase::kind).toList();
        assertThat(kinds.get(0)).isEqualTo(TimelinePhase.Kind.ADMIN_START);
        assertThat(kinds).containsOnlyOnce(TimelinePhase.Kind.VERDICT, TimelinePhase.Kind.ADMIN_EXIT);
        // the admin is told to exit right after its last answer: before the verdict is judged
        assertThat(timeline.first(TimelinePhase.Kind.ADMIN_EXIT).startMillis())
                .isLessThanOrEqualTo(timeline.first(TimelinePhase.Kind.VERDICT).startMillis());
        assertThat(timeline.phases().stream()
                        .filter(p -> p.kind() == TimelinePhase.Kind.COMMAND)
                        .map(TimelinePhase::phase))
                .containsExactlyElementsOf(
                        report.commands().stream().map(CommandRecord::command).toList());
        for (int i = 1; i < timeline.phases().size(); i++) {
            assertThat(timeline.phases().get(i).startMillis())
                    .isGreaterThanOrEqualTo(timeline.phases().get(i - 1).startMillis());
        }
        assertThat(timeline.phases())
                .allSatisfy(p -> assertThat(p.endMillis()).isLessThanOrEqualTo(timeline.totalMillis()));
        TimelinePhase start = timeline.first(TimelinePhase.Kind.ADMIN_START);
        TimelinePhase firstCommand = timeline.phases().get(1);
        assertThat(firstCommand.phase()).isEqualTo("show plans");
        assertThat(firstCommand.startMillis()).isGreaterThanOrEqualTo(start.endMillis());
        assertThat(ReportJson.write(report))
                .contains("\"timeline\" : {")
                .contains("\"phase\" : \"admin start\"")
                .contains("\"kind\" : \"ADMIN_EXIT\"");
        assertThat(ReportJson.read(ReportJson.write(report)).timeline()).isEqualTo(timeline);
    }

    @Test
    void independentReadCommandsAreWrittenAtOnce() throws Exception {
        run().execute(fakeAdmin(""), batch());

        List<String> ahead = Files.readAllLines(temp.resolve("ahead.log"));
        // each was already on the admin's stdin when its prompt was printed: written with the one before it
        assertThat(ahead)
                .contains(
                        "ahead ping",
                        "ahead show topology -verbose",
                        "ahead show admins",
                        "ahead show parameter -service sn2",
                        "ahead show parameter -service sn3",
                        "ahead show snapshots -sn sn2",
                        "ahead show snapshots -sn sn3");
        assertThat(Files.readAllLines(temp.resolve("commands.log")))
                .containsExactly(
                        "show plans",
                        "ping",
                        "show topology -verbose",
                        "show admins",
                        "show parameter -service sn1",
                        "show parameter -service sn2",
                        "show parameter -service sn3",
                        "snapshot create -name BATCH",
                        "show snapshots -sn sn1",
                        "show snapshots -sn sn2",
                        "show snapshots -sn sn3",
                        "exit");
    }
}
