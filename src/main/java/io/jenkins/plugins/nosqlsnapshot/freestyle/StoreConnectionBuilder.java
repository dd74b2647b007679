package io.jenkins.plugins.nosqlsnapshot.freestyle;

import hudson.model.Item;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration;
import io.jenkins.plugins.nosqlsnapshot.forms.FormSupport;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleFieldCheck;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The connection parameters that every freestyle builder of this plugin shares ({@code store}, the admin tool, the
 * login, the timeouts, the lock timeout, {@code archive}), written once: the builders differ only in what they run.
 * {@link StoreConnectionStep} is the same for the Pipeline steps.
 *
 * <p>Only accessors and form methods live here, no field: each subclass keeps its own {@code settings} field, so the
 * stored XML is unchanged. Jenkins finds what is inherited: {@code DescribableModel} (Pipeline, snippets) and
 * Stapler's form binding look {@code @DataBoundSetter} methods up through the superclasses, Stapler and
 * {@code Descriptor} find the public {@code doCheck}/{@code doFill} methods of {@link ConnectionDescriptor}, and the
 * fields' help pages stay beside each subclass's {@code config.jelly} ({@code Descriptor.getHelpFile} walks the
 * subclass first). Public, so that the inherited public methods are reachable by reflection from Jenkins.
 */
public abstract class StoreConnectionBuilder extends Builder implements SimpleBuildStep {
    /** The settings that hold the connection parameters (a restore check's {@code connection()}). */
    abstract SnapshotSettings connection();

    public String getStore() {
        return connection().getStore();
    }

    public String getKvstoreJar() {
        return connection().getKvstoreJar();
    }

    @DataBoundSetter
    public void setKvstoreJar(String kvstoreJar) {
        connection().setKvstoreJar(kvstoreJar);
    }

    public String getJavaCommand() {
        return connection().getJavaCommand();
    }

    @DataBoundSetter
    public void setJavaCommand(String javaCommand) {
        connection().setJavaCommand(javaCommand);
    }

    public String getAdminJavaOptions() {
        return connection().getAdminJavaOptions();
    }

    @DataBoundSetter
    public void setAdminJavaOptions(String adminJavaOptions) {
        connection().setAdminJavaOptions(adminJavaOptions);
    }

    public boolean isAdminStartupFlags() {
        return connection().isAdminStartupFlags();
    }

    @DataBoundSetter
    public void setAdminStartupFlags(boolean adminStartupFlags) {
        connection().setAdminStartupFlags(adminStartupFlags);
    }

    public boolean isAdminClassDataSharing() {
        return connection().isAdminClassDataSharing();
    }

    @DataBoundSetter
    public void setAdminClassDataSharing(boolean adminClassDataSharing) {
        connection().setAdminClassDataSharing(adminClassDataSharing);
    }

    public String getAdminCommand() {
        return connection().getAdminCommand();
    }

    @DataBoundSetter
    public void setAdminCommand(String adminCommand) {
        connection().setAdminCommand(adminCommand);
    }

    public String getSecurityFile() {
        return connection().getSecurityFile();
    }

    @DataBoundSetter
    public void setSecurityFile(String securityFile) {
        connection().setSecurityFile(securityFile);
    }

    public String getCredentialsId() {
        return connection().getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        connection().setCredentialsId(credentialsId);
    }

    public String getLoginFile() {
        return connection().getLoginFile();
    }

    @DataBoundSetter
    public void setLoginFile(String loginFile) {
        connection().setLoginFile(loginFile);
    }

    public String getUsername() {
        return connection().getUsername();
    }

    @DataBoundSetter
    public void setUsername(String username) {
        connection().setUsername(username);
    }

    public int getCommandTimeoutMinutes() {
        return connection().getCommandTimeoutMinutes();
    }

    @DataBoundSetter
    public void setCommandTimeoutMinutes(int commandTimeoutMinutes) {
        connection().setCommandTimeoutMinutes(commandTimeoutMinutes);
    }

    public int getTimeoutMinutes() {
        return connection().getTimeoutMinutes();
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        connection().setTimeoutMinutes(timeoutMinutes);
    }

    public String getLockTimeout() {
        return connection().getLockTimeout();
    }

    @DataBoundSetter
    public void setLockTimeout(String lockTimeout) {
        connection().setLockTimeout(lockTimeout);
    }

    public boolean isArchive() {
        return connection().isArchive();
    }

    @DataBoundSetter
    public void setArchive(boolean archive) {
        connection().setArchive(archive);
    }

    /**
     * The form checks of the connection fields, the same in every builder's form. A subclass is the nested
     * {@code DescriptorImpl} of its builder (the no-argument {@code Descriptor} constructor takes the builder class
     * from the runtime class's outer class).
     */
    public abstract static class ConnectionDescriptor extends BuildStepDescriptor<Builder> {
        @POST
        public FormValidation doCheckStore(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormSupport.canConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.check(
                    item,
                    FieldCheck.store(value, NosqlSnapshotConfiguration.get().names()));
        }

        @POST
        public FormValidation doCheckKvstoreJar(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String adminCommand) {
            return FormSupport.check(item, FieldCheck.kvstoreJar(value, adminCommand));
        }

        @POST
        public FormValidation doCheckJavaCommand(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.javaCommand(value));
        }

        @POST
        public FormValidation doCheckAdminJavaOptions(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String adminCommand) {
            return FormSupport.check(item, FieldCheck.adminJavaOptions(value, adminCommand));
        }

        @POST
        public FormValidation doCheckAdminCommand(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String kvstoreJar) {
            return FormSupport.check(item, FieldCheck.adminCommand(value, kvstoreJar));
        }

        @POST
        public FormValidation doCheckSecurityFile(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String credentialsId) {
            return FormSupport.check(item, FieldCheck.securityFile(value, credentialsId));
        }

        @POST
        public FormValidation doCheckCredentialsId(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String securityFile) {
            return FormSupport.checkCredentialsForJob(item, value, securityFile);
        }

        @POST
        public FormValidation doCheckLoginFile(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String credentialsId) {
            return FormSupport.check(item, FieldCheck.loginFile(value, credentialsId));
        }

        @POST
        public FormValidation doCheckUsername(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, FieldCheck.username(value));
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
        public FormValidation doCheckLockTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.check(item, LifecycleFieldCheck.duration(value, "lockTimeout"));
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return FormSupport.credentialsForJob(item, credentialsId);
        }
    }
}
