package io.jenkins.plugins.nosqlsnapshot.execution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Retention learns the names and verdicts of earlier snapshots from the builds' records ({@code build.xml}), not by
 * reading their archived {@code report.json} back; only a build that recorded no snapshot action (an earlier
 * release, reports archived by other means) is read from its reports. The archived report is made unreadable here,
 * so a prune that still read it would warn and lose the verdict.
 */
@WithJenkins
class RetentionVerdictsITest {
    private static final String STORE = "127.0.0.1:5000";
    private static final String HEALTHY = "261124-200120-BATCH";
    private static final String LOST = "261124-194046-BACKUP";

    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void installFakeAdmin() throws Exception {
        admin = FakeAdminInstall.into(folder);
    }

    private WorkflowRun snapshot(JenkinsRule j, WorkflowJob p, String script, String name, Result expected)
            throws Exception {
        p.setDefinition(new CpsFlowDefinition(
                "node { nosqlSnapshot store: '" + STORE + "', snapshotName: '" + name + "', adminCommand: "
                        + admin.groovyAdminCommand(script) + " }",
                true));
        return j.buildAndAssertStatus(expected, p);
    }

    private WorkflowRun pruneDryRun(JenkinsRule j, WorkflowJob p, String name) throws Exception {
        p.setDefinition(new CpsFlowDefinition(
                "node { nosqlPrune store: '" + STORE + "', snapshotName: '" + name + "', keep: 1, dryRun: true,"
                        + " adminCommand: " + admin.groovyAdminCommand("lifecycle-healthy.script") + " }",
                true));
        return j.buildAndAssertSuccess(p);
    }

    private static void spoilArchivedReport(WorkflowRun build, String snapshotName) throws Exception {
        File report = new File(build.getRootDir(), "archive/nosql-snapshot/" + snapshotName + "/report.json");
        assertTrue(report.isFile(), report + " was archived");
        Files.writeString(report.toPath(), "{ not a report", StandardCharsets.UTF_8);
    }

    @Test
    void aSuccessIsKnownFromTheBuildRecordWithoutReadingTheReport(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        WorkflowRun taken = snapshot(j, p, "healthy.script", "BATCH", Result.SUCCESS);
        spoilArchivedReport(taken, HEALTHY);

        WorkflowRun pruned = pruneDryRun(j, p, "BATCH");
        j.assertLogContains(HEALTHY + " (on ", pruned);
        j.assertLogContains("the newest one whose verdict was not FAILURE (SUCCESS in its report).", pruned);
        j.assertLogNotContains("skipped the archived reports", pruned);
    }

    @Test
    void aFailureIsKnownFromTheBuildRecordWithoutReadingTheReport(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        WorkflowRun taken = snapshot(j, p, "shard-down.script", "BACKUP", Result.FAILURE);
        spoilArchivedReport(taken, LOST);

        WorkflowRun pruned = pruneDryRun(j, p, "BACKUP");
        j.assertLogContains(LOST + " (on ", pruned);
        j.assertLogContains("and its report's verdict was FAILURE.", pruned);
        j.assertLogNotContains("skipped the archived reports", pruned);
    }

    @Test
    void aBuildThatRecordedNoSnapshotActionIsReadFromItsArchivedReport(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        WorkflowRun taken = snapshot(j, p, "healthy.script", "BATCH", Result.SUCCESS);
        // as a build of a release before the action, or one whose reports were archived by archiveArtifacts
        taken.removeActions(NosqlSnapshotAction.class);
        taken.save();

        WorkflowRun pruned = pruneDryRun(j, p, "BATCH");
        j.assertLogContains("(SUCCESS in its report).", pruned);
    }
}
