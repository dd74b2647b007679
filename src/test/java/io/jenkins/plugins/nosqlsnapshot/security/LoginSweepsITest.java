package io.jenkins.plugins.nosqlsnapshot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Run;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.nosqlsnapshot.engine.login.LoginDirectories;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * An unpacked login that no step deleted (a killed controller, a lost agent) is listed on the controller and deleted
 * once its build is over and its node can be reached: when the build ends, when the node comes online again, and when
 * its job is deleted or renamed (its next run would look in another workspace). Each case lays down what the step
 * leaves, a login directory and its ledger entry, named as the step names them.
 */
@WithJenkins
class LoginSweepsITest {
    @TempDir
    Path folder;

    /** A login directory of {@code run} on that node's workspace {@code <ws>@tmp}, listed as the step lists it. */
    private static FilePath leftLogin(FilePath workspace, String node, Run<?, ?> run) throws Exception {
        FilePath dir = workspace
                .sibling(workspace.getName() + "@tmp")
                .child(LoginDirectories.name(LoginDirectories.newSession(), run.getExternalizableId()));
        dir.child("security").child("login.pwd").write("pw\n", "UTF-8");
        LoginLedger.record(new LoginLedger.Entry(node, dir.getRemote(), run.getExternalizableId()));
        return dir;
    }

    private static void awaitGone(FilePath dir) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (dir.exists()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still there after 60 s: " + dir.getRemote());
            }
            Thread.sleep(100);
        }
        long endLedger = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!LoginLedger.entries().isEmpty() && System.nanoTime() < endLedger) {
            Thread.sleep(100);
        }
        assertEquals(0, LoginLedger.entries().size(), LoginLedger.entries().toString());
    }

    @Test
    void aRunThatEndsNormallyLeavesNothingListed(JenkinsRule j) throws Exception {
        FakeAdminInstall admin = FakeAdminInstall.into(folder);
        String secured = admin.securedScript();
        byte[] zip = Zips.securityDirectory("pw", true);
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new FileCredentialsImpl(
                        CredentialsScope.GLOBAL, "kv-login", "kv", "security.zip", SecretBytes.fromBytes(zip)));
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", "BATCH");
        builder.setAdminCommand(admin.adminCommand(secured));
        builder.setCredentialsId("kv-login");
        p.getBuildersList().add(builder);
        j.buildAndAssertSuccess(p);
        assertEquals(0, LoginLedger.entries().size(), LoginLedger.entries().toString());
        assertTrue(Files.isDirectory(j.jenkins.getRootDir().toPath().resolve(LoginLedger.DIRECTORY)));
    }

    @Test
    void aLoginLeftOnAnAgentIsDeletedWhenTheAgentComesBack(JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        FreeStyleProject p = j.createFreeStyleProject("nightly");
        FreeStyleBuild over = j.buildAndAssertSuccess(p);
        FilePath left = leftLogin(agent.getWorkspaceFor(p), agent.getNodeName(), over);
        Computer computer = agent.toComputer();
        computer.disconnect(null).get();
        computer.connect(false).get();
        j.waitOnline(agent);
        awaitGone(agent.getWorkspaceFor(p).sibling("nightly@tmp").child(left.getName()));
    }

    @Test
    void aLoginLeftByADeletedJobIsDeleted(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject("gone");
        FreeStyleBuild over = j.buildAndAssertSuccess(p);
        FilePath left = leftLogin(j.jenkins.getWorkspaceFor(p), "", over);
        p.delete();
        awaitGone(left);
    }

    @Test
    void aLoginLeftByARenamedJobIsDeleted(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject("old-name");
        FreeStyleBuild over = j.buildAndAssertSuccess(p);
        FilePath left = leftLogin(j.jenkins.getWorkspaceFor(p), "", over);
        p.renameTo("new-name");
        awaitGone(left);
    }

    @Test
    void aLoginOfARunningBuildStaysUntilTheBuildIsOver(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "running");
        Path go = folder.resolve("go");
        p.setDefinition(new CpsFlowDefinition(
                "echo 'waiting'\nnode { waitUntil { fileExists('"
                        + go.toString().replace("\\", "/") + "') } }",
                true));
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        j.waitForMessage("waiting", b);
        FilePath left = leftLogin(j.jenkins.getWorkspaceFor(p), "", b);
        // a sweep for another reason leaves a running build's login alone
        assertEquals(0, LoginLedger.sweep(entry -> true, false));
        assertTrue(left.exists());
        Files.writeString(go, "");
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        awaitGone(left);
    }
}
