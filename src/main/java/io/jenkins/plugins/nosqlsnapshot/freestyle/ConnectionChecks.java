package io.jenkins.plugins.nosqlsnapshot.freestyle;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration;
import io.jenkins.plugins.nosqlsnapshot.forms.FormSupport;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleFieldCheck;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form checks of the connection fields, written once for the builders' and the steps' descriptors
 * ({@link StoreConnectionBuilder.ConnectionDescriptor}, {@code StoreConnectionStep.ConnectionDescriptor}), which
 * cannot share a superclass ({@code BuildStepDescriptor}, {@code StepDescriptor}). An interface is enough for web
 * methods: Stapler collects a descriptor's public methods from its interfaces too ({@code ClassDescriptor}), and
 * Jenkins finds {@code doCheck*}/{@code doFill*} with {@code Class.getMethods()} ({@code FormValidation.CheckMethod},
 * {@code Descriptor.calcFillSettings}), which lists default methods.
 */
public interface ConnectionChecks {
    @POST
    default FormValidation doCheckStore(@AncestorInPath Item item, @QueryParameter String value) {
        if (!FormSupport.canConfigure(item)) {
            return FormValidation.ok();
        }
        return FormSupport.check(
                item, FieldCheck.store(value, NosqlSnapshotConfiguration.get().names()));
    }

    @POST
    default FormValidation doCheckKvstoreJar(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String adminCommand) {
        return FormSupport.check(item, FieldCheck.kvstoreJar(value, adminCommand));
    }

    @POST
    default FormValidation doCheckJavaCommand(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, FieldCheck.javaCommand(value));
    }

    @POST
    default FormValidation doCheckAdminJavaOptions(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String adminCommand) {
        return FormSupport.check(item, FieldCheck.adminJavaOptions(value, adminCommand));
    }

    @POST
    default FormValidation doCheckAdminCommand(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String kvstoreJar) {
        return FormSupport.check(item, FieldCheck.adminCommand(value, kvstoreJar));
    }

    @POST
    default FormValidation doCheckSecurityFile(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String credentialsId) {
        return FormSupport.check(item, FieldCheck.securityFile(value, credentialsId));
    }

    @POST
    default FormValidation doCheckCredentialsId(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String securityFile) {
        return FormSupport.checkCredentialsForJob(item, value, securityFile);
    }

    @POST
    default FormValidation doCheckLoginFile(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String credentialsId) {
        return FormSupport.check(item, FieldCheck.loginFile(value, credentialsId));
    }

    @POST
    default FormValidation doCheckUsername(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, FieldCheck.username(value));
    }

    @POST
    default FormValidation doCheckCommandTimeoutMinutes(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, FieldCheck.positive(value));
    }

    @POST
    default FormValidation doCheckTimeoutMinutes(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, FieldCheck.positive(value));
    }

    @POST
    default FormValidation doCheckLockTimeout(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, LifecycleFieldCheck.duration(value, "lockTimeout"));
    }

    @POST
    default ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        return FormSupport.credentialsForJob(item, credentialsId);
    }
}
