package io.jenkins.plugins.nosqlsnapshot.plugin;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Pipeline step {@code nosqlRestoreCheck}: can the snapshot an earlier build archived ({@code fromBuild}), or a
 * report directory in the workspace ({@code reportPath}), still be restored, and how. Returns a map (see
 * {@link LifecycleResult#restoreCheck}). IN_PLACE leaves the result, LOAD_REQUIRED marks the build and the stage
 * unstable, NOT_RESTORABLE and UNKNOWN fail the step once {@code restore-check.json} is archived.
 */
public class NosqlRestoreCheckStep extends Step {
    private final RestoreCheckSettings settings;

    @DataBoundConstructor
    public NosqlRestoreCheckStep(String store) {
        this.settings = new RestoreCheckSettings(store);
    }

    RestoreCheckSettings settings() {
        return settings;
    }

    public String getStore() {
        return settings.connection().getStore();
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

    public String getKvstoreJar() {
        return settings.connection().getKvstoreJar();
    }

    @DataBoundSetter
    public void setKvstoreJar(String kvstoreJar) {
        settings.connection().setKvstoreJar(kvstoreJar);
    }

    public String getJavaCommand() {
        return settings.connection().getJavaCommand();
    }

    @DataBoundSetter
    public void setJavaCommand(String javaCommand) {
        settings.connection().setJavaCommand(javaCommand);
    }

    public String getAdminCommand() {
        return settings.connection().getAdminCommand();
    }

    @DataBoundSetter
    public void setAdminCommand(String adminCommand) {
        settings.connection().setAdminCommand(adminCommand);
    }

    public String getSecurityFile() {
        return settings.connection().getSecurityFile();
    }

    @DataBoundSetter
    public void setSecurityFile(String securityFile) {
        settings.connection().setSecurityFile(securityFile);
    }

    public String getCredentialsId() {
        return settings.connection().getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        settings.connection().setCredentialsId(credentialsId);
    }

    public String getLoginFile() {
        return settings.connection().getLoginFile();
    }

    @DataBoundSetter
    public void setLoginFile(String loginFile) {
        settings.connection().setLoginFile(loginFile);
    }

    public String getUsername() {
        return settings.connection().getUsername();
    }

    @DataBoundSetter
    public void setUsername(String username) {
        settings.connection().setUsername(username);
    }

    public int getCommandTimeoutMinutes() {
        return settings.connection().getCommandTimeoutMinutes();
    }

    @DataBoundSetter
    public void setCommandTimeoutMinutes(int commandTimeoutMinutes) {
        settings.connection().setCommandTimeoutMinutes(commandTimeoutMinutes);
    }

    public int getTimeoutMinutes() {
        return settings.connection().getTimeoutMinutes();
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        settings.connection().setTimeoutMinutes(timeoutMinutes);
    }

    public String getLockTimeout() {
        return settings.connection().getLockTimeout();
    }

    @DataBoundSetter
    public void setLockTimeout(String lockTimeout) {
        settings.connection().setLockTimeout(lockTimeout);
    }

    public boolean isArchive() {
        return settings.connection().isArchive();
    }

    @DataBoundSetter
    public void setArchive(boolean archive) {
        settings.connection().setArchive(archive);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, settings);
    }

    /** Runs the check on a background thread, off the CPS VM thread. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient RestoreCheckSettings settings;

        Execution(StepContext context, RestoreCheckSettings settings) {
            super(context);
            this.settings = settings;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            LifecyclePerformer.Checked checked = LifecyclePerformer.restoreCheck(settings, run,
                    context.get(FilePath.class), context.get(EnvVars.class), context.get(Launcher.class),
                    context.get(TaskListener.class));
            OutcomeEffects.pipeline(checked.outcome(), run, context);
            return LifecycleResult.restoreCheck(checked.readiness(), checked.reportPath(), checked.savedFrom());
        }
    }

    /** Descriptor of the Pipeline step; the function name is {@code nosqlRestoreCheck}. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        public static final String FUNCTION_NAME = "nosqlRestoreCheck";

        /** The fields' help pages are NosqlRestoreCheckBuilder's (see {@link HelpRedirects}). */
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

        @POST
        public FormValidation doCheckStore(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormSupport.canConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.check(item, FieldCheck.store(value, NosqlSnapshotConfiguration.get().names()));
        }

        @POST
        public FormValidation doCheckFromBuild(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String reportPath) {
            return FormSupport.check(item, LifecycleFieldCheck.fromBuild(value, reportPath));
        }

        @POST
        public FormValidation doCheckReportPath(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String fromBuild) {
            return FormSupport.check(item, LifecycleFieldCheck.reportPath(value, fromBuild));
        }

        @POST
        public FormValidation doCheckKvstoreJar(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String adminCommand) {
            return FormSupport.check(item, FieldCheck.kvstoreJar(value, adminCommand));
        }

        @POST
        public FormValidation doCheckAdminCommand(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String kvstoreJar) {
            return FormSupport.check(item, FieldCheck.adminCommand(value, kvstoreJar));
        }

        @POST
        public FormValidation doCheckSecurityFile(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String credentialsId) {
            return FormSupport.check(item, FieldCheck.securityFile(value, credentialsId));
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String securityFile) {
            return FormSupport.checkCredentialsForJob(item, value, securityFile);
        }

        @POST
        public FormValidation doCheckCommandTimeoutMinutes(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.positive(value));
        }

        @POST
        public FormValidation doCheckTimeoutMinutes(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.positive(value));
        }

        @POST
        public FormValidation doCheckJavaCommand(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.javaCommand(value));
        }

        @POST
        public FormValidation doCheckLoginFile(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String credentialsId) {
            return FormSupport.check(item, FieldCheck.loginFile(value, credentialsId));
        }

        @POST
        public FormValidation doCheckUsername(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.username(value));
        }

        @POST
        public FormValidation doCheckLockTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, LifecycleFieldCheck.duration(value, "lockTimeout"));
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String credentialsId) {
            return FormSupport.credentialsForJob(item, credentialsId);
        }
    }
}
