package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import org.junit.jupiter.api.Test;

class BuildOutcomeTest {
    @Test
    void successLeavesTheResult() {
        BuildOutcome outcome = BuildOutcome.of(Reports.healthy());
        assertEquals(BuildOutcome.Effect.KEEP_RESULT, outcome.effect());
        assertEquals("NoSQL snapshot '251124-101500-nightly' succeeded", outcome.message());
    }

    @Test
    void unstableMarksTheBuildWithTheMostSevereReason() {
        BuildOutcome outcome = BuildOutcome.of(Reports.rnFailed());
        assertEquals(BuildOutcome.Effect.MARK_UNSTABLE, outcome.effect());
        assertEquals(
                "NoSQL snapshot '251124-101500-nightly' is UNSTABLE: rg1-rn2 has no snapshot [COMPONENT_FAILED]",
                outcome.message());
    }

    @Test
    void failureAbortsWithTheMostSevereReason() {
        BuildOutcome outcome = BuildOutcome.of(Reports.configFailed());
        assertEquals(BuildOutcome.Effect.ABORT, outcome.effect());
        assertTrue(outcome.message().endsWith("FAILED: sn1 configuration backup failed [CONFIG_FAILED]"));
    }

    @Test
    void everyVerdictHasExactlyOneEffect() {
        Reason reason = new Reason(Severity.FAILURE, "ADMIN_NOT_STARTED", "java: not found.");
        assertEquals(
                BuildOutcome.Effect.KEEP_RESULT,
                BuildOutcome.of(Verdict.SUCCESS, null, null, "n").effect());
        assertEquals(
                BuildOutcome.Effect.MARK_UNSTABLE,
                BuildOutcome.of(Verdict.UNSTABLE, reason, null, "n").effect());
        BuildOutcome failed = BuildOutcome.of(Verdict.FAILURE, reason, null, "nightly");
        assertEquals(BuildOutcome.Effect.ABORT, failed.effect());
        assertEquals("NoSQL snapshot 'nightly' FAILED: java: not found. [ADMIN_NOT_STARTED]", failed.message());
        assertEquals(3, BuildOutcome.Effect.values().length);
    }

    @Test
    void aFailureIsPrintedOnceByItsExceptionNotByTheStep() {
        assertFalse(BuildOutcome.of(Reports.configFailed()).printedByTheStep());
        assertTrue(BuildOutcome.of(Reports.healthy()).printedByTheStep());
        assertTrue(BuildOutcome.of(Reports.rnFailed()).printedByTheStep());
    }

    @Test
    void anAbortNamesTheStepAsUsersKnowItAndTheReport() {
        assertEquals(
                "The snapshot step was aborted; see nosql-snapshot/n/report.json",
                BuildOutcome.aborted("snapshot step", "nosql-snapshot/n/report.json"));
        assertEquals(
                "The prune step was aborted; no report could be written.", BuildOutcome.aborted("prune step", null));
        assertFalse(BuildOutcome.aborted("restore check step", "x").contains("nosql"));
    }
}
