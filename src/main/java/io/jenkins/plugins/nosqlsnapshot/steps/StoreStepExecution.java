package io.jenkins.plugins.nosqlsnapshot.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.execution.OutcomeEffects;
import io.jenkins.plugins.nosqlsnapshot.execution.StoreSession;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepGate;
import java.io.IOException;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * The execution of every step of this plugin: its work runs on a background thread, off the CPS VM thread, and a
 * stop returns at once. {@code stop} is called on the CPS VM thread (an abort, a {@code timeout}), so it only closes
 * the step's gate, a flag that no effect passes afterwards (nothing more is written into the workspace, archived or
 * added to the build), and then lets {@code SynchronousNonBlockingStepExecution.stop} interrupt the worker and fail
 * the step. The worker still ends the admin session and releases the lock.
 */
abstract class StoreStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    /** Null after a restart, when the step is not resumed anyway. */
    private final transient StepGate gate = StepGate.open();

    StoreStepExecution(StepContext context) {
        super(context);
    }

    @Override
    public void stop(@NonNull Throwable cause) throws Exception {
        if (gate != null) {
            gate.close();
        }
        super.stop(cause);
    }

    /** The build this step runs in, from its context. */
    StoreSession.Build build() throws IOException, InterruptedException {
        StepContext context = getContext();
        return new StoreSession.Build(
                context.get(Run.class),
                context.get(FilePath.class),
                context.get(EnvVars.class),
                context.get(Launcher.class),
                context.get(TaskListener.class),
                gate);
    }

    /** Applies an outcome to the build as {@code nosqlSnapshot} does (unless the step was stopped). */
    void apply(BuildOutcome outcome, StoreSession.Build build) throws IOException, InterruptedException {
        OutcomeEffects.pipeline(outcome, build.run(), getContext(), build.gate());
    }
}
