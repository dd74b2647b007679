package io.jenkins.plugins.nosqlsnapshot.mapping;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminJvm;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The configuration shared by the freestyle builder and the {@code nosqlSnapshot} Pipeline step, and its mapping to
 * the engine's options. Jenkins-free: it holds strings and numbers only and decides no verdict; the engine does.
 * Every string is expanded with the build's environment ({@code ${VAR}}) before it is mapped, but {@code credentialsId}
 * (see {@link #loginSource}).
 */
public final class SnapshotSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_ON_PARTIAL = "UNSTABLE";
    public static final String DEFAULT_ON_CONFIG_FAILURE = "UNSTABLE";
    public static final String DEFAULT_PREFLIGHT = "BLOCK";
    public static final int DEFAULT_MIN_REPLICAS_PER_SHARD = 1;
    public static final int DEFAULT_COMMAND_TIMEOUT_MINUTES = 5;
    public static final int DEFAULT_TIMEOUT_MINUTES = 30;

    private final String store;
    private final String snapshotName;
    private String credentialsId;
    private String loginFile;
    private String kvstoreJar;
    private String javaCommand;
    // JVM of java -jar kvstore.jar: one option a line; the flags are Boolean so that a job saved before they existed
    // (XStream sets no field initializer) reads null, which means on
    private String adminJavaOptions;
    private Boolean adminStartupFlags;
    private Boolean adminClassDataSharing;
    private String adminCommand;
    private String securityFile;
    private String username;
    private String zone;
    // policy: null means "not set here", so a named store's default (or the global default) applies
    private String onPartial;
    private String onConfigFailure;
    private String preflight;
    private Integer minReplicasPerShard;
    private int commandTimeoutMinutes = DEFAULT_COMMAND_TIMEOUT_MINUTES;
    private int timeoutMinutes = DEFAULT_TIMEOUT_MINUTES;
    private boolean archive = true;
    // retention after a snapshot and the per-store lock (see LifecycleMapping); null means "not set here"
    private Integer keep;
    private String maxAge;
    private String lockTimeout;

    /**
     * @param store        {@code host:port} of a Storage Node's registry port, or helper hosts
     *                     {@code host:port,host:port}
     * @param snapshotName the name given to {@code snapshot create -name}; may use {@code ${VAR}}
     */
    public SnapshotSettings(String store, String snapshotName) {
        this.store = trimToNull(store);
        this.snapshotName = trimToNull(snapshotName);
    }

    private SnapshotSettings(SnapshotSettings from, String store) {
        this(store, from.snapshotName);
        credentialsId = from.credentialsId;
        loginFile = from.loginFile;
        kvstoreJar = from.kvstoreJar;
        javaCommand = from.javaCommand;
        adminJavaOptions = from.adminJavaOptions;
        adminStartupFlags = from.adminStartupFlags;
        adminClassDataSharing = from.adminClassDataSharing;
        adminCommand = from.adminCommand;
        securityFile = from.securityFile;
        username = from.username;
        zone = from.zone;
        onPartial = from.onPartial;
        onConfigFailure = from.onConfigFailure;
        preflight = from.preflight;
        minReplicasPerShard = from.minReplicasPerShard;
        commandTimeoutMinutes = from.commandTimeoutMinutes;
        timeoutMinutes = from.timeoutMinutes;
        archive = from.archive;
        keep = from.keep;
        maxAge = from.maxAge;
        lockTimeout = from.lockTimeout;
    }

    /**
     * The configured store {@code store} names after {@code ${VAR}} expansion, or null when it is an endpoint
     * ({@code host:port}, helper hosts).
     */
    public String storeName(UnaryOperator<String> expand) {
        String value = expanded(store, expand);
        return StoreProfile.isName(value) ? value : null;
    }

    /**
     * These settings on a named store: the endpoint is the store's, and every field not set here (launcher,
     * login, user, policy) is taken from the store. Only one login source survives: a step that sets
     * {@code securityFile} or {@code credentialsId} replaces the store's login as a whole. The admin JVM's settings
     * come from the store unless the step sets its own admin command (they are the store's kvstore.jar JVM's): the
     * step's {@code adminJavaOptions} replace the store's, and a startup flag or class-data sharing turned off on
     * either is off (both are on by default, so off is the only choice a side can make).
     */
    public SnapshotSettings withProfile(StoreProfile profile) {
        SnapshotSettings merged = new SnapshotSettings(this, profile.endpoint());
        boolean launcherHere = kvstoreJar != null || adminCommand != null;
        if (!launcherHere) {
            merged.kvstoreJar = trimToNull(profile.kvstoreJar());
            merged.adminCommand = trimToNull(profile.adminCommand());
        }
        merged.javaCommand = first(javaCommand, profile.javaCommand());
        if (adminCommand == null) {
            merged.adminJavaOptions = first(adminJavaOptions, profile.adminJavaOptions());
            merged.adminStartupFlags = isAdminStartupFlags() && profile.adminStartupFlags();
            merged.adminClassDataSharing = isAdminClassDataSharing() && profile.adminClassDataSharing();
        }
        boolean loginHere = securityFile != null || credentialsId != null;
        if (!loginHere) {
            merged.securityFile = trimToNull(profile.securityFile());
            merged.credentialsId = trimToNull(profile.credentialsId());
            merged.loginFile = first(loginFile, profile.loginFile());
        }
        merged.username = first(username, profile.username());
        merged.zone = first(zone, profile.zone());
        merged.onPartial = upper(first(onPartial, profile.onPartial()));
        merged.onConfigFailure = upper(first(onConfigFailure, profile.onConfigFailure()));
        merged.preflight = upper(first(preflight, profile.preflight()));
        merged.minReplicasPerShard = minReplicasPerShard != null ? minReplicasPerShard : profile.minReplicasPerShard();
        return merged;
    }

    /**
     * Where the login comes from: a login file on the node, a Secret file credential, or nothing (a non-secure
     * store). Refuses both. Every field is expanded but {@code credentialsId}: it goes to
     * {@code CredentialsProvider.findCredentialById} as configured, because that method resolves {@code ${NAME}}
     * (and a bare {@code NAME}) from the build's credentials parameter itself and checks that the user who
     * triggered the build may use the chosen credential ({@code USE_OWN}, {@code USE_ITEM}); an id expanded before
     * would skip that check and never find a user-scoped credential.
     */
    public LoginSource loginSource(UnaryOperator<String> expand) {
        String file = expanded(securityFile, expand);
        String id = trimToNull(credentialsId);
        if (file != null && id != null) {
            throw new IllegalArgumentException("Give either 'securityFile' (a login file on the node) or"
                    + " 'credentialsId' (a Secret file credential holding the client security directory), not both");
        }
        if (id == null && expanded(loginFile, expand) != null) {
            throw new IllegalArgumentException("'loginFile' names the login file inside the zip of 'credentialsId';"
                    + " set 'credentialsId' too, or use 'securityFile' for a login file on the node");
        }
        return new LoginSource(file, id, expanded(loginFile, expand), expanded(username, expand) != null);
    }

    /**
     * The login of a run.
     *
     * @param securityFile  a login file on the node, or null
     * @param credentialsId a Secret file credential (zip of the client security directory), or null
     * @param loginFile     the login file's path inside that zip, or null to find the one {@code *.security}
     * @param usernameGiven whether {@code -username} is passed
     */
    public record LoginSource(String securityFile, String credentialsId, String loginFile, boolean usernameGiven) {}

    /** The same target, logging in with {@code loginFile} (a path on the node); the engine holds no secret. */
    public static AdminTarget withSecurityFile(AdminTarget target, String loginFile) {
        return new AdminTarget(
                target.launcher(), target.host(), target.port(), target.helperHosts(), loginFile, target.username());
    }

    /** The engine's view of "how to reach the admin", after {@code ${VAR}} expansion. */
    public AdminTarget adminTarget(UnaryOperator<String> expand) {
        String endpoint = expanded(store, expand);
        if (endpoint == null) {
            throw new IllegalArgumentException("No store given: set 'store' to host:port of a Storage Node"
                    + " (its registry port, e.g. node1:5000), to helper hosts node1:5000,node2:5000, or to the name"
                    + " of a store configured in Manage Jenkins > System");
        }
        if (StoreProfile.isName(endpoint)) {
            throw new IllegalArgumentException("'" + endpoint + "' is neither host:port nor a configured store");
        }
        List<String> hosts = AdminTarget.helperHosts(endpoint);
        String host = null;
        int port = 0;
        List<String> helpers = hosts;
        if (hosts.size() == 1) {
            String only = hosts.get(0);
            int colon = only.lastIndexOf(':');
            host = only.substring(0, colon);
            port = Integer.parseInt(only.substring(colon + 1));
            helpers = List.of();
        }
        // a Secret file credential is unpacked on the node first: withSecurityFile puts its login file in
        String login = credentialsId == null ? expanded(securityFile, expand) : null;
        return new AdminTarget(launcher(expand), host, port, helpers, login, expanded(username, expand));
    }

    /** The engine's request: validated name, zone, policy and time limits, after {@code ${VAR}} expansion. */
    public SnapshotRequest request(UnaryOperator<String> expand) {
        String name = expanded(snapshotName, expand);
        Policy policy = new Policy(
                verdict("onPartial", first(onPartial, DEFAULT_ON_PARTIAL)),
                verdict("onConfigFailure", first(onConfigFailure, DEFAULT_ON_CONFIG_FAILURE)),
                minReplicasPerShard == null ? DEFAULT_MIN_REPLICAS_PER_SHARD : minReplicasPerShard,
                preflightMode(first(preflight, DEFAULT_PREFLIGHT)));
        if (commandTimeoutMinutes < 1 || timeoutMinutes < 1) {
            throw new IllegalArgumentException("Timeouts are in minutes and must be at least 1 (commandTimeoutMinutes="
                    + commandTimeoutMinutes + ", timeoutMinutes=" + timeoutMinutes + ")");
        }
        SessionLimits limits = new SessionLimits(
                Duration.ofMinutes(commandTimeoutMinutes),
                Duration.ofMinutes(timeoutMinutes),
                SessionLimits.DEFAULT.maxDocumentChars());
        return new SnapshotRequest(name == null ? "" : name, expanded(zone, expand), policy, limits);
    }

    private List<String> launcher(UnaryOperator<String> expand) {
        String command = expanded(adminCommand, expand);
        String jar = expanded(kvstoreJar, expand);
        if (command != null && jar != null) {
            throw new IllegalArgumentException("Give either 'kvstoreJar' or 'adminCommand', not both");
        }
        AdminJvm jvm = adminJvm(expand);
        if (command != null) {
            return AdminTarget.adminCommand(command);
        }
        if (jar == null) {
            throw new IllegalArgumentException("No admin launcher: set 'kvstoreJar' to KVHOME/lib/kvstore.jar on the"
                    + " node that runs the build, or 'adminCommand' to a command such as kv_admin");
        }
        return AdminTarget.kvstoreJar(jar, expanded(javaCommand, expand), jvm);
    }

    /**
     * The admin JVM of {@code java -jar kvstore.jar runadmin}, after {@code ${VAR}} expansion: the startup flags and
     * class-data sharing unless turned off, then {@code adminJavaOptions}, one option a line (blank lines ignored).
     * With an admin command none of it applies, so setting any of it there is refused, as the CLI refuses
     * {@code --admin-java-option} with {@code --admin-command}; the result is then {@link AdminJvm#DEFAULT}, unused.
     *
     * @throws IllegalArgumentException naming the line that is not one JVM option, or the setting that does not apply
     */
    public AdminJvm adminJvm(UnaryOperator<String> expand) {
        List<String> options = adminJavaOptions(adminJavaOptions, expand);
        if (expanded(adminCommand, expand) != null) {
            String given = !options.isEmpty()
                    ? "'adminJavaOptions'"
                    : !isAdminStartupFlags()
                            ? "'adminStartupFlags: false'"
                            : !isAdminClassDataSharing() ? "'adminClassDataSharing: false'" : null;
            if (given != null) {
                throw new IllegalArgumentException(given + " applies only with 'kvstoreJar': an 'adminCommand' starts"
                        + " its JVM itself; remove it, or run the admin with 'kvstoreJar'");
            }
            return AdminJvm.DEFAULT;
        }
        return new AdminJvm(isAdminStartupFlags(), isAdminClassDataSharing(), options);
    }

    /**
     * Whether the admin JVM starts with its class-data sharing archive: only {@code java -jar kvstore.jar} started by
     * this plugin ({@code kvstoreJar}), unless {@code adminClassDataSharing} is off; an admin command never.
     */
    public boolean sharesAdminClasses(UnaryOperator<String> expand) {
        return expanded(adminCommand, expand) == null && adminJvm(expand).classDataSharing();
    }

    /**
     * The lines of an {@code adminJavaOptions} text, each expanded and checked by {@link AdminJvm}'s rule.
     *
     * @throws IllegalArgumentException naming the first line that is not one JVM option
     */
    public static List<String> adminJavaOptions(String text, UnaryOperator<String> expand) {
        List<String> options = new ArrayList<>();
        if (text == null) {
            return options;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String option = expanded(lines[i], expand);
            if (option == null) {
                continue;
            }
            try {
                options.addAll(new AdminJvm(false, false, List.of(option)).options());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'adminJavaOptions' line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return options;
    }

    private static Verdict verdict(String field, String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        try {
            return Verdict.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + field + "' must be SUCCESS, UNSTABLE or FAILURE, got \"" + value + "\"", e);
        }
    }

    private static PreflightMode preflightMode(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        try {
            return PreflightMode.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'preflight' must be BLOCK, WARN or OFF, got \"" + value + "\"", e);
        }
    }

    private static String expanded(String value, UnaryOperator<String> expand) {
        return value == null ? null : trimToNull(expand.apply(value));
    }

    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getStore() {
        return store;
    }

    public String getSnapshotName() {
        return snapshotName;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public void setCredentialsId(String credentialsId) {
        this.credentialsId = trimToNull(credentialsId);
    }

    public String getLoginFile() {
        return loginFile;
    }

    public void setLoginFile(String loginFile) {
        this.loginFile = trimToNull(loginFile);
    }

    public String getKvstoreJar() {
        return kvstoreJar;
    }

    public void setKvstoreJar(String kvstoreJar) {
        this.kvstoreJar = trimToNull(kvstoreJar);
    }

    public String getJavaCommand() {
        return javaCommand;
    }

    public void setJavaCommand(String javaCommand) {
        this.javaCommand = trimToNull(javaCommand);
    }

    /** One JVM option a line, as configured; null when none. */
    public String getAdminJavaOptions() {
        return adminJavaOptions;
    }

    public void setAdminJavaOptions(String adminJavaOptions) {
        this.adminJavaOptions = trimToNull(adminJavaOptions);
    }

    /** Whether the admin JVM starts with {@link AdminJvm#STARTUP_FLAGS}; on unless turned off. */
    public boolean isAdminStartupFlags() {
        return !Boolean.FALSE.equals(adminStartupFlags);
    }

    public void setAdminStartupFlags(boolean adminStartupFlags) {
        this.adminStartupFlags = adminStartupFlags;
    }

    /** Whether the admin JVM uses a class-data sharing archive; on unless turned off. */
    public boolean isAdminClassDataSharing() {
        return !Boolean.FALSE.equals(adminClassDataSharing);
    }

    public void setAdminClassDataSharing(boolean adminClassDataSharing) {
        this.adminClassDataSharing = adminClassDataSharing;
    }

    public String getAdminCommand() {
        return adminCommand;
    }

    public void setAdminCommand(String adminCommand) {
        this.adminCommand = trimToNull(adminCommand);
    }

    public String getSecurityFile() {
        return securityFile;
    }

    public void setSecurityFile(String securityFile) {
        this.securityFile = trimToNull(securityFile);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = trimToNull(username);
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = trimToNull(zone);
    }

    public String getOnPartial() {
        return onPartial;
    }

    public void setOnPartial(String onPartial) {
        this.onPartial = upper(onPartial);
    }

    public String getOnConfigFailure() {
        return onConfigFailure;
    }

    public void setOnConfigFailure(String onConfigFailure) {
        this.onConfigFailure = upper(onConfigFailure);
    }

    public String getPreflight() {
        return preflight;
    }

    public void setPreflight(String preflight) {
        this.preflight = upper(preflight);
    }

    /** Null when not set here. */
    public Integer getMinReplicasPerShard() {
        return minReplicasPerShard;
    }

    public void setMinReplicasPerShard(Integer minReplicasPerShard) {
        this.minReplicasPerShard = minReplicasPerShard;
    }

    public int getCommandTimeoutMinutes() {
        return commandTimeoutMinutes;
    }

    public void setCommandTimeoutMinutes(int commandTimeoutMinutes) {
        this.commandTimeoutMinutes = commandTimeoutMinutes;
    }

    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    public void setTimeoutMinutes(int timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    public boolean isArchive() {
        return archive;
    }

    public void setArchive(boolean archive) {
        this.archive = archive;
    }

    /** How many of the newest snapshots of this name to keep after a snapshot; null: no pruning by count. */
    public Integer getKeep() {
        return keep;
    }

    public void setKeep(Integer keep) {
        this.keep = keep;
    }

    /** Keep snapshots younger than this ({@code 30d}, {@code 36h}, {@code P30D}); null: no pruning by age. */
    public String getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(String maxAge) {
        this.maxAge = trimToNull(maxAge);
    }

    /** Longest wait for the store's lock ({@code 30m}, {@code 2h}, {@code 0}); null: the default. */
    public String getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(String lockTimeout) {
        this.lockTimeout = trimToNull(lockTimeout);
    }

    private static String upper(String value) {
        String v = trimToNull(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static String first(String here, String fallback) {
        String v = trimToNull(here);
        return v != null ? v : trimToNull(fallback);
    }
}
