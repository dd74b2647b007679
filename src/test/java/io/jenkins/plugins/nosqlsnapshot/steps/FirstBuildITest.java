package io.jenkins.plugins.nosqlsnapshot.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
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
 * Every step in a build whose workspace folder does not exist yet: Pipeline's {@code node} assigns a workspace
 * without creating it, and the admin is started in it. Nothing writes into the workspace before the step runs:
 * each job is fresh, and the restore check's build runs after a build that deleted its workspace.
 */
@WithJenkins
class FirstBuildITest {
    private static final String STORE = "127.0.0.1:5000";

    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void installFakeAdmin() throws Exception {
        admin = FakeAdminInstall.into(folder);
    }

    private static WorkflowJob freshJob(JenkinsRule j, String script) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "fresh");
        p.setDefinition(new CpsFlowDefinition(script, true));
        assertFalse(j.jenkins.getWorkspaceFor(p).exists(), "a fresh job has no workspace folder yet");
        return p;
    }

    @Test
    void snapshotInTheFirstBuildOfAFreshPipelineJobSucceeds(JenkinsRule j) throws Exception {
        WorkflowJob p = freshJob(
                j,
                "node {\n"
                        + "  def r = nosqlSnapshot store: '" + STORE + "', snapshotName: 'BATCH', adminCommand: "
                        + admin.groovyAdminCommand("healthy.script") + "\n"
                        + "  echo \"verdict=${r.verdict}\"\n"
                        + "}");
        WorkflowRun b = j.buildAndAssertSuccess(p);
        j.assertLogContains("verdict=SUCCESS", b);
        j.assertLogNotContains("doesn't exist", b);
    }

    @Test
    void pruneInTheFirstBuildOfAFreshPipelineJobSucceeds(JenkinsRule j) throws Exception {
        WorkflowJob p = freshJob(
                j,
                "node {\n"
                        + "  def r = nosqlPrune store: '" + STORE + "', snapshotName: 'PERF', keep: 3, dryRun: true,"
                        + " adminCommand: " + admin.groovyAdminCommand("lifecycle-healthy.script") + "\n"
                        + "  echo \"kept=${r.kept.size()}\"\n"
                        + "}");
        WorkflowRun b = j.buildAndAssertSuccess(p);
        j.assertLogContains("kept=3", b);
    }

    @Test
    void restoreCheckInABuildWithoutAWorkspaceFolderSucceeds(JenkinsRule j) throws Exception {
        // build #1 archives a snapshot report, then removes its workspace folder
        WorkflowJob p = freshJob(
                j,
                "node {\n"
                        + "  nosqlSnapshot store: '" + STORE + "', snapshotName: 'BATCH', adminCommand: "
                        + admin.groovyAdminCommand("healthy.script") + "\n"
                        + "  deleteDir()\n"
                        + "}");
        j.buildAndAssertSuccess(p);
        assertFalse(j.jenkins.getWorkspaceFor(p).exists(), "build #1 left its workspace folder");

        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  def r = nosqlRestoreCheck store: '" + STORE + "', fromBuild: '1', kvstoreJarOnNodes:"
                        + " '/opt/kv/lib/kvstore.jar', adminCommand: "
                        + admin.groovyAdminCommand("lifecycle-healthy.script")
                        + "\n  echo \"path=${r.path}\"\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertSuccess(p);
        j.assertLogContains("path=IN_PLACE", b);
    }
}
