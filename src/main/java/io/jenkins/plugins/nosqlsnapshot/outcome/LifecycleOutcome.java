package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.PruneAction;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.PruneText;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.SnapshotThenPrune;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;

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
     * A snapshot step with {@code keep}/{@code maxAge}: the snapshot's outcome decides; a prune that did not fully
     * succeed after a good snapshot marks the build unstable, never fails it (the new snapshot is fine; an old one
     * was merely not removed).
     *
     * @param prune null when no prune ran
     */
    public static BuildOutcome afterSnapshot(BuildOutcome snapshot, PruneReport prune) {
        Verdict alone =
                switch (snapshot.effect()) {
                    case KEEP_RESULT -> Verdict.SUCCESS;
                    case MARK_UNSTABLE -> Verdict.UNSTABLE;
                    case ABORT -> Verdict.FAILURE;
                };
        // the engine decides the combined verdict; this only words it
        if (SnapshotThenPrune.combined(alone, prune) == alone) {
            return snapshot;
        }
        int notRemoved = prune.withAction(PruneAction.NOT_REMOVED).size();
        return new BuildOutcome(
                BuildOutcome.Effect.MARK_UNSTABLE,
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
