package io.jenkins.plugins.nosqlsnapshot.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.FilePath;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.nosqlsnapshot.engine.login.LoginDirectories;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A controller restart while a step runs with its login unpacked: the step is not resumed (Pipeline fails it), and
 * the login a killed controller leaves behind is deleted by the next run on that workspace.
 */
class RestartLeavesNoLoginITest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @TempDir
    Path folder;

    private static List<FilePath> logins(FilePath workspace) throws Exception {
        FilePath tmp = WorkspaceList.tempDir(workspace);
        if (tmp == null || !tmp.exists()) {
            return List.of();
        }
        return tmp.listDirectories().stream()
                .filter(d -> d.getName().startsWith(LoginDirectories.PREFIX))
                .toList();
    }

    private static String pipeline(FakeAdminInstall admin, String script) {
        return "node {\n  nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BATCH', credentialsId: 'kv-login',"
                + " adminCommand: " + admin.groovyAdminCommand(script) + "\n}";
    }

    @Test
    void aLoginLeftByARestartIsDeletedByTheNextRunAndTheStepSaysItWasNotResumed() throws Throwable {
        FakeAdminInstall admin = FakeAdminInstall.into(folder);
        Path scripts = folder.resolve("fake-admin");
        String healthy = Files.readString(scripts.resolve("healthy.script"));
        // the snapshot never answers: the step is still running, login unpacked, when the controller stops (the
        // script's last line for a command is the one it answers with, so the hang comes after the healthy script)
        Files.writeString(
                scripts.resolve("secured-hang.script"),
                "@args-must-contain -security\n" + healthy + "\nsnapshot create -name BATCH = hang-until-eof\n");
        Files.writeString(scripts.resolve("secured.script"), "@args-must-contain -security\n" + healthy);
        sessions.then(j -> {
            byte[] zip = Zips.of(Map.of(
                    "security/client.security",
                    "oracle.kv.auth.username=backup\noracle.kv.auth.pwdfile.file=login.pwd\n"
                            + "oracle.kv.password.noPrompt=true\n",
                    "security/login.pwd",
                    "pw\n"));
            SystemCredentialsProvider.getInstance()
                    .getCredentials()
                    .add(new FileCredentialsImpl(
                            CredentialsScope.GLOBAL,
                            "kv-login",
                            "kv login",
                            "security.zip",
                            SecretBytes.fromBytes(zip)));
            SystemCredentialsProvider.getInstance().save();
            WorkflowJob p = j.createProject(WorkflowJob.class, "nightly");
            p.setDefinition(new CpsFlowDefinition(pipeline(admin, "secured-hang.script"), true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            j.waitForMessage("unpacked into a private temporary directory", b);
            j.waitForMessage("show parameter -service sn3: ok", b); // the next command, snapshot create, hangs
            assertFalse(logins(j.jenkins.getWorkspaceFor(p)).isEmpty(), "the login is unpacked while it runs");
        });
        sessions.then(j -> {
            WorkflowJob p = j.jenkins.getItemByFullName("nightly", WorkflowJob.class);
            WorkflowRun first = p.getBuildByNumber(1);
            j.waitForCompletion(first);
            j.assertBuildStatus(hudson.model.Result.FAILURE, first);
            j.assertLogContains("cannot be resumed after a controller restart", first);
            // A controller that is killed leaves the unpacked login behind: no code of the step runs again. The
            // harness restarts Jenkins inside one JVM, where the first build's worker thread lives on and may still
            // clean up after itself (its "Failed to proceed after CpsStepContext[...nosqlSnapshot]" shows in the log),
            // so what a killed controller leaves is laid down here, named as the step names it, by another
            // controller process, for the build that was cut off.
            FilePath workspace = j.jenkins.getWorkspaceFor(p);
            FilePath killed = WorkspaceList.tempDir(workspace)
                    .child(LoginDirectories.name(LoginDirectories.newSession(), first.getExternalizableId()));
            killed.child("security").child("login.pwd").write("pw\n", "UTF-8");

            p.setDefinition(new CpsFlowDefinition(pipeline(admin, "secured.script"), true));
            WorkflowRun second = j.buildAndAssertSuccess(p);
            j.assertLogContains("Deleted a login left over by an earlier run: " + killed.getRemote(), second);
            assertFalse(killed.exists());
            assertTrue(logins(workspace).isEmpty(), "left: " + logins(workspace));
        });
    }
}
