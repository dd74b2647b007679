package io.jenkins.plugins.nosqlsnapshot.plugin;

import java.util.List;

/**
 * Fields whose help page lives in another describable's folder. Jenkins looks a field's help up on the class whose
 * descriptor renders the form ({@code Descriptor.getHelpFile(field)}), so a Pipeline step that includes a builder's
 * form, or the global store form that shares the builder's fields, registers these with
 * {@code addHelpFileRedirect(field, Builder.class, field)}. Jenkins-free; {@code JellyViewsTest} keeps the lists
 * equal to the forms.
 */
final class HelpRedirects {
    /** {@code NosqlSnapshotBuilder/config.jelly}, reused by {@code nosqlSnapshot}: every field, in form order. */
    static final List<String> SNAPSHOT_FORM = List.of("store", "snapshotName", "kvstoreJar", "javaCommand",
            "adminCommand", "credentialsId", "loginFile", "securityFile", "username", "zone", "onPartial",
            "onConfigFailure", "minReplicasPerShard", "preflight", "commandTimeoutMinutes", "timeoutMinutes", "keep",
            "maxAge", "lockTimeout", "archive");

    /** {@code NosqlRestoreCheckBuilder/config.jelly}, reused by {@code nosqlRestoreCheck}: every field, in order. */
    static final List<String> RESTORE_CHECK_FORM = List.of("store", "fromBuild", "reportPath", "snapshotName",
            "kvstoreJar", "javaCommand", "adminCommand", "credentialsId", "loginFile", "securityFile", "username",
            "kvstoreJarOnNodes", "commandTimeoutMinutes", "timeoutMinutes", "lockTimeout", "archive");

    /** The global store's fields that mean what the snapshot builder's do (its name and endpoint have their own). */
    static final List<String> STORE_FROM_SNAPSHOT_BUILDER = List.of("kvstoreJar", "javaCommand", "adminCommand",
            "credentialsId", "loginFile", "securityFile", "username", "zone", "onPartial", "onConfigFailure",
            "minReplicasPerShard", "preflight");

    private HelpRedirects() {
    }
}
