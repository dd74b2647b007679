package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneDecision;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneText;

/**
 * What the engine's lifecycle answers do to a build, in {@link BuildOutcome}'s terms, so every step applies them the
 * same way as {@code nosqlSnapshot}. Jenkins-free; the verdicts are the engine's ({@code RestorePath.verdict()},
 * {@code PruneReport.verdict()}), this only words them.
 */
public final class LifecycleOutcome {
    private LifecycleOutcome() {}

    /** IN_PLACE keeps the result, LOAD_REQUIRED marks it unstable, NOT_RESTORABLE and UNKNOWN fail the step. */
    public static BuildOutcome of(RestoreReadiness readiness) {
        String message = "Restore check of " + name(readiness.snapshotName()) + ": " + readiness.path() + " - "
                + readiness.summary();
        return effect(readiness.path().verdict(), message);
    }

    /** SUCCESS keeps the result, UNSTABLE (something not removed, an SN not listed) marks it, FAILURE fails. */
    public static BuildOutcome of(PruneReport report) {
        return effect(
                report.verdict(),
                "Prune of snapshots named " + PruneText.pattern(report.name()) + ": " + report.verdict() + " - "
                        + report.summary());
    }

    /**
     * A snapshot step with {@code keep}/{@code maxAge}: the build gets the engine's verdict of the whole flow
     * ({@code SnapshotThenPrune.Outcome.verdict()}); when the prune made it differ from the snapshot's own, the
     * message says why.
     *
     * @param combined the engine's verdict of the snapshot and the prune after it
     * @param prune    null when no prune ran
     */
    public static BuildOutcome afterSnapshot(SnapshotReport report, Verdict combined, PruneReport prune) {
        BuildOutcome snapshot = BuildOutcome.of(report);
        if (prune == null || combined == report.verdict()) {
            return snapshot;
        }
        int notRemoved = prune.withAction(PruneDecision.NOT_REMOVED).size();
        return effect(
                combined,
                snapshot.message() + "; but the prune afterwards is "
                        + prune.verdict() + (notRemoved > 0 ? " (" + notRemoved + " not removed)" : "") + ": "
                        + prune.summary());
    }

    private static BuildOutcome effect(Verdict verdict, String message) {
        return switch (verdict) {
            case SUCCESS -> new BuildOutcome(BuildOutcome.Effect.KEEP_RESULT, message);
            case UNSTABLE -> new BuildOutcome(BuildOutcome.Effect.MARK_UNSTABLE, message);
            case FAILURE -> new BuildOutcome(BuildOutcome.Effect.ABORT, message);
        };
    }

    private static String name(String snapshotName) {
        return snapshotName == null ? "the saved run (no snapshot)" : "'" + snapshotName + "'";
    }
}
