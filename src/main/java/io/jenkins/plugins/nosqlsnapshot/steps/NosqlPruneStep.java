package io.jenkins.plugins.nosqlsnapshot.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.execution.OutcomeEffects;
import io.jenkins.plugins.nosqlsnapshot.execution.PrunePerformer;
import io.jenkins.plugins.nosqlsnapshot.execution.StoreSession;
import io.jenkins.plugins.nosqlsnapshot.freestyle.RetentionChecks;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleResult;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Pipeline step {@code nosqlPrune}: removes old snapshots named {@code yyMMdd-HHmmss-NAME} (exactly the
 * {@code snapshotName} given to {@code nosqlSnapshot}), keeping the newest {@code keep} and/or those younger
 * than {@code maxAge}, and always the newest one whose archived report was not FAILURE. {@code dryRun} only
 * says what would go. Returns a map (see {@link LifecycleResult#prune}); SUCCESS leaves the result, UNSTABLE
 * (something not removed, an SN not listed) marks the build and the stage, FAILURE (the store could not be listed)
 * fails the step.
 */
public class NosqlPruneStep extends StoreConnectionStep {
    private final SnapshotSettings settings;
    private boolean dryRun;

    @DataBoundConstructor
    public NosqlPruneStep(String store, String snapshotName) {
        this.settings = new SnapshotSettings(store, snapshotName);
    }

    SnapshotSettings settings() {
        return settings;
    }

    @Override
    SnapshotSettings connection() {
        return settings;
    }

    public String getSnapshotName() {
        return settings.getSnapshotName();
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Integer getKeep() {
        return settings.getKeep();
    }

    @DataBoundSetter
    public void setKeep(Integer keep) {
        settings.setKeep(keep);
    }

    public String getMaxAge() {
        return settings.getMaxAge();
    }

    @DataBoundSetter
    public void setMaxAge(String maxAge) {
        settings.setMaxAge(maxAge);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, settings, dryRun);
    }

    /** Runs the prune on a background thread, off the CPS VM thread. */
    static final class Execution extends StoreStepExecution {
        private static final long serialVersionUID = 1L;
        private final transient SnapshotSettings settings;
        private final boolean dryRun;

        Execution(StepContext context, SnapshotSettings settings, boolean dryRun) {
            super(context);
            this.settings = settings;
            this.dryRun = dryRun;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StoreSession.Build build = build();
            PrunePerformer.Done done = PrunePerformer.prune(settings, dryRun, build);
            OutcomeEffects.print(done.outcome(), build.listener());
            apply(done.outcome(), build);
            return LifecycleResult.prune(done.pruned().report(), done.pruned().reportPath());
        }
    }

    /** Descriptor of the Pipeline step; the function name is {@code nosqlPrune}. */
    @Extension
    public static final class DescriptorImpl extends StoreConnectionStep.ConnectionDescriptor
            implements RetentionChecks {
        public static final String FUNCTION_NAME = "nosqlPrune";

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, EnvVars.class);
        }

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.NosqlPruneStep_DisplayName();
        }
    }
}
