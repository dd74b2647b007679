package io.jenkins.plugins.nosqlsnapshot.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreLock;
import io.jenkins.plugins.nosqlsnapshot.mapping.LockNames;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.JenkinsPerClassITestBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store session's failures are mapped once, the same for the three steps: a lock that stays busy and a login
 * that cannot be used are each step's own FAILURE report (report.json, restore-check.json, prune.json), archived, the
 * step failed with one line saying why, and never a stack trace; a setting that cannot be used stops the step with
 * one line before anything happens.
 */
class SessionFailuresITest extends JenkinsPerClassITestBase {
    private static final String STORE = "127.0.0.1:5000";
    private static final AtomicInteger JOBS = new AtomicInteger();

    private static FakeAdminInstall admin;

    @BeforeAll
    static void installFakeAdmin() throws Exception {
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "session-failures");
        admin = FakeAdminInstall.into(folder);
    }

    /** A job whose build #1 took snapshot BATCH (for the restore check); taken before the test holds the lock. */
    private static WorkflowJob jobWithASnapshot() throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "job" + JOBS.incrementAndGet());
        p.setDefinition(new CpsFlowDefinition(
                "node { nosqlSnapshot store: '" + STORE + "', snapshotName: 'BATCH', adminCommand: "
                        + admin.groovyAdminCommand("healthy.script") + " }",
                true));
        j.buildAndAssertSuccess(p);
        return p;
    }

    /** Build #2 of that job runs {@code step}. */
    private static WorkflowRun secondBuild(WorkflowJob p, String step, Result expected) throws Exception {
        p.setDefinition(new CpsFlowDefinition("node { " + step + " }", true));
        return j.buildAndAssertStatus(expected, p);
    }

    private static WorkflowRun secondBuild(String step, Result expected) throws Exception {
        return secondBuild(jobWithASnapshot(), step, expected);
    }

    private static String withAdmin(String step, String script) {
        return step + ", adminCommand: " + admin.groovyAdminCommand(script);
    }

    private static String archived(WorkflowRun b, String path) throws IOException {
        try (InputStream in = b.getArtifactManager().root().child(path).open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void noStackTrace(WorkflowRun b) throws IOException {
        j.assertLogNotContains("\tat ", b);
        j.assertLogNotContains("java.io.", b);
        j.assertLogNotContains("Exception", b);
    }

    private static StoreLock holdStoreLock() throws Exception {
        return StoreLock.acquire(LockNames.directory(j.jenkins.getRootDir()), STORE, "the test", Duration.ZERO, null);
    }

    @Test
    void aBusyLockIsTheSnapshotsFailureReport() throws Exception {
        WorkflowJob p = jobWithASnapshot();
        try (StoreLock held = holdStoreLock()) {
            WorkflowRun b = secondBuild(
                    p,
                    withAdmin(
                            "nosqlSnapshot store: '" + STORE + "', snapshotName: 'LATER', lockTimeout: '1s'",
                            "healthy.script"),
                    Result.FAILURE);
            j.assertLogContains("[LOCK_TIMEOUT]", b);
            assertTrue(archived(b, "nosql-snapshot/LATER/report.json").contains("LOCK_TIMEOUT"));
            noStackTrace(b);
        }
    }

    @Test
    void aBusyLockIsTheRestoreChecksFailureReport() throws Exception {
        WorkflowJob p = jobWithASnapshot();
        try (StoreLock held = holdStoreLock()) {
            WorkflowRun b = secondBuild(
                    p,
                    withAdmin(
                            "nosqlRestoreCheck store: '" + STORE + "', fromBuild: '1', lockTimeout: '1s'",
                            "lifecycle-healthy.script"),
                    Result.FAILURE);
            j.assertLogContains(
                    "the restore check did not run: run again when the other build has ended, or"
                            + " raise lockTimeout",
                    b);
            String json = archived(b, "nosql-snapshot/261124-200120-BATCH/restore-check.json");
            assertTrue(json.contains("\"UNKNOWN\""), json);
            assertTrue(json.contains("the restore check did not run"), json);
            j.assertLogNotContains("show topology", b);
            noStackTrace(b);
        }
    }

    @Test
    void aBusyLockIsThePrunesFailureReport() throws Exception {
        WorkflowJob p = jobWithASnapshot();
        try (StoreLock held = holdStoreLock()) {
            WorkflowRun b = secondBuild(
                    p,
                    withAdmin(
                            "nosqlPrune store: '" + STORE + "', snapshotName: 'PERF', keep: 3, lockTimeout: '1s'",
                            "lifecycle-healthy.script"),
                    Result.FAILURE);
            j.assertLogContains("nothing was removed: ", b);
            j.assertLogContains("run again when the other build has ended, or raise lockTimeout", b);
            String json = archived(b, "nosql-snapshot/prune-PERF/prune.json");
            assertTrue(json.contains("\"FAILURE\""), json);
            j.assertLogNotContains("snapshot remove", b);
            noStackTrace(b);
        }
    }

    @Test
    void aLoginThatCannotBeUsedIsEachStepsFailureReport() throws Exception {
        String login = ", credentialsId: 'no-such-login'";
        WorkflowRun snapshot = secondBuild(
                withAdmin("nosqlSnapshot store: '" + STORE + "', snapshotName: 'LATER'" + login, "healthy.script"),
                Result.FAILURE);
        j.assertLogContains("No Secret file credential with ID 'no-such-login'", snapshot);
        j.assertLogContains("[LOGIN_INVALID]", snapshot);
        assertTrue(archived(snapshot, "nosql-snapshot/LATER/report.json").contains("LOGIN_INVALID"));
        noStackTrace(snapshot);

        WorkflowRun check = secondBuild(
                withAdmin(
                        "nosqlRestoreCheck store: '" + STORE + "', fromBuild: '1'" + login, "lifecycle-healthy.script"),
                Result.FAILURE);
        j.assertLogContains("No Secret file credential with ID 'no-such-login'", check);
        j.assertLogContains("the restore check did not run: fix the login and run again", check);
        assertTrue(archived(check, "nosql-snapshot/261124-200120-BATCH/restore-check.json")
                .contains("no-such-login"));
        noStackTrace(check);

        WorkflowRun prune = secondBuild(
                withAdmin(
                        "nosqlPrune store: '" + STORE + "', snapshotName: 'PERF', keep: 3" + login,
                        "lifecycle-healthy.script"),
                Result.FAILURE);
        j.assertLogContains("nothing was removed: No Secret file credential with ID 'no-such-login'", prune);
        assertTrue(archived(prune, "nosql-snapshot/prune-PERF/prune.json").contains("no-such-login"));
        noStackTrace(prune);
    }

    @Test
    void aSettingThatCannotBeUsedStopsEachStepWithOneLineBeforeTheLock() throws Exception {
        for (String step : new String[] {
            "nosqlSnapshot store: '" + STORE + "', snapshotName: 'LATER', lockTimeout: 'soon'",
            "nosqlRestoreCheck store: '" + STORE + "', fromBuild: '1', lockTimeout: 'soon'",
            "nosqlPrune store: '" + STORE + "', snapshotName: 'PERF', keep: 3, lockTimeout: 'soon'"
        }) {
            WorkflowRun b = secondBuild(withAdmin(step, "healthy.script"), Result.FAILURE);
            j.assertLogContains("configuration error: ", b);
            j.assertLogContains("lockTimeout", b);
            j.assertLogNotContains("Holding the lock", b);
            noStackTrace(b);
        }
    }
}
