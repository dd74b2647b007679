package io.jenkins.plugins.nosqlsnapshot.security;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.ParametersAction;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.model.StringParameterValue;
import hudson.model.User;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlStore;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code store: '${STORE}'} can choose a named store by a build parameter, and a named store brings its login. Only
 * a user who could use the job's credentials (Credentials/UseItem, implied by Configure) may choose one that way, as
 * the credentials plugin rules for a credentials parameter; a user with Build only gets one line and no admin session.
 */
@WithJenkins
class ChosenStoreITest {
    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void installFakeAdmin() throws Exception {
        admin = FakeAdminInstall.into(folder);
        admin.securedScript();
    }

    /** Store 'prod' logs in with a job credential; the job takes the store from parameter STORE. */
    private FreeStyleProject jobChoosingTheStore(JenkinsRule j, String store) throws Exception {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ, Item.BUILD)
                .everywhere()
                .to("bob", "carol")
                .grant(Item.CONFIGURE)
                .everywhere()
                .to("carol"));
        User.getById("bob", true);
        User.getById("carol", true);
        byte[] zip = Zips.securityDirectory("not-a-real-password", true);
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new FileCredentialsImpl(
                        CredentialsScope.GLOBAL, "prod-login", "prod", "security.zip", SecretBytes.fromBytes(zip)));
        NosqlStore prod = new NosqlStore("prod", "127.0.0.1:5000");
        prod.setAdminCommand(admin.adminCommand("secured.script"));
        prod.setCredentialsId("prod-login");
        NosqlSnapshotConfiguration.get().setStores(List.of(prod));
        FreeStyleProject p = j.createFreeStyleProject();
        p.addProperty(new ParametersDefinitionProperty(new StringParameterDefinition("STORE", "prod", "")));
        p.getBuildersList().add(new NosqlSnapshotBuilder(store, "BATCH"));
        return p;
    }

    private static FreeStyleBuild startedBy(JenkinsRule j, FreeStyleProject p, Cause cause) throws Exception {
        return j.waitForCompletion(
                p.scheduleBuild2(0, cause, new ParametersAction(new StringParameterValue("STORE", "prod")))
                        .waitForStart());
    }

    @Test
    void aUserWithBuildOnlyCannotChooseAStoreWithALoginByAParameter(JenkinsRule j) throws Exception {
        FreeStyleProject p = jobChoosingTheStore(j, "${STORE}");
        FreeStyleBuild b = startedBy(j, p, new Cause.UserIdCause("bob"));
        j.assertBuildStatus(Result.FAILURE, b);
        j.assertLogContains(
                "store '${STORE}' expanded to 'prod', a named store with a login, and 'bob', who started the build,"
                        + " may not use this job's credentials",
                b);
        j.assertLogNotContains("Starting the admin CLI", b);
        j.assertLogNotContains("Holding the lock", b);
        j.assertLogNotContains("Exception", b);
    }

    @Test
    void aUserWhoMayConfigureTheJobMayChooseIt(JenkinsRule j) throws Exception {
        FreeStyleProject p = jobChoosingTheStore(j, "${STORE}");
        FreeStyleBuild b = startedBy(j, p, new Cause.UserIdCause("carol"));
        j.assertBuildStatus(Result.SUCCESS, b);
        j.assertLogContains("Taking snapshot 'BATCH' of store 'prod' (127.0.0.1:5000)", b);
        j.assertLogContains("-security ", b);
    }

    @Test
    void aTimerBuildRunsWithTheDefaultsSomeoneWithConfigureSet(JenkinsRule j) throws Exception {
        FreeStyleProject p = jobChoosingTheStore(j, "${STORE}");
        FreeStyleBuild b = startedBy(j, p, new TimerTrigger.TimerTriggerCause());
        j.assertBuildStatus(Result.SUCCESS, b);
        j.assertLogContains("-security ", b);
    }

    @Test
    void aBuildStartedRemotelyByATokenCannotChooseIt(JenkinsRule j) throws Exception {
        FreeStyleProject p = jobChoosingTheStore(j, "${STORE}");
        FreeStyleBuild b = startedBy(j, p, new Cause.RemoteCause("203.0.113.7", "token"));
        j.assertBuildStatus(Result.FAILURE, b);
        j.assertLogContains("the build was started remotely or by a build that cannot be found", b);
        j.assertLogNotContains("Starting the admin CLI", b);
    }

    @Test
    void aStoreWrittenIntoTheJobNeedsNoCheck(JenkinsRule j) throws Exception {
        FreeStyleProject p = jobChoosingTheStore(j, "prod");
        FreeStyleBuild b = startedBy(j, p, new Cause.UserIdCause("bob"));
        j.assertBuildStatus(Result.SUCCESS, b);
        j.assertLogContains("-security ", b);
    }
}
