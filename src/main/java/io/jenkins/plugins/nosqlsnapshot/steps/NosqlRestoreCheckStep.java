package io.jenkins.plugins.nosqlsnapshot.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.execution.RestoreCheckPerformer;
import io.jenkins.plugins.nosqlsnapshot.execution.StoreSession;
import io.jenkins.plugins.nosqlsnapshot.forms.HelpRedirects;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlRestoreCheckBuilder;
import io.jenkins.plugins.nosqlsnapshot.freestyle.RestoreCheckChecks;
import io.jenkins.plugins.nosqlsnapshot.mapping.RestoreCheckSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleResult;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Pipeline step {@code nosqlRestoreCheck}: can the snapshot an earlier build archived ({@code fromBuild}), or a
 * report directory in the workspace ({@code reportPath}), still be restored, and how. Returns a map (see
 * {@link LifecycleResult#restoreCheck}). IN_PLACE leaves the result, LOAD_REQUIRED marks the build and the stage
 * unstable, NOT_RESTORABLE and UNKNOWN fail the step once {@code restore-check.json} is archived.
 */
public class NosqlRestoreCheckStep extends StoreConnectionStep {
    private final RestoreCheckSettings settings;

    @DataBoundConstructor
    public NosqlRestoreCheckStep(String store) {
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
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, settings);
    }

    /** Runs the check on a background thread, off the CPS VM thread. */
    static final class Execution extends StoreStepExecution {
        private static final long serialVersionUID = 1L;
        private final transient RestoreCheckSettings settings;

        Execution(StepContext context, RestoreCheckSettings settings) {
            super(context);
            this.settings = settings;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StoreSession.Build build = build();
            RestoreCheckPerformer.Checked checked = RestoreCheckPerformer.restoreCheck(settings, build);
            apply(checked.outcome(), build);
            return LifecycleResult.restoreCheck(checked.readiness(), checked.reportPath(), checked.savedFrom());
        }
    }

    /** Descriptor of the Pipeline step; the function name is {@code nosqlRestoreCheck}. */
    @Extension
    public static final class DescriptorImpl extends StoreConnectionStep.ConnectionDescriptor
            implements RestoreCheckChecks {
        public static final String FUNCTION_NAME = "nosqlRestoreCheck";

        /** The fields NosqlRestoreCheckBuilder's form writes itself have their help there ({@link HelpRedirects}). */
        public DescriptorImpl() {
            for (String field : HelpRedirects.RESTORE_CHECK_FORM) {
                addHelpFileRedirect(field, NosqlRestoreCheckBuilder.class, field);
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
            return Messages.NosqlRestoreCheckStep_DisplayName();
        }
    }
}
