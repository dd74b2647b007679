package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreRunbook;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.SavedSnapshot;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.Prune;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionHistory;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.SnapshotThenPrune;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleResult;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps' Jenkins-free mapping end to end against the engine's fake admin (documents captured from the real
 * 25.3 store): settings to engine options, the engine's answer to the build effect and the returned map. The glue
 * between them (lock, artifacts, launcher) is covered by {@code LifecycleStepsITest} in the real build.
 */
class LifecycleToEngineTest {
    private static final String BATCH = "261124-200120-BATCH";
    private static final UnaryOperator<String> ENV = s -> s;

    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void install() throws Exception {
        admin = FakeAdminInstall.into(folder);
    }

    /** What nosqlSnapshot archives for BATCH, read back as an earlier build's artifacts would be. */
    private SavedSnapshot savedBatch() throws Exception {
        SnapshotSettings settings = new SnapshotSettings("127.0.0.1:5000", "BATCH");
        settings.setAdminCommand(admin.adminCommand("healthy.script"));
        RunResult run = new SnapshotRun(new LocalProcessRunner(), null)
                .execute(settings.adminTarget(ENV), settings.request(ENV));
        Map<String, String> files = ReportFiles.render(run.report(), run.topologyDocument());
        return SavedSnapshot.parse(
                files.get(ReportFiles.REPORT_JSON), files.get(ReportFiles.TOPOLOGY_JSON), "build #1");
    }

    private RestoreReadiness check(RestoreCheckSettings settings) throws Exception {
        SnapshotSettings c = settings.connection();
        return new RestoreCheck(new LocalProcessRunner(), null)
                .check(
                        c.adminTarget(ENV),
                        savedBatch(),
                        settings.commands(ENV, c.adminTarget(ENV)),
                        LifecycleMapping.limits(c.getCommandTimeoutMinutes(), c.getTimeoutMinutes()));
    }

    @Test
    void restoreCheckOfAnUnchangedStoreKeepsTheResultAndReturnsTheStartCommands() throws Exception {
        RestoreCheckSettings settings = new RestoreCheckSettings("127.0.0.1:5000");
        settings.setFromBuild("1");
        settings.setKvstoreJarOnNodes("/opt/kv/lib/kvstore.jar");
        settings.connection().setAdminCommand(admin.adminCommand("lifecycle-healthy.script"));
        RestoreReadiness readiness = check(settings);

        assertEquals(
                BuildOutcome.Effect.KEEP_RESULT, LifecycleOutcome.of(readiness).effect());
        Map<String, Object> map =
                LifecycleResult.restoreCheck(readiness, "nosql-snapshot/" + BATCH + "/restore-check.json", "build #1");
        assertEquals(LifecycleResult.restoreCheckKeys(), List.copyOf(map.keySet()));
        assertEquals("IN_PLACE", map.get("path"));
        assertEquals("SUCCESS", map.get("verdict"));
        assertEquals(BATCH, map.get("snapshotName"));
        assertEquals(List.of(), map.get("differences"));
        List<?> steps = (List<?>) map.get("steps");
        assertFalse(steps.isEmpty());
        assertTrue(steps.stream()
                .map(s -> (String) ((Map<?, ?>) s).get("command"))
                .anyMatch(c -> c.contains("{ setsid nohup java -jar /opt/kv/lib/kvstore.jar start ")
                        && c.contains("-restore-from-snapshot " + BATCH)));
        assertEquals(
                List.of(
                        RestoreRunbook.COST,
                        RestoreRunbook.RESTORE_MODE,
                        RestoreRunbook.RUN_ONCE,
                        RestoreRunbook.NOT_A_SCRIPT,
                        RestoreRunbook.JVM_OPTIONS,
                        RestoreRunbook.CANNOT_TELL),
                map.get("warnings"));
        for (Object step : steps) {
            assertEquals(LifecycleResult.restoreStepKeys(), List.copyOf(((Map<?, ?>) step).keySet()));
        }
        Map<?, ?> cleanPing = (Map<?, ?>) steps.get(9);
        assertEquals("WAIT", cleanPing.get("kind"));
        assertEquals("VERIFY", cleanPing.get("phase"));
        assertEquals(RestoreRunbook.WAIT_RUNNING, cleanPing.get("wait"));
        assertEquals(300, cleanPing.get("timeLimitSeconds"));
        assertEquals(
                "java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json", cleanPing.get("command"));
        assertTrue(((List<?>) cleanPing.get("logFiles")).contains("/opt/oracle/kvroot/sn1-restore.log"));
        Map<?, ?> dataCheck = (Map<?, ?>) steps.get(10);
        assertEquals("VERIFY_DATA", dataCheck.get("kind"));
        assertEquals(
                "java -jar /opt/kv/lib/kvstore.jar runadmin -host 127.0.0.1 -port 5000 -store kvstore get table"
                        + " -name <TABLE>",
                dataCheck.get("command"));
        List<Map<?, ?>> restores = steps.stream()
                .<Map<?, ?>>map(s -> (Map<?, ?>) s)
                .filter(s -> ((String) s.get("command")).contains("-restore-from-snapshot"))
                .toList();
        assertEquals(3, restores.size());
        assertTrue(restores.stream()
                .allMatch(s -> Boolean.TRUE.equals(s.get("runOnce"))
                        && "RESTORE".equals(s.get("phase"))
                        && ((String) s.get("warning")).contains("run this line exactly once")));
        Map<?, ?> last = (Map<?, ?>) steps.get(steps.size() - 1);
        assertEquals("ROLLING_RESTART", last.get("phase"));
        assertEquals("sn3", last.get("storageNode"));
        assertEquals(
                "setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3 < /dev/null >"
                        + " /opt/oracle/kvroot/sn3-start.log 2>&1 &",
                ((Map<?, ?>) steps.get(steps.size() - 2)).get("command"));
        assertEquals(3, ((List<?>) map.get("shardSources")).size());
        assertEquals(1, map.get("adminLaunches"));
        assertSerializable(map);
    }

