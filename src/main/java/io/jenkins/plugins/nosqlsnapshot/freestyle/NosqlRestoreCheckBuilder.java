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
import io.jenkins.plugins.nosqlsnapshot.execution.OutcomeEffects;
import io.jenkins.plugins.nosqlsnapshot.execution.RestoreCheckPerformer;
import io.jenkins.plugins.nosqlsnapshot.execution.StoreSession;
import io.jenkins.plugins.nosqlsnapshot.mapping.RestoreCheckSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepGate;
import java.io.IOException;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle build step "Check that an Oracle NoSQL snapshot can be restored": the same check and parameters as
 * {@code nosqlRestoreCheck}. IN_PLACE leaves the result, LOAD_REQUIRED marks the build unstable, NOT_RESTORABLE
 * and UNKNOWN fail the step once {@code restore-check.json} is archived. No {@code @Symbol}: in Pipeline, use
 * {@code nosqlRestoreCheck}, which returns the answer.
 */
public class NosqlRestoreCheckBuilder extends StoreConnectionBuilder {
    private final RestoreCheckSettings settings;

    @DataBoundConstructor
    public NosqlRestoreCheckBuilder(String store) {
        this.settings = new RestoreCheckSettings(store);
    }

    RestoreCheckSettings settings() {
        return settings;
    }

    @Override
    SnapshotSettings connection() {
        return settings.connection();
    }

    public String getFromBuild() {
        return settings.getFromBuild();
    }

    @DataBoundSetter
    public void setFromBuild(String fromBuild) {
        settings.setFromBuild(fromBuild);
    }

    public String getReportPath() {
        return settings.getReportPath();
    }

    @DataBoundSetter
    public void setReportPath(String reportPath) {
        settings.setReportPath(reportPath);
    }

    public String getSnapshotName() {
        return settings.getSnapshotName();
    }

    @DataBoundSetter
    public void setSnapshotName(String snapshotName) {
        settings.setSnapshotName(snapshotName);
    }

    public String getKvstoreJarOnNodes() {
        return settings.getKvstoreJarOnNodes();
    }

    @DataBoundSetter
    public void setKvstoreJarOnNodes(String kvstoreJarOnNodes) {
        settings.setKvstoreJarOnNodes(kvstoreJarOnNodes);
    }

    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        RestoreCheckPerformer.Checked checked = RestoreCheckPerformer.restoreCheck(
                settings, new StoreSession.Build(run, workspace, env, launcher, listener, StepGate.open()));
        OutcomeEffects.freestyle(checked.outcome(), run);
    }

    /** Descriptor of the freestyle step. */
    @Extension
    public static final class DescriptorImpl extends StoreConnectionBuilder.ConnectionDescriptor
            implements RestoreCheckChecks {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.NosqlRestoreCheckBuilder_DisplayName();
        }

        @Override
        @SuppressWarnings("rawtypes") // the real signature
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }
    }
}
