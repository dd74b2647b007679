package io.jenkins.plugins.nosqlsnapshot.steps;

import io.jenkins.plugins.nosqlsnapshot.config.NosqlStore;
import io.jenkins.plugins.nosqlsnapshot.forms.HelpRedirects;
import io.jenkins.plugins.nosqlsnapshot.freestyle.ConnectionChecks;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The connection parameters that every Pipeline step of this plugin shares ({@code store}, the admin tool, the
 * login, the timeouts, the lock timeout, {@code archive}), written once: the steps differ only in what they run.
 * {@link StoreConnectionBuilder} is the same for the freestyle builders.
 *
 * <p>Only accessors live here, no field: each subclass keeps its own {@code settings} field (the one value object of
 * the connection fields, {@code SnapshotSettings}), so the stored XML is unchanged. Jenkins finds what is inherited:
 * {@code DescribableModel} (Pipeline, snippets) and Stapler's form binding look {@code @DataBoundSetter} methods up
 * through the superclasses, never through interfaces, which is why the builders' and the steps' bases each declare
 * the same accessors; the form checks, which Stapler does find on an interface, are written once in
 * {@link ConnectionChecks}; the form entries are {@code connection.jelly} and {@code timeouts.jelly} of
 * {@code StoreConnectionBuilder}'s folder and {@code NosqlStore/admin.jelly}, which every form includes. Public, so
 * that the inherited public methods are reachable by reflection from Jenkins.
 */
public abstract class StoreConnectionStep extends Step {
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
     * The descriptor of every step of this plugin: the connection fields' form checks ({@link ConnectionChecks})
     * and their help, which lives in one place: {@code store} and the timeouts with {@code StoreConnectionBuilder}
     * (reached through {@link NosqlSnapshotBuilder}, as a redirect needs a describable with a descriptor),
     * {@code kvstoreJar}, the admin and the login with {@code NosqlStore}. A subclass is the nested
     * {@code DescriptorImpl} of its step (the no-argument {@code Descriptor} constructor takes the step class from
     * the runtime class's outer class).
     */
    public abstract static class ConnectionDescriptor extends StepDescriptor implements ConnectionChecks {
        protected ConnectionDescriptor() {
            for (String field : HelpRedirects.CONNECTION) {
                addHelpFileRedirect(field, NosqlSnapshotBuilder.class, field);
            }
            for (String field : HelpRedirects.ADMIN_AND_LOGIN) {
                addHelpFileRedirect(field, NosqlStore.class, field);
            }
        }
    }
}
