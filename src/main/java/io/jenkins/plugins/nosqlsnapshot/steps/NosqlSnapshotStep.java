package io.jenkins.plugins.nosqlsnapshot.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.execution.PrunePerformer;
import io.jenkins.plugins.nosqlsnapshot.execution.SnapshotPerformer;
import io.jenkins.plugins.nosqlsnapshot.execution.StoreSession;
import io.jenkins.plugins.nosqlsnapshot.forms.HelpRedirects;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.freestyle.SnapshotChecks;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleResult;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepResult;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Pipeline step {@code nosqlSnapshot}: the same parameters as the freestyle builder; returns a map (see
 * {@link StepResult}). UNSTABLE marks the build and this step's stage unstable; FAILURE fails the step with the
 * most severe reason once the report is archived (so {@code catchError} and {@code try/catch} work). The step
 * never sets the build result to FAILURE itself.
 */
public class NosqlSnapshotStep extends StoreConnectionStep {
    private final SnapshotSettings settings;

    @DataBoundConstructor
    public NosqlSnapshotStep(String store, String snapshotName) {
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

    public String getZone() {
        return settings.getZone();
    }

    @DataBoundSetter
    public void setZone(String zone) {
        settings.setZone(zone);
    }

    public String getOnPartial() {
        return settings.getOnPartial();
    }

    @DataBoundSetter
    public void setOnPartial(String onPartial) {
        settings.setOnPartial(onPartial);
    }

    public String getOnConfigFailure() {
        return settings.getOnConfigFailure();
    }

    @DataBoundSetter
    public void setOnConfigFailure(String onConfigFailure) {
        settings.setOnConfigFailure(onConfigFailure);
    }

    public String getPreflight() {
        return settings.getPreflight();
    }

    @DataBoundSetter
    public void setPreflight(String preflight) {
        settings.setPreflight(preflight);
    }

    public Integer getMinReplicasPerShard() {
        return settings.getMinReplicasPerShard();
    }

    @DataBoundSetter
    public void setMinReplicasPerShard(Integer minReplicasPerShard) {
        settings.setMinReplicasPerShard(minReplicasPerShard);
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
        return new Execution(context, settings);
    }

    /** Runs the snapshot on a background thread, off the CPS VM thread. */
    static final class Execution extends StoreStepExecution {
        private static final long serialVersionUID = 1L;
        private final transient SnapshotSettings settings;

        Execution(StepContext context, SnapshotSettings settings) {
            super(context);
            this.settings = settings;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StoreSession.Build build = build();
            SnapshotPerformer.Performed performed = SnapshotPerformer.perform(settings, build);
            apply(performed.outcome(), build);
            PrunePerformer.Pruned pruned = performed.pruned();
            return LifecycleResult.withPrune(
                    StepResult.toMap(performed.report(), performed.reportPath()),
                    pruned == null ? null : pruned.report(),
                    pruned == null ? null : pruned.reportPath());
        }
    }

    /** Descriptor of the Pipeline step; the function name is {@code nosqlSnapshot}. */
    @Extension
    public static final class DescriptorImpl extends StoreConnectionStep.ConnectionDescriptor
            implements SnapshotChecks {
        public static final String FUNCTION_NAME = "nosqlSnapshot";

        /** The fields NosqlSnapshotBuilder's form writes itself have their help there ({@link HelpRedirects}). */
        public DescriptorImpl() {
            for (String field : HelpRedirects.SNAPSHOT_FORM) {
                addHelpFileRedirect(field, NosqlSnapshotBuilder.class, field);
            }
        }

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
            return Messages.NosqlSnapshotStep_DisplayName();
        }
    }
}
