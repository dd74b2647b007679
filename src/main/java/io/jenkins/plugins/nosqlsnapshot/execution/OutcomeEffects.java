package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepGate;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A {@link BuildOutcome} applied to a build the way {@code nosqlSnapshot} applies its own: KEEP_RESULT leaves it,
 * MARK_UNSTABLE sets UNSTABLE (and in Pipeline marks the stage with a {@code WarningAction}), ABORT throws an
 * {@code AbortException} with the message (so {@code catchError} works). Never sets FAILURE itself.
 */
public final class OutcomeEffects {
    private OutcomeEffects() {}

    /** Prints the outcome unless its exception will (a FAILURE is shown once, by Jenkins). */
    public static void print(BuildOutcome outcome, TaskListener listener) {
        if (outcome.printedByTheStep()) {
            listener.getLogger().println(Console.PREFIX + outcome.message());
        }
    }

    /**
     * An abort while a step ran: said in the build log (a freestyle build shows an InterruptedException's message
     * only in the controller's log), and returned as the exception to throw. A FAILURE outcome, which no exception
     * will carry now, is printed first.
     */
    static InterruptedException aborted(String step, String reportPath, BuildOutcome outcome, TaskListener listener) {
        if (outcome != null && !outcome.printedByTheStep()) {
            listener.getLogger().println(Console.PREFIX + outcome.message());
        }
        String message = BuildOutcome.aborted(step, reportPath);
        listener.getLogger().println(Console.PREFIX + message);
        return new InterruptedException(message);
    }

    public static void freestyle(BuildOutcome outcome, Run<?, ?> run) throws AbortException {
        switch (outcome.effect()) {
            case KEEP_RESULT -> {
                // nothing to report: the build result stays what it is
            }
            case MARK_UNSTABLE -> run.setResult(Result.UNSTABLE);
            case ABORT -> throw new AbortException(outcome.message());
        }
    }

    /** As {@link #freestyle}, but a step that was stopped marks nothing: its build is already over for it. */
    public static void pipeline(BuildOutcome outcome, Run<?, ?> run, StepContext context, StepGate gate)
            throws IOException, InterruptedException {
        if (outcome.effect() == BuildOutcome.Effect.MARK_UNSTABLE) {
            FlowNode node = context.get(FlowNode.class);
            gate.ifOpen(() -> {
                run.setResult(Result.UNSTABLE);
                if (node != null) {
                    node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(outcome.message()));
                }
            });
            return;
        }
        freestyle(outcome, run);
    }
}
