package io.jenkins.plugins.nosqlsnapshot.plugin;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Freestyle build step "Take an Oracle NoSQL snapshot". The verdict is the engine's: SUCCESS leaves the build
 * result alone, UNSTABLE marks the build unstable, FAILURE fails the step once the report is archived.
 * It has no {@code @Symbol}: in Pipeline, use the {@code nosqlSnapshot} step, which returns the result.
 */
public class NosqlSnapshotBuilder extends Builder implements SimpleBuildStep {
    private final SnapshotSettings settings;

    @DataBoundConstructor
    public NosqlSnapshotBuilder(String store, String snapshotName) {
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

    public boolean isArchive() {
        return settings.isArchive();
    }

    @DataBoundSetter
    public void setArchive(boolean archive) {
        settings.setArchive(archive);
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

    public String getLockTimeout() {
        return settings.getLockTimeout();
    }

    @DataBoundSetter
    public void setLockTimeout(String lockTimeout) {
        settings.setLockTimeout(lockTimeout);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        OutcomeEffects.freestyle(SnapshotPerformer.perform(settings, run, workspace, env, launcher, listener).outcome(),
                run);
    }

    /** Descriptor of the freestyle step. */
    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
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

        @POST
        public FormValidation doCheckSnapshotName(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.snapshotName(value));
        }

        @POST
        public FormValidation doCheckStore(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormSupport.canConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.check(item, FieldCheck.store(value, NosqlSnapshotConfiguration.get().names()));
        }

        @POST
        public FormValidation doCheckKvstoreJar(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String adminCommand) {
            return FormSupport.check(item, FieldCheck.kvstoreJar(value, adminCommand));
        }

        @POST
        public FormValidation doCheckJavaCommand(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.javaCommand(value));
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
        public FormValidation doCheckLoginFile(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String credentialsId) {
            return FormSupport.check(item, FieldCheck.loginFile(value, credentialsId));
        }

        @POST
        public FormValidation doCheckUsername(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.username(value));
        }

        @POST
        public FormValidation doCheckMinReplicasPerShard(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.optionalPositive(value));
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
        public FormValidation doCheckKeep(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, LifecycleFieldCheck.keep(value));
        }

        @POST
        public FormValidation doCheckMaxAge(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, LifecycleFieldCheck.duration(value, "maxAge"));
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

        @POST
        public ListBoxModel doFillOnPartialItems(@AncestorInPath Item item) {
            return FormSupport.verdicts(FormSupport.canConfigure(item));
        }

        @POST
        public ListBoxModel doFillOnConfigFailureItems(@AncestorInPath Item item) {
            return FormSupport.verdicts(FormSupport.canConfigure(item));
        }

        @POST
        public ListBoxModel doFillPreflightItems(@AncestorInPath Item item) {
            return FormSupport.preflightModes(FormSupport.canConfigure(item));
        }
    }
}
