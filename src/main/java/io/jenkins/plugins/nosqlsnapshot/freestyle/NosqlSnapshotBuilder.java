package io.jenkins.plugins.nosqlsnapshot.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlStore;
import io.jenkins.plugins.nosqlsnapshot.execution.OutcomeEffects;
import io.jenkins.plugins.nosqlsnapshot.execution.SnapshotPerformer;
import io.jenkins.plugins.nosqlsnapshot.execution.StoreSession;
import io.jenkins.plugins.nosqlsnapshot.forms.HelpRedirects;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepGate;
import java.io.IOException;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle build step "Take an Oracle NoSQL snapshot". The verdict is the engine's: SUCCESS leaves the build
 * result alone, UNSTABLE marks the build unstable, FAILURE fails the step once the report is archived.
 * It has no {@code @Symbol}: in Pipeline, use the {@code nosqlSnapshot} step, which returns the result.
 */
public class NosqlSnapshotBuilder extends StoreConnectionBuilder {
    private final SnapshotSettings settings;

    @DataBoundConstructor
    public NosqlSnapshotBuilder(String store, String snapshotName) {
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
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        OutcomeEffects.freestyle(
                SnapshotPerformer.perform(
                                settings,
                                new StoreSession.Build(run, workspace, env, launcher, listener, StepGate.open()))
                        .outcome(),
                run);
    }

    /** Descriptor of the freestyle step. */
    @Extension
    public static final class DescriptorImpl extends StoreConnectionBuilder.ConnectionDescriptor
            implements SnapshotChecks {
        /** The snapshot policy a named store can set too has its help pages with the store ({@link HelpRedirects}). */
        public DescriptorImpl() {
            for (String field : HelpRedirects.POLICY) {
                addHelpFileRedirect(field, NosqlStore.class, field);
            }
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.NosqlSnapshotBuilder_DisplayName();
        }

        @Override
        @SuppressWarnings("rawtypes") // the real signature
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }
    }
}
