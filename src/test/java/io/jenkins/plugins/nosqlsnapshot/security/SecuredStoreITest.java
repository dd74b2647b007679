package io.jenkins.plugins.nosqlsnapshot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.FilePath;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlStore;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jenkins.util.VirtualFile;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A secured store whose login is a Secret file credential, a named store, and the build page, in a real Jenkins
 * against the fake admin (which refuses to start without {@code -security}).
 */
@WithJenkins
class SecuredStoreITest {
    private static final String SECRET = "PLANTED-pwdfile-5ecret";
    private static final String HEALTHY = "261124-200120-BATCH";

    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void installFakeAdmin() throws Exception {
        admin = FakeAdminInstall.into(folder);
        Path scripts = folder.resolve("fake-admin");
        Files.writeString(
                scripts.resolve("secured.script"),
                "@args-must-contain -security\n" + Files.readString(scripts.resolve("healthy.script")));
    }

    private static void addLogin(String id, boolean noPrompt) throws Exception {
        byte[] zip = Zips.of(Map.of(
                "security/client.security",
                        "oracle.kv.auth.username=backup\noracle.kv.auth.pwdfile.file=login.pwd\n"
                                + (noPrompt ? "oracle.kv.password.noPrompt=true\n" : ""),
                "security/login.pwd", SECRET + "\n"));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new FileCredentialsImpl(
                        CredentialsScope.GLOBAL, id, "kv login", "security.zip", SecretBytes.fromBytes(zip)));
    }

    /** Every file below {@code dir}, in its sub-directories too (the report has {@code web/}). */
    private static List<VirtualFile> files(VirtualFile dir) throws java.io.IOException {
        List<VirtualFile> files = new java.util.ArrayList<>();
        for (VirtualFile child : dir.list()) {
            if (child.isDirectory()) {
                files.addAll(files(child));
            } else {
                files.add(child);
            }
        }
        return files;
    }

    @Test
    void secretFileLoginIsUnpackedUsedAndRemovedAndNeverShown(JenkinsRule j) throws Exception {
        addLogin("kv-login", true);
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", "BATCH");
        builder.setAdminCommand(admin.adminCommand("secured.script"));
        builder.setCredentialsId("kv-login");
        p.getBuildersList().add(builder);
        FreeStyleBuild b = j.buildAndAssertSuccess(p);
        j.assertLogContains("-security ", b);
        j.assertLogNotContains(SECRET, b);
        List<VirtualFile> archived = files(b.getArtifactManager().root().child("nosql-snapshot/" + HEALTHY));
        assertTrue(archived.stream().anyMatch(f -> f.getName().equals("report.json")), archived.toString());
        for (VirtualFile file : archived) {
            try (var in = file.open()) {
                assertFalse(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(SECRET), file.getName());
            }
        }
        assertFalse(b.getEnvironment(TaskListener.NULL).toString().contains(SECRET));
        FilePath tmp = WorkspaceList.tempDir(b.getWorkspace());
        List<FilePath> left = tmp.exists() ? tmp.list() : List.of();
        assertTrue(left.stream().noneMatch(f -> f.getName().startsWith("nosql-snapshot-login-")), left.toString());

        NosqlSnapshotAction action = b.getAction(NosqlSnapshotAction.class);
        assertNotNull(action);
        assertEquals("SUCCESS", action.getSummary().getVerdict());
        assertTrue(j.createWebClient()
                .getPage(b, action.getUrlName())
                .asNormalizedText()
                .contains("rg1"));
        assertTrue(j.createWebClient().getPage(p).asNormalizedText().contains(HEALTHY));
    }

    /**
     * A login file without {@code oracle.kv.password.noPrompt=true} is only warned about (KVLite's generated
     * {@code user.security} lacks the line and logs in from its password file): the snapshot goes on.
     */
    @Test
    void aLoginFileWithoutNoPromptIsWarnedAboutAndWorksWhileItsPasswordFileAnswers(JenkinsRule j) throws Exception {
        addLogin("kv-prompting", false);
        FreeStyleBuild b = j.buildAndAssertSuccess(securedProject(j, "kv-prompting", "secured.script"));
        j.assertLogContains("does not set oracle.kv.password.noPrompt=true", b);
        j.assertLogContains("Add the line oracle.kv.password.noPrompt=true", b);
        j.assertLogNotContains(SECRET, b);
        assertEquals("SUCCESS", b.getEnvironment(TaskListener.NULL).get("NOSQL_SNAPSHOT_VERDICT"));
    }

    /** Should the admin CLI ask for a password after all, the run ends at that prompt, with what to add. */
    @Test
    void anAdminThatAsksForAPasswordEndsTheRunAtOnceWithWhatToAdd(JenkinsRule j) throws Exception {
        addLogin("kv-prompting", false);
        Path scripts = folder.resolve("fake-admin");
        Files.writeString(
                scripts.resolve("prompting.script"),
                "@args-must-contain -security\n@start prompt backup's password:\n"
                        + Files.readString(scripts.resolve("healthy.script")));
        FreeStyleBuild b =
                j.buildAndAssertStatus(Result.FAILURE, securedProject(j, "kv-prompting", "prompting.script"));
        j.assertLogContains("does not set oracle.kv.password.noPrompt=true", b);
        j.assertLogContains("the admin CLI asked for a password (\"backup's password:\")", b);
        j.assertLogContains("Put oracle.kv.password.noPrompt=true in the security file", b);
        j.assertLogContains("[PASSWORD_PROMPT]", b);
        j.assertLogNotContains("snapshot create", b);
        j.assertLogNotContains(SECRET, b);
        assertEquals("FAILURE", b.getEnvironment(TaskListener.NULL).get("NOSQL_SNAPSHOT_VERDICT"));
        assertEquals("BATCH", b.getEnvironment(TaskListener.NULL).get("NOSQL_SNAPSHOT_NAME"));
        assertTrue(b.getArtifactManager()
                .root()
                .child("nosql-snapshot/BATCH/report.json")
                .isFile());
    }

    private FreeStyleProject securedProject(JenkinsRule j, String credentialsId, String script) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", "BATCH");
        builder.setAdminCommand(admin.adminCommand(script));
        builder.setCredentialsId(credentialsId);
        p.getBuildersList().add(builder);
        return p;
    }

    @Test
    void aZipWithTwoLoginFilesIsAFailureReportWithTheVariables(JenkinsRule j) throws Exception {
        String login = "oracle.kv.auth.username=backup\noracle.kv.auth.pwdfile.file=login.pwd\n"
                + "oracle.kv.password.noPrompt=true\n";
        byte[] zip = Zips.of(Map.of(
                "security/a.security", login, "security/b.security", login, "security/login.pwd", SECRET + "\n"));
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new FileCredentialsImpl(
                        CredentialsScope.GLOBAL, "kv-two", "kv login", "security.zip", SecretBytes.fromBytes(zip)));
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", "BATCH");
        builder.setAdminCommand(admin.adminCommand("secured.script"));
        builder.setCredentialsId("kv-two");
        p.getBuildersList().add(builder);
        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);
        j.assertLogContains("[LOGIN_INVALID]", b);
        j.assertLogNotContains("java.io.IOException", b);
        j.assertLogNotContains(SECRET, b);
        assertEquals("FAILURE", b.getEnvironment(TaskListener.NULL).get("NOSQL_SNAPSHOT_VERDICT"));
        assertTrue(b.getArtifactManager()
                .root()
                .child("nosql-snapshot/BATCH/report.json")
                .isFile());
    }

    @Test
    void aNamedStoreSuppliesTheConnection(JenkinsRule j) throws Exception {
        NosqlStore store = new NosqlStore("prod", "127.0.0.1:5000");
        store.setAdminCommand(admin.adminCommand("healthy.script"));
        store.setOnPartial("FAILURE");
        NosqlSnapshotConfiguration.get().setStores(List.of(store));
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(new NosqlSnapshotBuilder("prod", "BATCH"));
        FreeStyleBuild b = j.buildAndAssertSuccess(p);
        j.assertLogContains("Taking snapshot 'BATCH' of store 'prod' (127.0.0.1:5000)", b);
    }
}
