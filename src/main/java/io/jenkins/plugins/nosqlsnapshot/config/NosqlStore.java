package io.jenkins.plugins.nosqlsnapshot.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.forms.FormSupport;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One named store connection of the global configuration (and of JCasC's {@code unclassified: nosqlSnapshot:
 * stores:}): how to reach the admin, how to log in, the zone, and the store's default policy. Steps refer to it with
 * {@code store: 'NAME'} and may override any field. Holds no secret: the login is a path or a credentials ID.
 */
public class NosqlStore implements Describable<NosqlStore> {
    private final String name;
    private final String endpoint;
    private String kvstoreJar;
    private String javaCommand;
    private String adminJavaOptions;
    // null (a store saved before these existed, or never changed) means on
    private Boolean adminStartupFlags;
    private Boolean adminClassDataSharing;
    private String adminCommand;
    private String securityFile;
    private String credentialsId;
    private String loginFile;
    private String username;
    private String zone;
    private String onPartial;
    private String onConfigFailure;
    private Integer minReplicasPerShard;
    private String preflight;

    /**
     * @param name     what steps say in {@code store: 'NAME'}
     * @param endpoint {@code host:port} of a Storage Node's registry port, or {@code host:port,host:port}
     */
    @DataBoundConstructor
    public NosqlStore(String name, String endpoint) {
        this.name = SnapshotSettings.trimToNull(name);
        this.endpoint = SnapshotSettings.trimToNull(endpoint);
    }

    /** The Jenkins-free view the steps merge with their own settings. */
    public StoreProfile toProfile() {
        return new StoreProfile(
                name,
                endpoint,
                kvstoreJar,
                javaCommand,
                adminJavaOptions,
                isAdminStartupFlags(),
                isAdminClassDataSharing(),
                adminCommand,
                securityFile,
                credentialsId,
                loginFile,
                username,
                zone,
                onPartial,
                onConfigFailure,
                minReplicasPerShard,
                preflight);
    }

