package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepResult;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Jenkins: builder/step settings → engine options → the engine's fake admin → verdict → build effect and
 * step map. The glue between these (Launcher, workspace, archive) is what the *ITest cover in a real Jenkins.
 */
class SettingsToEngineTest {
    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void install() throws Exception {
        admin = FakeAdminInstall.into(folder);
    }

    private SnapshotReport run(String script, String name) {
        SnapshotSettings settings = new SnapshotSettings("127.0.0.1:5000", "${NAME}");
        settings.setAdminCommand(admin.adminCommand(script));
        UnaryOperator<String> env = s -> s.replace("${NAME}", name);
        return new SnapshotRun(new LocalProcessRunner(), null)
                .execute(settings.adminTarget(env), settings.request(env))
                .report();
    }

    @Test
    void healthyStoreLeavesTheResultAndReturnsTheMap() {
        SnapshotReport report = run("healthy.script", "BATCH");
        assertEquals(BuildOutcome.Effect.KEEP_RESULT, BuildOutcome.of(report).effect());
        Map<String, Object> map = StepResult.toMap(report, ReportLayout.directory(report) + "/report.json");
        assertEquals("261124-200120-BATCH", map.get("snapshotName"));
        assertEquals("nosql-snapshot/261124-200120-BATCH/report.json", map.get("reportPath"));
        assertEquals(3, ((List<?>) map.get("shards")).size());
        assertEquals(1, map.get("adminLaunches"));
    }

    @Test
    void replicationNodeDownMarksUnstableAndShardDownAborts() {
        assertEquals(
                BuildOutcome.Effect.MARK_UNSTABLE,
                BuildOutcome.of(run("rn-down.script", "BACKUP")).effect());
        BuildOutcome lost = BuildOutcome.of(run("shard-down.script", "BACKUP"));
        assertEquals(BuildOutcome.Effect.ABORT, lost.effect());
        assertEquals(true, lost.message().contains("[SHARD_LOST]"));
    }
}
