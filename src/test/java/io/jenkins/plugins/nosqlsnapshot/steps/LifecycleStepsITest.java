package io.jenkins.plugins.nosqlsnapshot.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreLock;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreRunbook;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlRestoreCheckBuilder;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.mapping.LockNames;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The restore check, retention and the per-store lock in a real Jenkins, against the engine's fake admin replaying
 * documents captured from a 3-SN store.
 */
@WithJenkins
class LifecycleStepsITest {
    private static final String BATCH = "261124-200120-BATCH";
    private static final String STORE = "127.0.0.1:5000";

    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void installFakeAdmin() throws Exception {
        admin = FakeAdminInstall.into(folder);
    }

    private String snapshot(String script, String name) {
        return "nosqlSnapshot store: '" + STORE + "', snapshotName: '" + name + "', adminCommand: "
                + admin.groovyAdminCommand(script);
    }

    private static StoreLock holdStoreLock(JenkinsRule j) throws Exception {
        return StoreLock.acquire(LockNames.directory(j.jenkins.getRootDir()), STORE, "the test", Duration.ZERO, null);
    }

    @Test
    void restoreCheckOfAnEarlierBuildsSnapshotIsInPlace(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node { " + snapshot("healthy.script", "BATCH") + " }", true));
        j.buildAndAssertSuccess(p);

        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  def r = nosqlRestoreCheck store: '" + STORE + "', fromBuild: '1', kvstoreJarOnNodes:"
                        + " '/opt/kv/lib/kvstore.jar', adminCommand: "
                        + admin.groovyAdminCommand("lifecycle-healthy.script")
                        + "\n  echo \"path=${r.path} name=${r.snapshotName} from=${r.savedFrom} steps=${r.steps.size()}"
                        + " report=${r.reportPath}\"\n"
                        + "  echo \"warnings=${r.warnings.size()} last=${r.steps.get(r.steps.size() - 1).kind}\"\n"
                        + "  def once = 0\n"
                        + "  for (s in r.steps) { if (s.runOnce) { once++ } }\n"
                        + "  echo \"once=${once} ping=${r.steps.get(9).phase}/${r.steps.get(9).timeLimitSeconds} s/"
                        + "${r.steps.get(9).logFiles.size()} logs data=${r.steps.get(10).kind}"
                        + " end=${r.steps.get(r.steps.size() - 1).phase}\"\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertSuccess(p);
        j.assertLogContains("path=IN_PLACE name=" + BATCH + " from=build #1 (nosql-snapshot/" + BATCH + ")", b);
        j.assertLogContains("report=nosql-snapshot/" + BATCH + "/restore-check.json", b);
        j.assertLogContains("steps=23 ", b);
        j.assertLogContains("warnings=6 last=WAIT", b);
        j.assertLogContains("once=3 ping=VERIFY/300 s/9 logs data=VERIFY_DATA end=ROLLING_RESTART", b);
        // the console shows the runbook as the CLI prints it: warnings first, then the numbered steps with the waits
        j.assertLogContains("  ! " + RestoreRunbook.COST, b);
        j.assertLogContains("  ! " + RestoreRunbook.RESTORE_MODE, b);
        j.assertLogContains("  ! " + RestoreRunbook.RUN_ONCE, b);
        j.assertLogContains("  ! " + RestoreRunbook.NOT_A_SCRIPT, b);
        j.assertLogContains("  ! " + RestoreRunbook.CANNOT_TELL, b);
        j.assertLogContains("  7. [sn1 on 127.0.0.1] RESTORE, exactly once:", b);
        j.assertLogContains("  10. Wait (at most 300 s) until " + RestoreRunbook.WAIT_RUNNING, b);
        j.assertLogContains("       check: java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json", b);
        j.assertLogContains("  11. Check that " + RestoreRunbook.VERIFY_DATA, b);
        j.assertLogContains(
                "  22. [sn3 on 127.0.0.1] setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root"
                        + " /opt/oracle/kvroot/sn3 < /dev/null > /opt/oracle/kvroot/sn3-start.log 2>&1 &",
                b);
        j.assertLogNotContains("KVHOME", b);
        j.assertLogContains("Written to nosql-snapshot/" + BATCH + "/restore-check.json and archived", b);
        assertTrue(b.getArtifactManager()
                .root()
                .child("nosql-snapshot/" + BATCH + "/restore-check.json")
                .isFile());
    }

