package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * A snapshot, then retention of the snapshots of the same name: the one flow of {@code nosqlSnapshot} with
 * {@code keep}/{@code maxAge} and of {@code nosql-snapshot create --keep/--max-age}. The caller holds the store's
 * lock around it. The prune runs only after a snapshot that is not a FAILURE and when the thread was not
 * interrupted (an abort never deletes); the history it protects is the caller's earlier reports plus this run's.
 * The combined verdict is the snapshot's, except that a good snapshot followed by a prune that did not fully
 * succeed is UNSTABLE: never FAILURE (the new snapshot is fine; an old one was merely not removed).
 */
public final class SnapshotThenPrune {
    private final ProcessRunner runner;
    private final ProgressListener progress;
    private final Clock clock;
    private final StoreNameLock storeNameLock;

    public SnapshotThenPrune(ProcessRunner runner, ProgressListener progress, Clock clock) {
        this(runner, progress, clock, StoreNameLock.NONE);
    }

    /** @param storeNameLock the store-name lock both sessions hold once their topology names the store */
    public SnapshotThenPrune(
            ProcessRunner runner, ProgressListener progress, Clock clock, StoreNameLock storeNameLock) {
        this.runner = runner;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.clock = clock;
        this.storeNameLock = storeNameLock == null ? StoreNameLock.NONE : storeNameLock;
    }

    /**
     * @param snapshot the snapshot run
     * @param prune the prune afterwards, null when none ran
     */
    public record Outcome(RunResult snapshot, PruneReport prune) {
        /** The snapshot's verdict; a prune that was not a SUCCESS after a good snapshot makes it UNSTABLE. */
        public Verdict verdict() {
            return combined(snapshot.report().verdict(), prune);
        }
    }

    /**
     * @param policy the retention after the snapshot, or null for none (the request's name is the policy's)
     * @param history the earlier reports, read only when a prune runs
     * @return the outcome; the snapshot's admin may still be exiting: whoever writes its reports then calls
     *         {@code outcome.snapshot().finished(...)} ({@link SnapshotRun#executeExiting})
     */
    public Outcome run(
            AdminTarget target, SnapshotRequest request, RetentionPolicy policy, Supplier<RetentionHistory> history) {
        RunResult result = new SnapshotRun(runner, progress, storeNameLock).executeExiting(target, request);
        try {
            return pruneAfter(target, request, policy, history, result);
        } catch (RuntimeException | Error e) {
            // the snapshot's admin, exiting for its caller's reports, is ended before anything is lost
            result.endAdmin();
            throw e;
        }
    }

    private Outcome pruneAfter(
            AdminTarget target,
            SnapshotRequest request,
            RetentionPolicy policy,
            Supplier<RetentionHistory> history,
            RunResult result) {
        if (!shouldPrune(
                policy, result.report().verdict(), Thread.currentThread().isInterrupted())) {
            return new Outcome(result, null);
        }
        RetentionHistory known = history.get().and(RetentionHistory.of(List.of(result.report())));
        progress.progress((policy.dryRun() ? "Dry run: pruning" : "Pruning") + " snapshots named "
                + PruneText.pattern(policy.name()) + " (keep " + (policy.keep() == null ? "any number" : policy.keep())
                + (policy.maxAge() == null ? "" : ", younger than " + policy.maxAge()) + ")");
        PruneReport pruned =
                new Prune(runner, progress, clock, storeNameLock).prune(target, policy, known, request.limits());
        return new Outcome(result, pruned);
    }

    /** Prune only when asked, after a snapshot that is not a FAILURE, and never after an abort. */
    static boolean shouldPrune(RetentionPolicy policy, Verdict snapshot, boolean interrupted) {
        return policy != null && snapshot != Verdict.FAILURE && !interrupted;
    }

    /** The flow's verdict, as {@link Outcome#verdict()} explains. */
    public static Verdict combined(Verdict snapshot, PruneReport prune) {
        if (prune == null || prune.verdict() == Verdict.SUCCESS || snapshot == Verdict.FAILURE) {
            return snapshot;
        }
        return snapshot.worst(Verdict.UNSTABLE);
    }
}
