package io.jenkins.plugins.nosqlsnapshot.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jenkins.model.ArtifactManager;
import jenkins.model.ArtifactManagerConfiguration;
import jenkins.model.ArtifactManagerFactory;
import jenkins.model.ArtifactManagerFactoryDescriptor;
import jenkins.model.StandardArtifactManager;
import jenkins.util.VirtualFile;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A step stopped while its archive hangs (a slow artifact store, a hung agent channel) must not freeze the build:
 * workflow-cps calls {@code stop()} on the CPS VM thread, which every branch needs. Here a {@code timeout} stops
 * {@code nosqlSnapshot} while the report's archive blocks, ignoring interrupts; a parallel branch must keep running,
 * and the stopped step adds nothing to the build afterwards.
 */
@WithJenkins
class StoppingAStepITest {
    /** Entered by the archive; released by the test. */
    static final CountDownLatch ARCHIVING = new CountDownLatch(1);

    static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final Pattern TICK = Pattern.compile("tick (\\d+)");

    @TempDir
    Path folder;

    private static int lastTick(WorkflowRun b) throws IOException {
        Matcher m = TICK.matcher(b.getLog());
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    private static void await(String what, long seconds, Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.done()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + seconds + " s for " + what);
            }
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean done() throws Exception;
    }

    @Test
    void aTimeoutDuringAHungArchiveLeavesTheOtherBranchRunning(JenkinsRule j) throws Exception {
        FakeAdminInstall admin = FakeAdminInstall.into(folder);
        ArtifactManagerConfiguration.get().getArtifactManagerFactories().add(new HangingArchives());
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "parallel(\n"
                        + "  snapshot: {\n"
                        + "    timeout(time: 30, unit: 'SECONDS') {\n"
                        + "      node { nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BATCH', adminCommand: "
                        + admin.groovyAdminCommand("healthy.script") + " }\n"
                        + "    }\n"
                        + "  },\n"
                        + "  other: {\n"
                        + "    for (int i = 1; i <= 3000; i++) { echo \"tick ${i}\"; sleep(time: 100, unit: 'MILLISECONDS') }\n"
                        + "  })",
                true));
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        try {
            assertTrue(ARCHIVING.await(2, TimeUnit.MINUTES), "the snapshot reached its archive");
            // the timeout stops the step on the CPS VM thread while the archive still hangs
            await("the timeout", 90, () -> b.getLog().contains("Cancelling nested steps due to timeout"));
            int atStop = lastTick(b);
            await("the other branch to go on (last tick " + atStop + ")", 60, () -> lastTick(b) >= atStop + 5);
            assertTrue(b.isBuilding());
        } finally {
            RELEASE.countDown();
        }
        j.waitForMessage("The step was stopped", b);
        b.doStop();
        j.waitForCompletion(b);
        assertNull(b.getAction(NosqlSnapshotAction.class), "a stopped step adds no snapshot page");
        assertFalse(b.getLog().contains("NoSQL snapshot '261124-200120-BATCH' succeeded"), b.getLog());
    }

    /** An artifact store whose archive never returns until the test lets it, whatever interrupts it. */
    static final class HangingArchives extends ArtifactManagerFactory {
        @Override
        public ArtifactManager managerFor(Run<?, ?> build) {
            return new HangingArchive(build);
        }

        @TestExtension
        public static final class DescriptorImpl extends ArtifactManagerFactoryDescriptor {}
    }

    static final class HangingArchive extends ArtifactManager {
        private transient Run<?, ?> build;

        HangingArchive(Run<?, ?> build) {
            this.build = build;
        }

        @Override
        public void onLoad(Run<?, ?> build) {
            this.build = build;
        }

        @Override
        public void archive(
                FilePath workspace, Launcher launcher, BuildListener listener, Map<String, String> artifacts) {
            ARCHIVING.countDown();
            boolean released = false;
            while (!released) {
                try {
                    released = RELEASE.await(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    // a hung channel does not care
                }
            }
        }

        @Override
        public boolean delete() {
            return false;
        }

        @Override
        public VirtualFile root() {
            return new StandardArtifactManager(build).root();
        }
    }
}
