package io.jenkins.plugins.nosqlsnapshot.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.FilePath;
import hudson.model.Result;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Stopping a step must not freeze the Pipeline (issue 21 item 1): workflow-cps calls {@code stop()} on the CPS VM
 * thread, which every branch needs. A {@code timeout} stops {@code nosqlSnapshot} while its admin never answers (5 s
 * leave the step time to start the admin on a loaded machine); the
 * parallel branch keeps running and finishes, the build ends within a bounded time, and the stopped step writes no
 * report into the workspace and adds no snapshot page afterwards.
 */
@WithJenkins
class StoppingAStepITest {
    private static final String CANCELLED = "Cancelling nested steps due to timeout";

    @TempDir
    Path folder;

    @Test
    void aTimeoutOfAHungSnapshotEndsTheBuildWhileTheOtherBranchFinishes(JenkinsRule j) throws Exception {
        FakeAdminInstall admin = FakeAdminInstall.into(folder);
        Path scripts = folder.resolve("fake-admin");
        // the admin's first command never answers (a script's last line for a command is the one it answers with)
        Files.writeString(
                scripts.resolve("hung.script"),
                Files.readString(scripts.resolve("healthy.script")) + "\nshow plans = hang-until-eof\n");
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "parallel(\n"
                        + "  snapshot: {\n"
                        + "    node {\n"
                        + "      timeout(time: 5, unit: 'SECONDS') {\n"
                        + "        nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BATCH', adminCommand: "
                        + admin.groovyAdminCommand("hung.script") + "\n"
                        + "      }\n"
                        + "    }\n"
                        + "  },\n"
                        + "  other: {\n"
                        + "    for (int i = 1; i <= 40; i++) { echo \"tick ${i}\"; sleep(time: 250, unit: 'MILLISECONDS') }\n"
                        + "    echo 'the other branch finished'\n"
                        + "  })",
                true));
        WorkflowRun b = p.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String log = b.getLog();
        assertTrue(
                List.of(Result.ABORTED, Result.FAILURE).contains(b.getResult()),
                "the build ends stopped, not " + b.getResult() + ":\n" + log);
        int cancelled = log.indexOf(CANCELLED);
        assertTrue(cancelled >= 0, "the timeout stopped the step:\n" + log);
        int started = log.indexOf("Starting the admin CLI for 127.0.0.1:5000");
        assertTrue(started >= 0 && started < cancelled, "the stop came while the admin hung:\n" + log);
        assertTrue(log.indexOf("tick ", cancelled) > cancelled, "the other branch went on after the stop:\n" + log);
        assertTrue(log.contains("the other branch finished"), log);

        // the stopped step's worker ends on its own thread: give it time to do what it must not
        Thread.sleep(5_000);
        FilePath workspace = j.jenkins.getWorkspaceFor(p);
        assertEquals(
                0,
                workspace.exists() ? workspace.list("**/*.json").length : 0,
                "a stopped step writes no report into the workspace");
        assertNull(b.getAction(NosqlSnapshotAction.class), "a stopped step adds no snapshot page");
    }
}
