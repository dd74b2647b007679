package io.jenkins.plugins.nosqlsnapshot.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.model.Result;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
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
 * A store host that does not resolve on the build's agent stops the step with one line naming it, before the lock,
 * the login and the admin: the fake admin records where it ran, and here it never runs ({@code .invalid} never
 * resolves, RFC 6761).
 */
@WithJenkins
class UnresolvedHostITest {
    private static final String MESSAGE = "The host nosuchhost.invalid (store) does not resolve on the node that runs"
            + " the build: no DNS or hosts entry knows it; check the name";

    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void installFakeAdmin() throws Exception {
        admin = FakeAdminInstall.into(folder);
    }

    @Test
    void aPipelineSnapshotOfAHostThatDoesNotResolveFailsWithOneLineAndStartsNoAdmin(JenkinsRule j) throws Exception {
        j.createOnlineSlave(Label.get("kv"));
        Path where = folder.resolve("admin-ran-at.txt");
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "node('kv') {\n"
                        + "  nosqlSnapshot store: 'nosuchhost.invalid:5000', snapshotName: 'BATCH', adminCommand: "
                        + FakeAdminInstall.groovy(admin.adminCommandRecordingWhere("healthy.script", where)) + "\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);
        j.assertLogContains(MESSAGE, b);
        j.assertLogNotContains("Holding the lock", b);
        j.assertLogNotContains("AbortException", b);
        assertFalse(Files.exists(where), "the admin ran");
    }

    @Test
    void aHelperHostThatDoesNotResolveStopsAFreestyleSnapshotBeforeTheAdmin(JenkinsRule j) throws Exception {
        Path where = folder.resolve("admin-ran-at.txt");
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000,nosuchhost.invalid:5001", "BATCH");
        builder.setAdminCommand(admin.adminCommandRecordingWhere("healthy.script", where));
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(builder);
        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);
        j.assertLogContains(MESSAGE, b);
        j.assertLogNotContains("Holding the lock", b);
        assertFalse(Files.exists(where), "the admin ran");
    }

    @Test
    void pruneOfAHostThatDoesNotResolveRemovesNothingAndStartsNoAdmin(JenkinsRule j) throws Exception {
        Path where = folder.resolve("admin-ran-at.txt");
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  nosqlPrune store: 'nosuchhost.invalid:5000', snapshotName: 'BATCH', keep: 1, adminCommand: "
                        + FakeAdminInstall.groovy(admin.adminCommandRecordingWhere("healthy.script", where)) + "\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);
        j.assertLogContains(MESSAGE, b);
        assertFalse(Files.exists(where), "the admin ran");
    }
}