    @Test
    void restoreCheckAgainstAnUnreachableAdminFailsTheStep() throws Exception {
        RestoreCheckSettings settings = new RestoreCheckSettings("127.0.0.1:5000");
        settings.connection().setAdminCommand(admin.adminCommand("connect-fail.script"));
        RestoreReadiness readiness = check(settings);

        BuildOutcome outcome = LifecycleOutcome.of(readiness);
        assertEquals(BuildOutcome.Effect.ABORT, outcome.effect());
        assertTrue(outcome.message().startsWith("Restore check of '" + BATCH + "': UNKNOWN - "), outcome.message());
    }

    @Test
    void pruneDryRunReturnsWhatWouldGoAndKeepsTheResult() throws Exception {
        SnapshotSettings settings = new SnapshotSettings("127.0.0.1:5000", "PERF");
        settings.setAdminCommand(admin.adminCommand("lifecycle-healthy.script"));
        settings.setKeep(3);
        // the fixtures' snapshots were taken on 2026-11-24 around 20:00 (store time)
        Clock clock = Clock.fixed(
                LocalDateTime.of(2026, 11, 24, 20, 5).atZone(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
        PruneReport report = new Prune(new LocalProcessRunner(), null, clock)
                .prune(
                        settings.adminTarget(ENV),
                        LifecycleMapping.retention("PERF", settings.getKeep(), settings.getMaxAge(), true),
                        RetentionHistory.NONE,
                        LifecycleMapping.limits(5, 30));

        assertEquals(
                BuildOutcome.Effect.KEEP_RESULT, LifecycleOutcome.of(report).effect());
        assertEquals(
                "Prune of snapshots named yyMMdd-HHmmss-PERF: SUCCESS - dry run: 9 of 12 snapshots named"
                        + " yyMMdd-HHmmss-PERF would be removed, 3 kept",
                LifecycleOutcome.of(report).message());
        Map<String, Object> map = LifecycleResult.prune(report, "nosql-snapshot/prune-PERF/prune.json");
        assertEquals(3, ((List<?>) map.get("kept")).size());
        assertEquals(9, ((List<?>) map.get("wouldRemove")).size());
        assertEquals(List.of(), map.get("removed"));
        assertEquals(true, map.get("dryRun"));
        assertSerializable(map);
        // a good snapshot stays good: its prune had nothing to complain about
        SnapshotReport healthy = Reports.healthy();
        assertEquals(
                BuildOutcome.of(healthy),
                LifecycleOutcome.afterSnapshot(healthy, SnapshotThenPrune.combined(healthy.verdict(), report), report));
    }

    @Test
    void removalsTheStoreDidNotConfirmMarkAGoodSnapshotUnstableButNeverFailIt() throws Exception {
        SnapshotSettings settings = new SnapshotSettings("127.0.0.1:5000", "PERF");
        settings.setAdminCommand(admin.adminCommand("lifecycle-sn3-down.script"));
        Clock clock = Clock.fixed(
                LocalDateTime.of(2026, 11, 24, 20, 5).atZone(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
        PruneReport report = new Prune(new LocalProcessRunner(), null, clock)
                .prune(
                        settings.adminTarget(ENV),
                        LifecycleMapping.retention("PERF", 3, null, false),
                        RetentionHistory.NONE,
                        LifecycleMapping.limits(5, 30));

        assertEquals(
                BuildOutcome.Effect.MARK_UNSTABLE, LifecycleOutcome.of(report).effect());
        Map<String, Object> map = LifecycleResult.prune(report, null);
        assertEquals(9, ((List<?>) map.get("notRemoved")).size());
        assertNull(map.get("reportPath"));
        // the build gets the engine's verdict of the whole flow; the glue only words it
        SnapshotReport healthy = Reports.healthy();
        Verdict combined = SnapshotThenPrune.combined(healthy.verdict(), report);
        assertEquals(Verdict.UNSTABLE, combined);
        BuildOutcome after = LifecycleOutcome.afterSnapshot(healthy, combined, report);
        assertEquals(BuildOutcome.Effect.MARK_UNSTABLE, after.effect());
        assertTrue(after.message().startsWith(BuildOutcome.of(healthy).message() + "; but the prune afterwards is"));
        assertTrue(after.message().contains("(9 not removed)"), after.message());
        SnapshotReport failed = Reports.configFailed();
        assertEquals(
                BuildOutcome.of(failed),
                LifecycleOutcome.afterSnapshot(failed, SnapshotThenPrune.combined(failed.verdict(), report), report));
    }

    private static void assertSerializable(Map<String, Object> map) throws Exception {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(map);
        }
    }
}
