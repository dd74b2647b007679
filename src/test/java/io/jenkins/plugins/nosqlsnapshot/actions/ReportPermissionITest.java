package io.jenkins.plugins.nosqlsnapshot.actions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.nio.file.Path;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The snapshot's page shows what the archived {@code report.json} holds (problems, hosts, snapshot directories) only
 * to whom Jenkins shows the build's artifacts: with {@code hudson.security.ArtifactsPermission} on, that takes
 * Run/Artifacts, as {@code Run.doArtifact} checks; the verdict line from the build record stays visible with
 * Item/Read.
 */
@WithJenkins
class ReportPermissionITest {
    private static final String PROPERTY = "hudson.security.ArtifactsPermission";
    private static final String HEALTHY = "261124-200120-BATCH";
    /** A snapshot directory of the captured store (every path of its report starts so). */
    private static final String PATH = "/u01/nosql/data/sn1/disk1";

    @TempDir
    Path folder;

    private JenkinsRule j;
    private FreeStyleBuild build;
    private NosqlSnapshotAction action;

    @BeforeEach
    void oneSnapshotAndTwoReaders(JenkinsRule rule) throws Exception {
        j = rule;
        FakeAdminInstall admin = FakeAdminInstall.into(folder);
        FreeStyleProject p = j.createFreeStyleProject("backup");
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", "BATCH");
        builder.setAdminCommand(admin.adminCommand("healthy.script"));
        p.getBuildersList().add(builder);
        build = j.buildAndAssertSuccess(p);
        action = build.getAction(NosqlSnapshotAction.class);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader", "auditor")
                .grant(Run.ARTIFACTS)
                .everywhere()
                .to("auditor"));
    }

    @AfterEach
    void permissionOff() {
        System.clearProperty(PROPERTY);
    }

    private String page(String user, String path) throws Exception {
        return j.createWebClient().login(user).goTo(path).asNormalizedText();
    }

    private String json(String user, String path) throws Exception {
        return j.createWebClient()
                .login(user)
                .goTo(path, "application/json")
                .getWebResponse()
                .getContentAsString();
    }

    @Test
    void withTheArtifactsPermissionOnAReaderWithoutItSeesTheVerdictButNoHostsOrPaths() throws Exception {
        System.setProperty(PROPERTY, "true");
        String snapshotPage = page("reader", build.getUrl() + action.getUrlName() + "/");
        assertTrue(snapshotPage.contains("NoSQL snapshot " + HEALTHY + ": SUCCESS"), snapshotPage);
        assertTrue(snapshotPage.contains("9/9 Replication Nodes"), snapshotPage);
        assertFalse(snapshotPage.contains(PATH), snapshotPage);
        assertFalse(snapshotPage.contains("Snapshot directories"), snapshotPage);
        assertFalse(snapshotPage.contains("report.json"), snapshotPage);
        assertTrue(snapshotPage.contains("Run/Artifacts"), "the page says why the tables are missing: " + snapshotPage);

        String buildPage = page("reader", build.getUrl());
        assertTrue(buildPage.contains("NoSQL snapshot " + HEALTHY + ": SUCCESS"), buildPage);
        assertFalse(buildPage.contains("report.json"), "no link to an artifact the reader may not open: " + buildPage);

        String api = json("reader", build.getUrl() + action.getUrlName() + "/api/json?depth=2");
        assertTrue(api.contains("\"verdict\":\"SUCCESS\""), api);
        assertFalse(api.contains(PATH), api);

        // Jenkins itself refuses the reader the archived report: the page shows nothing the artifact would not
        j.createWebClient()
                .login("reader")
                .assertFails(build.getUrl() + "artifact/nosql-snapshot/" + HEALTHY + "/report.json", 403);
    }

    @Test
    void withTheArtifactsPermissionOnAUserWhoHasItSeesTheTables() throws Exception {
        System.setProperty(PROPERTY, "true");
        String snapshotPage = page("auditor", build.getUrl() + action.getUrlName() + "/");
        assertTrue(snapshotPage.contains("NoSQL snapshot " + HEALTHY + ": SUCCESS"), snapshotPage);
        assertTrue(snapshotPage.contains("Snapshot directories"), snapshotPage);
        assertTrue(snapshotPage.contains(PATH), snapshotPage);
        assertTrue(snapshotPage.contains("report.json"), snapshotPage);
    }

    @Test
    void withoutThePropertyEveryReaderSeesTheTablesAsJenkinsShowsThemTheArtifacts() throws Exception {
        String snapshotPage = page("reader", build.getUrl() + action.getUrlName() + "/");
        assertTrue(snapshotPage.contains(PATH), snapshotPage);
        assertTrue(snapshotPage.contains("report.json"), snapshotPage);
        assertTrue(page("reader", build.getUrl()).contains("report.json"));
    }
}
