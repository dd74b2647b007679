package io.jenkins.plugins.nosqlsnapshot.security;

import com.cloudbees.plugins.credentials.CredentialsParameterDefinition;
import com.cloudbees.plugins.credentials.CredentialsParameterValue;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Cause;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.ParametersAction;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code credentialsId: '${KV_LOGIN}'} with a Credentials parameter: the id reaches
 * {@code CredentialsProvider.findCredentialById} unexpanded, so the credentials plugin resolves the parameter and
 * checks the user who started the build. A user-scoped credential of that user resolves ({@code USE_OWN}, implied by
 * Build); a user with Build only cannot pick a job credential ({@code USE_ITEM}, implied by Configure), nor another
 * user's; a user with Configure can pick the job's.
 */
@WithJenkins
class CredentialsParameterITest {
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

    private static FileCredentialsImpl login(CredentialsScope scope, String id) throws Exception {
        byte[] zip = Zips.of(Map.of(
                "security/client.security",
                "oracle.kv.auth.username=backup\noracle.kv.auth.pwdfile.file=login.pwd\n"
                        + "oracle.kv.password.noPrompt=true\n",
                "security/login.pwd",
                "not-a-real-password\n"));
        return new FileCredentialsImpl(scope, id, "kv login", "security.zip", SecretBytes.fromBytes(zip));
    }

    private FreeStyleProject parameterisedJob(JenkinsRule j) throws Exception {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ, Item.BUILD)
                .everywhere()
                .to("alice", "bob", "carol")
                .grant(Item.CONFIGURE)
                .everywhere()
                .to("carol"));
        SystemCredentialsProvider.getInstance().getCredentials().add(login(CredentialsScope.GLOBAL, "kv-job-login"));
        SystemCredentialsProvider.getInstance().save();
        User alice = User.getById("alice", true);
        User.getById("bob", true);
        User.getById("carol", true);
        try (ACLContext ignored = ACL.as(alice)) {
            CredentialsStore own =
                    CredentialsProvider.lookupStores(alice).iterator().next();
            own.addCredentials(Domain.global(), login(CredentialsScope.USER, "alice-login"));
        }
        FreeStyleProject p = j.createFreeStyleProject();
        p.addProperty(new ParametersDefinitionProperty(new CredentialsParameterDefinition(
                "KV_LOGIN", "the store login", "", FileCredentials.class.getName(), false)));
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", "BATCH");
        builder.setAdminCommand(admin.adminCommand("secured.script"));
        builder.setCredentialsId("${KV_LOGIN}");
        p.getBuildersList().add(builder);
        return p;
    }

    private static FreeStyleBuild startedBy(JenkinsRule j, FreeStyleProject p, String user, String credential)
            throws Exception {
        return j.waitForCompletion(p.scheduleBuild2(
                        0,
                        new Cause.UserIdCause(user),
                        new ParametersAction(new CredentialsParameterValue("KV_LOGIN", credential, "")))
                .waitForStart());
    }

    @Test
    void aUserScopedCredentialChosenByTheUserWhoStartsTheBuildResolves(JenkinsRule j) throws Exception {
        FreeStyleProject p = parameterisedJob(j);
        FreeStyleBuild b = startedBy(j, p, "alice", "alice-login");
        j.assertBuildStatus(Result.SUCCESS, b);
        j.assertLogContains("-security ", b);
    }

    @Test
    void aUserWithBuildOnlyCannotPickACredentialTheyMayNotUse(JenkinsRule j) throws Exception {
        FreeStyleProject p = parameterisedJob(j);
        // the job's credential needs USE_ITEM (Configure); bob has Build only
        FreeStyleBuild jobs = startedBy(j, p, "bob", "kv-job-login");
        j.assertBuildStatus(Result.FAILURE, jobs);
        j.assertLogContains("No Secret file credential with ID '${KV_LOGIN}' is available to this build", jobs);
        j.assertLogNotContains("-security ", jobs);
        // another user's own credential is never bob's
        FreeStyleBuild alices = startedBy(j, p, "bob", "alice-login");
        j.assertBuildStatus(Result.FAILURE, alices);
        j.assertLogContains("No Secret file credential with ID '${KV_LOGIN}'", alices);
    }

    @Test
    void aUserWhoMayConfigureTheJobCanPickTheJobsCredential(JenkinsRule j) throws Exception {
        FreeStyleProject p = parameterisedJob(j);
        FreeStyleBuild b = startedBy(j, p, "carol", "kv-job-login");
        j.assertBuildStatus(Result.SUCCESS, b);
        j.assertLogContains("-security ", b);
    }
}
