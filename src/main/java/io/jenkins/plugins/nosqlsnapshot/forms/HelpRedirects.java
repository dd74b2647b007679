package io.jenkins.plugins.nosqlsnapshot.forms;

import java.util.List;

/**
 * Fields whose help page lives in another describable's folder. Jenkins looks a field's help up on the class whose
 * descriptor renders the form ({@code Descriptor.getHelpFile(field)}), so a Pipeline step that includes a builder's
 * form, or the global store form that shares the builder's fields, registers these with
 * {@code addHelpFileRedirect(field, Owner.class, field)}. Jenkins-free; {@code JellyViewsTest} keeps the lists
 * equal to the forms.
 */
public final class HelpRedirects {
    /** {@code NosqlSnapshotBuilder/config.jelly}, reused by {@code nosqlSnapshot}: every field, in form order. */
    public static final List<String> SNAPSHOT_FORM = List.of(
            "store",
            "snapshotName",
            "kvstoreJar",
            "javaCommand",
            "adminJavaOptions",
            "adminStartupFlags",
            "adminClassDataSharing",
            "adminCommand",
            "credentialsId",
            "loginFile",
            "securityFile",
            "username",
            "zone",
            "onPartial",
            "onConfigFailure",
            "minReplicasPerShard",
            "preflight",
            "commandTimeoutMinutes",
            "timeoutMinutes",
            "keep",
            "maxAge",
            "lockTimeout",
            "archive");

    /** {@code NosqlRestoreCheckBuilder/config.jelly}, reused by {@code nosqlRestoreCheck}: every field, in order. */
    public static final List<String> RESTORE_CHECK_FORM = List.of(
            "store",
            "fromBuild",
            "reportPath",
            "snapshotName",
            "kvstoreJar",
            "javaCommand",
            "adminJavaOptions",
            "adminStartupFlags",
            "adminClassDataSharing",
            "adminCommand",
            "credentialsId",
            "loginFile",
            "securityFile",
            "username",
            "kvstoreJarOnNodes",
            "commandTimeoutMinutes",
            "timeoutMinutes",
            "lockTimeout",
            "archive");

    /**
     * The snapshot builder's fields that mean what a named store's do: their help pages live with {@code NosqlStore}
     * and the builder's descriptor redirects them there, so the store's form (package config) needs nothing of the
     * builders'. {@code nosqlSnapshot}, which redirects every field to the builder, finds them too: Jenkins resolves
     * a redirect through the target descriptor's own {@code getHelpFile}, which follows that one's redirects.
     */
    public static final List<String> SHARED_WITH_STORE = List.of(
            "kvstoreJar",
            "javaCommand",
            "adminJavaOptions",
            "adminStartupFlags",
            "adminClassDataSharing",
            "adminCommand",
            "credentialsId",
            "loginFile",
            "securityFile",
            "username",
            "zone",
            "onPartial",
            "onConfigFailure",
            "minReplicasPerShard",
            "preflight");

    private HelpRedirects() {}
}
