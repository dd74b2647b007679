package io.jenkins.plugins.nosqlsnapshot.outcome;

import java.io.IOException;

/**
 * Whether a step may still leave anything on its build. A Pipeline step that is stopped (an abort, a timeout) has
 * failed at once ({@code SynchronousNonBlockingStepExecution.stop} cancels the worker and fails the step), while its
 * worker thread runs on until the engine has ended the admin session. That thread may still write the report into
 * the workspace and the build log, but it may add no action, artifact or result to a build whose step is over:
 * every such effect goes through {@link #ifOpen}, and {@link #close} (called by {@code stop}) waits for an effect
 * in progress, so once it returns nothing more is added. Jenkins-free.
 */
public final class StepGate {
    /** An effect on the build (an action, an artifact, a result) that may fail as remote calls do. */
    @FunctionalInterface
    public interface Effect {
        void apply() throws IOException, InterruptedException;
    }

    private boolean closed;

    private StepGate() {}

    /** A gate for one step run. */
    public static StepGate open() {
        return new StepGate();
    }

    /** The step is over: no effect starts from now on; waits for one in progress. Idempotent. */
    public synchronized void close() {
        closed = true;
    }

    public synchronized boolean isOpen() {
        return !closed;
    }

    /**
     * Applies the effect unless the step is over.
     *
     * @return whether it was applied
     */
    public synchronized boolean ifOpen(Effect effect) throws IOException, InterruptedException {
        if (closed) {
            return false;
        }
        effect.apply();
        return true;
    }
}
