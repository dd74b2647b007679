package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;

/**
 * What the engine's verdict does to a Jenkins build. Jenkins-free, so unit tests cover it offline; the glue turns
 * {@link Effect#MARK_UNSTABLE} into {@code Result.UNSTABLE} (plus a {@code WarningAction} in Pipeline) and
 * {@link Effect#ABORT} into an {@code AbortException}. It never sets FAILURE itself and judges nothing: the verdict
 * is the engine's.
 *
 * @param message what the build log and the exception say; the most severe reason when there is one
 */
public record BuildOutcome(Effect effect, String message) {

    /** The effect on the build result. */
    public enum Effect {
        /** SUCCESS: leave the build result as it is. */
        KEEP_RESULT,
        /** UNSTABLE: mark the build (and in Pipeline the step's stage) unstable, and go on. */
        MARK_UNSTABLE,
        /** FAILURE: stop the build step with an error (after the report was written and archived). */
        ABORT
    }

    /**
     * Whether the build log shows {@link #message()} itself. A FAILURE is not printed: its exception carries the
     * message and Jenkins prints that once ({@code ERROR: ...}).
     */
    public boolean printedByTheStep() {
        return effect != Effect.ABORT;
    }

    /**
     * What the log and the exception say when a build is aborted while a step runs; {@code step} is how the user
     * knows it (e.g. {@code the snapshot step}), the same in freestyle and Pipeline.
     */
    public static String aborted(String step, String reportPath) {
        return "The " + step + " was aborted"
                + (reportPath == null ? "; no report could be written." : "; see " + reportPath);
    }

    public static BuildOutcome of(SnapshotReport report) {
        return of(report.verdict(), report.mostSevereReason(), report.snapshotName(), report.requestedName());
    }

    static BuildOutcome of(Verdict verdict, Reason mostSevere, String snapshotName, String requestedName) {
        String name = snapshotName != null ? snapshotName : requestedName;
        String subject = "NoSQL snapshot " + (name == null ? "" : "'" + name + "' ");
        String why = mostSevere == null ? "" : ": " + mostSevere.message() + " [" + mostSevere.code() + "]";
        return switch (verdict) {
            case SUCCESS -> new BuildOutcome(Effect.KEEP_RESULT, subject + "succeeded" + why);
            case UNSTABLE -> new BuildOutcome(Effect.MARK_UNSTABLE, subject + "is UNSTABLE" + why);
            case FAILURE -> new BuildOutcome(Effect.ABORT, subject + "FAILED" + why);
        };
    }
}