    public String getName() {
        return name;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getKvstoreJar() {
        return kvstoreJar;
    }

    @DataBoundSetter
    public void setKvstoreJar(String kvstoreJar) {
        this.kvstoreJar = SnapshotSettings.trimToNull(kvstoreJar);
    }

    public String getJavaCommand() {
        return javaCommand;
    }

    @DataBoundSetter
    public void setJavaCommand(String javaCommand) {
        this.javaCommand = SnapshotSettings.trimToNull(javaCommand);
    }

    /** The admin JVM's own options, one a line. */
    public String getAdminJavaOptions() {
        return adminJavaOptions;
    }

    @DataBoundSetter
    public void setAdminJavaOptions(String adminJavaOptions) {
        this.adminJavaOptions = SnapshotSettings.trimToNull(adminJavaOptions);
    }

    public boolean isAdminStartupFlags() {
        return !Boolean.FALSE.equals(adminStartupFlags);
    }

    @DataBoundSetter
    public void setAdminStartupFlags(boolean adminStartupFlags) {
        this.adminStartupFlags = adminStartupFlags;
    }

    public boolean isAdminClassDataSharing() {
        return !Boolean.FALSE.equals(adminClassDataSharing);
    }

    @DataBoundSetter
    public void setAdminClassDataSharing(boolean adminClassDataSharing) {
        this.adminClassDataSharing = adminClassDataSharing;
    }

    public String getAdminCommand() {
        return adminCommand;
    }

    @DataBoundSetter
    public void setAdminCommand(String adminCommand) {
        this.adminCommand = SnapshotSettings.trimToNull(adminCommand);
    }

    public String getSecurityFile() {
        return securityFile;
    }

    @DataBoundSetter
    public void setSecurityFile(String securityFile) {
        this.securityFile = SnapshotSettings.trimToNull(securityFile);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = SnapshotSettings.trimToNull(credentialsId);
    }

    public String getLoginFile() {
        return loginFile;
    }

    @DataBoundSetter
    public void setLoginFile(String loginFile) {
        this.loginFile = SnapshotSettings.trimToNull(loginFile);
    }

    public String getUsername() {
        return username;
    }

    @DataBoundSetter
    public void setUsername(String username) {
        this.username = SnapshotSettings.trimToNull(username);
    }

    /** The zone a snapshot of this store is limited to, unless the step names its own; null for all zones. */
    public String getZone() {
        return zone;
    }

    @DataBoundSetter
    public void setZone(String zone) {
        this.zone = SnapshotSettings.trimToNull(zone);
    }

    public String getOnPartial() {
        return onPartial;
    }

    @DataBoundSetter
    public void setOnPartial(String onPartial) {
        this.onPartial = SnapshotSettings.trimToNull(onPartial);
    }

    public String getOnConfigFailure() {
        return onConfigFailure;
    }

    @DataBoundSetter
    public void setOnConfigFailure(String onConfigFailure) {
        this.onConfigFailure = SnapshotSettings.trimToNull(onConfigFailure);
    }

    public Integer getMinReplicasPerShard() {
        return minReplicasPerShard;
    }

    @DataBoundSetter
    public void setMinReplicasPerShard(Integer minReplicasPerShard) {
        this.minReplicasPerShard = minReplicasPerShard;
    }

    public String getPreflight() {
        return preflight;
    }

    @DataBoundSetter
    public void setPreflight(String preflight) {
        this.preflight = SnapshotSettings.trimToNull(preflight);
    }

    /** Form checks of the global store list: all behind {@code Jenkins.ADMINISTER}. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<NosqlStore> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.NosqlStore_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            return FormSupport.checkGlobal(FieldCheck.storeName(value));
        }

        @POST
        public FormValidation doCheckEndpoint(@QueryParameter String value) {
            return FormSupport.checkGlobal(FieldCheck.endpoint(value));
        }

        @POST
        public FormValidation doCheckKvstoreJar(@QueryParameter String value, @QueryParameter String adminCommand) {
            return FormSupport.checkGlobal(FieldCheck.kvstoreJar(value, adminCommand));
        }

        @POST
        public FormValidation doCheckJavaCommand(@QueryParameter String value) {
            return FormSupport.checkGlobal(FieldCheck.javaCommand(value));
        }

        @POST
        public FormValidation doCheckAdminJavaOptions(
                @QueryParameter String value, @QueryParameter String adminCommand) {
            return FormSupport.checkGlobal(FieldCheck.adminJavaOptions(value, adminCommand));
        }

        @POST
        public FormValidation doCheckAdminCommand(@QueryParameter String value, @QueryParameter String kvstoreJar) {
            return FormSupport.checkGlobal(FieldCheck.adminCommand(value, kvstoreJar));
        }

        @POST
        public FormValidation doCheckSecurityFile(@QueryParameter String value, @QueryParameter String credentialsId) {
            return FormSupport.checkGlobal(FieldCheck.securityFile(value, credentialsId));
        }

        @POST
        public FormValidation doCheckCredentialsId(@QueryParameter String value, @QueryParameter String securityFile) {
            return FormSupport.checkCredentialsForGlobal(value, securityFile);
        }

        @POST
        public FormValidation doCheckLoginFile(@QueryParameter String value, @QueryParameter String credentialsId) {
            return FormSupport.checkGlobal(FieldCheck.loginFile(value, credentialsId));
        }

        @POST
        public FormValidation doCheckUsername(@QueryParameter String value) {
            return FormSupport.checkGlobal(FieldCheck.username(value));
        }

        @POST
        public FormValidation doCheckMinReplicasPerShard(@QueryParameter String value) {
            return FormSupport.checkGlobal(FieldCheck.optionalPositive(value));
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
            return FormSupport.credentialsForGlobal(credentialsId);
        }

        @POST
        public ListBoxModel doFillOnPartialItems() {
            return FormSupport.storeVerdicts(FormSupport.canAdminister());
        }

        @POST
        public ListBoxModel doFillOnConfigFailureItems() {
            return FormSupport.storeVerdicts(FormSupport.canAdminister());
        }

        @POST
        public ListBoxModel doFillPreflightItems() {
            return FormSupport.storePreflightModes(FormSupport.canAdminister());
        }
    }
}