    @Test
    void freestyleRestoreCheckOfASnapshotThatLostAShardFails(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder snapshot = new NosqlSnapshotBuilder(STORE, "BACKUP");
        snapshot.setAdminCommand(admin.adminCommand("shard-down.script"));
        p.getBuildersList().add(snapshot);
        j.buildAndAssertStatus(Result.FAILURE, p); // archives the report all the same

        p.getBuildersList().clear();
        NosqlRestoreCheckBuilder check = new NosqlRestoreCheckBuilder(STORE);
        check.setFromBuild("lastCompleted");
        check.setAdminCommand(admin.adminCommand("lifecycle-healthy.script"));
        p.getBuildersList().add(check);
        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);
        j.assertLogContains("NOT_RESTORABLE", b);
        j.assertLogContains("shard rg3 has no snapshot", b);
        j.assertLogNotContains("Read first", b);
    }

    @Test
    void restoreCheckBuilderConfigurationRoundTrips(JenkinsRule j) throws Exception {
        NosqlRestoreCheckBuilder before = new NosqlRestoreCheckBuilder("node1:5000,node2:5000");
        before.setFromBuild("lastSuccessful");
        before.setSnapshotName("pre-upgrade");
        before.setKvstoreJar("/opt/kv/lib/kvstore.jar");
        before.setLockTimeout("10m");
        j.assertEqualDataBoundBeans(before, j.configRoundtrip(before));
    }

    @Test
    void pruneDryRunSaysWhatWouldGo(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  def r = nosqlPrune store: '" + STORE + "', snapshotName: 'PERF', keep: 3, dryRun: true,"
                        + " adminCommand: " + admin.groovyAdminCommand("lifecycle-healthy.script") + "\n"
                        + "  echo \"kept=${r.kept.size()} wouldRemove=${r.wouldRemove.size()} removed=${r.removed.size()}\"\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertSuccess(p);
        j.assertLogContains("kept=3 wouldRemove=9 removed=0", b);
        j.assertLogNotContains("snapshot remove", b);
    }

    @Test
    void aBuildWaitsForTheStoreLockAndSaysWhoHoldsIt(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder snapshot = new NosqlSnapshotBuilder(STORE, "BATCH");
        snapshot.setAdminCommand(admin.adminCommand("healthy.script"));
        p.getBuildersList().add(snapshot);
        FreeStyleBuild b;
        try (StoreLock held = holdStoreLock(j)) {
            b = p.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Waiting for the lock on store " + STORE, b);
            j.assertLogContains("(the test)", b);
        }
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
    }

    @Test
    void aLockThatStaysBusyFailsTheSnapshotWithAReport(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(
                new CpsFlowDefinition("node { " + snapshot("healthy.script", "BATCH") + ", lockTimeout: '1s' }", true));
        try (StoreLock held = holdStoreLock(j)) {
            WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);
            j.assertLogContains("[LOCK_TIMEOUT]", b);
            assertTrue(b.getArtifactManager()
                    .root()
                    .child("nosql-snapshot/BATCH/report.json")
                    .isFile());
        }
    }

    @Test
    void abortingAWaitingBuildStopsTheWait(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder snapshot = new NosqlSnapshotBuilder(STORE, "BATCH");
        snapshot.setAdminCommand(admin.adminCommand("healthy.script"));
        p.getBuildersList().add(snapshot);
        try (StoreLock held = holdStoreLock(j)) {
            FreeStyleBuild b = p.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Waiting for the lock on store " + STORE, b);
            b.getExecutor().interrupt();
            j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));
            j.assertLogContains("The snapshot step was aborted; see nosql-snapshot/BATCH/report.json", b);
            j.assertLogNotContains("nosqlSnapshot was aborted", b);
        }
    }

    @Test
    void twoBuildsAgainstOneStoreNeverInterleaveTheirAdminSessions(JenkinsRule j) throws Exception {
        j.jenkins.setNumExecutors(4);
        Path log = folder.resolve("sent.log");
        String command =
                admin.adminCommand("healthy.script").replaceFirst(" -cp ", " \"-Dfake.admin.log=" + log + "\" -cp ");
        List<FreeStyleBuild> builds = new ArrayList<>();
        try (StoreLock held = holdStoreLock(j)) {
            for (String name : List.of("a", "b")) {
                FreeStyleProject p = j.createFreeStyleProject(name);
                NosqlSnapshotBuilder snapshot = new NosqlSnapshotBuilder(STORE, "BATCH");
                snapshot.setAdminCommand(command);
                p.getBuildersList().add(snapshot);
                FreeStyleBuild b = p.scheduleBuild2(0).waitForStart();
                j.waitForMessage("Waiting for the lock on store " + STORE, b);
                builds.add(b);
            }
        }
        for (FreeStyleBuild b : builds) {
            j.assertBuildStatusSuccess(j.waitForCompletion(b));
        }
        // one session after the other: "show plans ... exit", then the same again
        List<String> sent = Files.readAllLines(log);
        int firstExit = sent.indexOf("exit");
        assertEquals(sent.size(), 2 * (firstExit + 1), String.join("\n", sent));
        assertEquals(sent.subList(0, firstExit + 1), sent.subList(firstExit + 1, sent.size()));
        assertEquals("exit", sent.get(sent.size() - 1));
    }
}
