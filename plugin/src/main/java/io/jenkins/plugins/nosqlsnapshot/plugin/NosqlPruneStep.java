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
 * Pipeline step {@code nosqlPrune}: removes old snapshots named {@code yyMMdd-HHmmss-NAME} (exactly the
 * {@code snapshotName} given to {@code nosqlSnapshot}), keeping the newest {@code keep} and/or those younger
 * than {@code maxAge}, and always the newest one whose archived report was not FAILURE. {@code dryRun} only
 * says what would go. Returns a map (see {@link LifecycleResult#prune}); SUCCESS leaves the result, UNSTABLE
 * (something not removed, an SN not listed) marks the build and the stage, FAILURE (the store could not be listed)
 * fails the step.
 */
public class NosqlPruneStep extends Step {
    private final SnapshotSettings settings;
    private boolean dryRun;

    @DataBoundConstructor
    public NosqlPruneStep(String store, String snapshotName) {
        this.settings = new SnapshotSettings(store, snapshotName);
    }

    SnapshotSettings settings() {
        return settings;
    }

    public String getStore() {
        return settings.getStore();
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

    public String getKvstoreJar() {
        return settings.getKvstoreJar();
    }

    @DataBoundSetter
    public void setKvstoreJar(String kvstoreJar) {
        settings.setKvstoreJar(kvstoreJar);
    }

    public String getJavaCommand() {
        return settings.getJavaCommand();
    }

    @DataBoundSetter
    public void setJavaCommand(String javaCommand) {
        settings.setJavaCommand(javaCommand);
    }

    public String getAdminCommand() {
        return settings.getAdminCommand();
    }

    @DataBoundSetter
    public void setAdminCommand(String adminCommand) {
        settings.setAdminCommand(adminCommand);
    }

    public String getSecurityFile() {
        return settings.getSecurityFile();
    }

    @DataBoundSetter
    public void setSecurityFile(String securityFile) {
        settings.setSecurityFile(securityFile);
    }

    public String getCredentialsId() {
        return settings.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        settings.setCredentialsId(credentialsId);
    }

    public String getLoginFile() {
        return settings.getLoginFile();
    }

    @DataBoundSetter
    public void setLoginFile(String loginFile) {
        settings.setLoginFile(loginFile);
    }

    public String getUsername() {
        return settings.getUsername();
    }

    @DataBoundSetter
    public void setUsername(String username) {
        settings.setUsername(username);
    }

    public int getCommandTimeoutMinutes() {
        return settings.getCommandTimeoutMinutes();
    }

    @DataBoundSetter
    public void setCommandTimeoutMinutes(int commandTimeoutMinutes) {
        settings.setCommandTimeoutMinutes(commandTimeoutMinutes);
    }

    public int getTimeoutMinutes() {
        return settings.getTimeoutMinutes();
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        settings.setTimeoutMinutes(timeoutMinutes);
    }

    public String getLockTimeout() {
        return settings.getLockTimeout();
    }

    @DataBoundSetter
    public void setLockTimeout(String lockTimeout) {
        settings.setLockTimeout(lockTimeout);
    }

    public boolean isArchive() {
        return settings.isArchive();
    }

    @DataBoundSetter
    public void setArchive(boolean archive) {
        settings.setArchive(archive);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, settings, dryRun);
    }

    /** Runs the prune on a background thread, off the CPS VM thread. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
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
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            TaskListener listener = context.get(TaskListener.class);
            LifecyclePerformer.Pruned pruned = LifecyclePerformer.prune(settings, dryRun, run,
                    context.get(FilePath.class), context.get(EnvVars.class), context.get(Launcher.class), listener);
            BuildOutcome outcome = LifecycleOutcome.of(pruned.report());
            listener.getLogger().println(SnapshotPerformer.LOG_PREFIX + outcome.message());
            OutcomeEffects.pipeline(outcome, run, context);
            return LifecycleResult.prune(pruned.report(), pruned.reportPath());
        }
    }

    /** Descriptor of the Pipeline step; the function name is {@code nosqlPrune}. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
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

        @POST
        public FormValidation doCheckStore(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormSupport.canConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.check(item, FieldCheck.store(value, NosqlSnapshotConfiguration.get().names()));
        }

        @POST
        public FormValidation doCheckSnapshotName(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.snapshotName(value));
        }

        @POST
        public FormValidation doCheckKeep(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, LifecycleFieldCheck.keep(value));
        }

        @POST
        public FormValidation doCheckMaxAge(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, LifecycleFieldCheck.duration(value, "maxAge"));
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
