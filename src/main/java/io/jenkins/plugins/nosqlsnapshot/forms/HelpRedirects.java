package io.jenkins.plugins.nosqlsnapshot.forms;

import java.util.List;
import java.util.stream.Stream;

/**
 * Fields whose help page lives in another describable's folder, so that each page exists once. Jenkins looks a
 * field's help up on the class whose descriptor renders the form, walking its superclasses
 * ({@code Descriptor.getHelpFile(field)}), unless that descriptor redirects the field with
 * {@code addHelpFileRedirect(field, Owner.class, field)}; a redirect is resolved through the owner's descriptor,
 * which follows that one's redirects in turn. Jenkins-free; {@code JellyViewsTest} keeps the lists equal to the
 * forms and the fragments they include.
 */
public final class HelpRedirects {
    /**
     * The connection fields whose help is {@code StoreConnectionBuilder}'s own ({@code connection.jelly} and
     * {@code timeouts.jelly} beside it): the builders find it in their superclass's folder, the steps' descriptors
     * redirect them to a builder (a redirect needs a describable with a descriptor, which the abstract base has not).
     */
    public static final List<String> CONNECTION =
            List.of("store", "commandTimeoutMinutes", "timeoutMinutes", "lockTimeout");

    /**
     * {@code kvstoreJar} and the fields of {@code NosqlStore/admin.jelly}: they mean what a named store's do and
     * their help pages live with {@code NosqlStore}; every builder's and step's descriptor redirects them there.
     */
    public static final List<String> ADMIN_AND_LOGIN = List.of(
            "kvstoreJar",
            "javaCommand",
            "adminJavaOptions",
            "adminStartupFlags",
            "adminClassDataSharing",
            "adminCommand",
            "credentialsId",
            "loginFile",
            "securityFile",
            "username");

    /** The snapshot policy a named store can set too: help with {@code NosqlStore}, redirected by the snapshot builder. */
    public static final List<String> POLICY =
            List.of("zone", "onPartial", "onConfigFailure", "minReplicasPerShard", "preflight");

    /** Every field of the named store's form after its name and endpoint, in form order. */
    public static final List<String> SHARED_WITH_STORE =
            Stream.concat(ADMIN_AND_LOGIN.stream(), POLICY.stream()).toList();

    /**
     * The fields {@code NosqlSnapshotBuilder/config.jelly} writes itself (not those of the fragments it includes), in
     * form order; {@code nosqlSnapshot} reuses that form and redirects them to the builder.
     */
    public static final List<String> SNAPSHOT_FORM = List.of(
            "snapshotName",
            "zone",
            "onPartial",
            "onConfigFailure",
            "minReplicasPerShard",
            "preflight",
            "keep",
            "maxAge",
            "archive");

    /** The same for {@code NosqlRestoreCheckBuilder/config.jelly}, reused by {@code nosqlRestoreCheck}. */
    public static final List<String> RESTORE_CHECK_FORM =
            List.of("fromBuild", "reportPath", "snapshotName", "kvstoreJarOnNodes", "archive");

    private HelpRedirects() {}
}
