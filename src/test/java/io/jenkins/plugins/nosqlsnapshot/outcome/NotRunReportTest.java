package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A login that cannot be used is found before the admin starts, once the snapshot request exists: it becomes the
 * engine's not-run FAILURE report, so the build writes report.json, archives it and leaves the variables as for
 * any other FAILURE (the glue that does it is {@code SnapshotPerformer}; its ITest is {@code SecuredStoreITest}).
 */
class NotRunReportTest {
    @Test
    void aLoginThatWouldPromptIsAFailureReportInTheRequestedNamesDirectory() {
        SnapshotSettings settings = new SnapshotSettings("127.0.0.1:5000", "BATCH");
        SnapshotReport report = SnapshotRun.notRun(
                        settings.request(s -> s),
                        ReasonCode.LOGIN_INVALID.reason(
                                "The login file client.security has no oracle.kv.password.noPrompt=true"))
                .report();

        assertEquals("FAILURE", report.verdict().name());
        assertEquals("nosql-snapshot/BATCH", ReportLayout.directory(report));
        assertTrue(ReportFiles.render(report, null).containsKey(ReportFiles.REPORT_JSON));
        BuildOutcome outcome = BuildOutcome.of(report);
        assertEquals(BuildOutcome.Effect.ABORT, outcome.effect());
        assertTrue(outcome.message().startsWith("NoSQL snapshot 'BATCH' FAILED: The login file"), outcome.message());
        assertTrue(outcome.message().endsWith("[LOGIN_INVALID]"), outcome.message());
        String name = report.snapshotName() != null ? report.snapshotName() : report.requestedName();
        assertEquals(
                Map.of(SnapshotEnvironment.NAME, "BATCH", SnapshotEnvironment.VERDICT, "FAILURE"),
                SnapshotEnvironment.variables(name, report.verdict().name()));
    }
}
