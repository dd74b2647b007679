package io.jenkins.plugins.nosqlsnapshot.outcome;

import java.io.IOException;

/**
 * Whether a step may still leave anything on its build or its workspace. A Pipeline step that is stopped (an abort,
 * a {@code timeout}) has failed at once ({@code SynchronousNonBlockingStepExecution.stop} cancels the worker and
 * fails the step), while its worker thread runs on until the engine has ended the admin session. From then on that
 * thread may still write to the build log, but it adds no action, artifact or result to the build, and writes nothing
 * into the workspace, which {@code node} may already have handed to another build: every such effect goes through
 * {@link #ifOpen}.
 *
 * <p>{@link #close} only sets a flag and never waits: workflow-cps calls {@code stop} on the CPS VM thread, and a wait
 * there (for an archive over a hung agent channel, say) would hold up every branch of the build. An effect that had
 * already started when the step was stopped may still finish; the stop's interrupt usually cuts it short. Jenkins-free.
 */
public final class StepGate {
    /** An effect on the build or its workspace (an action, an artifact, a report file) that may fail as remote calls do. */
    @FunctionalInterface
    public interface Effect {
        void apply() throws IOException, InterruptedException;
    }

    private volatile boolean closed;

    private StepGate() {}

    /** A gate for one step run. */
    public static StepGate open() {
        return new StepGate();
    }

    /** The step is over: no effect starts from now on. Returns at once; idempotent. */
    public void close() {
        closed = true;
    }

    public boolean isOpen() {
        return !closed;
    }

    /**
     * Applies the effect unless the step is over.
     *
     * @return whether it was applied
     */
    public boolean ifOpen(Effect effect) throws IOException, InterruptedException {
        if (closed) {
            return false;
        }
        effect.apply();
        return true;
    }
}
