package io.jenkins.plugins.nosqlsnapshot.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code Job.getAllActions()}, which every job page and every job's {@code api/json} call, loads no build for the
 * plugin: the job's snapshot summary comes from the last successful build's snapshot action (Jenkins'
 * {@code SimpleBuildStep.LastBuildAction}, a build core loads for every job anyway), and the builds behind it are read
 * only when the job page asks for the history. Counted with the job's lazy build map after a reload, when no
 * {@code build.xml} is in memory yet.
 */
@WithJenkins
class JobActionBuildLoadsITest {
    @TempDir
    Path folder;

    /** The numbers of the builds of {@code job} that are in memory. */
    private static Set<Integer> loaded(FreeStyleProject job) {
        return new TreeSet<>(job._getRuns().getLoadedBuilds().keySet());
    }

    private static FreeStyleProject reloaded(JenkinsRule j, String name) throws Exception {
        j.jenkins.reload();
        FreeStyleProject job = j.jenkins.getItemByFullName(name, FreeStyleProject.class);
        assertNotNull(job, name);
        return job;
    }

    @Test
    void aJobThatNeverTookASnapshotLoadsNoBuildForThePlugin(JenkinsRule j) throws Exception {
        FreeStyleProject plain = j.createFreeStyleProject("plain");
        for (int i = 0; i < 12; i++) {
            j.buildAndAssertSuccess(plain);
        }
        FreeStyleProject job = reloaded(j, "plain");
        Set<Integer> before = loaded(job);
        job.getAllActions();
        Set<Integer> after = loaded(job);
        // Jenkins' own LastBuildAction factory reads the last successful build (#12) of every job; nothing else
        after.removeAll(before);
        after.remove(12);
        assertEquals(Set.of(), after, "builds loaded by getAllActions() beyond the last successful one");
    }

    @Test
    void aJobWithSnapshotsLoadsOnlyItsLastSuccessfulBuildUntilThePageAsksForTheHistory(JenkinsRule j) throws Exception {
        FakeAdminInstall admin = FakeAdminInstall.into(folder);
        FreeStyleProject p = j.createFreeStyleProject("backup");
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", "BATCH");
        builder.setAdminCommand(admin.adminCommand("healthy.script"));
        p.getBuildersList().add(builder);
        for (int i = 0; i < 3; i++) {
            j.buildAndAssertSuccess(p);
        }
        FreeStyleProject job = reloaded(j, "backup");
        Set<Integer> before = loaded(job);
        List<NosqlSnapshotProjectAction> actions = job.getAllActions().stream()
                .filter(NosqlSnapshotProjectAction.class::isInstance)
                .map(NosqlSnapshotProjectAction.class::cast)
                .toList();
        assertEquals(1, actions.size(), "one job summary: " + actions);
        Set<Integer> after = loaded(job);
        after.removeAll(before);
        after.remove(3);
        assertEquals(Set.of(), after, "builds loaded by getAllActions() beyond the last successful one");

        NosqlSnapshotProjectAction summary = actions.get(0);
        assertEquals(3, summary.getHistory().getLatest().getBuild());
        assertEquals(3, summary.getHistory().getRows().size(), "the page's table lists builds #3, #2, #1");
        String page = j.createWebClient().getPage(job).asNormalizedText();
        assertTrue(page.contains("Last NoSQL snapshot: 261124-200120-BATCH (SUCCESS, #3)"), page);
    }
}
