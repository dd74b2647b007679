package io.jenkins.plugins.nosqlsnapshot.mapping;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A named store connection from the global configuration, Jenkins-free: how to reach the admin and the store's
 * default policy. A step that says {@code store: 'prod'} takes every field it does not set itself from here
 * ({@link SnapshotSettings#withProfile}). Holds no secret: {@code credentialsId} is an ID, resolved in the build.
 *
 * @param endpoint            {@code host:port} or helper hosts {@code host:port,host:port}
 * @param adminJavaOptions    the admin JVM's own options, one a line, or null
 * @param adminStartupFlags   false when the store turns the admin JVM's startup flags off
 * @param adminClassDataSharing false when the store turns the admin JVM's class-data sharing off
 * @param zone                a zone id or name to limit snapshots to, or null for all zones
 * @param minReplicasPerShard null for the default
 */
public record StoreProfile(
        String name,
        String endpoint,
        String kvstoreJar,
        String javaCommand,
        String adminJavaOptions,
        boolean adminStartupFlags,
        boolean adminClassDataSharing,
        String adminCommand,
        String securityFile,
        String credentialsId,
        String loginFile,
        String username,
        String zone,
        String onPartial,
        String onConfigFailure,
        Integer minReplicasPerShard,
        String preflight)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /**
     * Whether a {@code store} value names a configured store rather than an endpoint: an endpoint always has a
     * {@code :port}, a name never has a colon.
     */
    /** How the log names the store: {@code store 'prod' (host:5000)} for a named store, else the endpoint. */
    public static String describe(String name, String endpoint) {
        return name == null ? endpoint : "store '" + name + "' (" + endpoint + ")";
    }

    public static boolean isName(String value) {
        return value != null && NAME.matcher(value.strip()).matches();
    }
}
