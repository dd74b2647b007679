package io.jenkins.plugins.nosqlsnapshot.mapping;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotName;
import java.util.Collection;

/**
 * Form checks for the configuration page, Jenkins-free: the descriptors turn them into {@code FormValidation}.
 * Values holding {@code ${...}} are only checked when the build runs, after expansion.
 *
 * @param level   OK, WARNING or ERROR
 * @param message null for OK
 */
public record FieldCheck(Level level, String message) {

    /** How bad a field is. */
    public enum Level {
        OK,
        WARNING,
        ERROR
    }

    static final FieldCheck OK = new FieldCheck(Level.OK, null);

    public static FieldCheck snapshotName(String value) {
        if (value == null || value.isBlank()) {
            return new FieldCheck(Level.ERROR, "Required: a name such as nightly or pre-upgrade-${BUILD_NUMBER}");
        }
        if (value.contains("${")) {
            return new FieldCheck(Level.WARNING, "Checked when the build runs, after ${...} expansion");
        }
        try {
            SnapshotName.validate(value.strip());
            return OK;
        } catch (IllegalArgumentException e) {
            return new FieldCheck(Level.ERROR, e.getMessage());
        }
    }

    /** A step's {@code store}: an endpoint, or the name of a configured store. */
    public static FieldCheck store(String value, Collection<String> storeNames) {
        if (value != null && StoreProfile.isName(value)) {
            return storeNames.contains(value.strip())
                    ? OK
                    : new FieldCheck(
                            Level.ERROR,
                            "No store named \""
                                    + value.strip() + "\" in Manage Jenkins > System > Oracle NoSQL stores"
                                    + (storeNames.isEmpty()
                                            ? ""
                                            : " (configured: " + String.join(", ", storeNames) + ")")
                                    + "; or give host:port");
        }
        return endpoint(value);
    }

    /** A store's endpoint: {@code host:port} or helper hosts. */
    public static FieldCheck endpoint(String value) {
        if (value == null || value.isBlank()) {
            return new FieldCheck(Level.ERROR, "Required: host:port of a Storage Node, or host:port,host:port");
        }
        if (value.contains("${")) {
            return new FieldCheck(Level.WARNING, "Checked when the build runs, after ${...} expansion");
        }
        try {
            AdminTarget.helperHosts(value);
            return OK;
        } catch (IllegalArgumentException e) {
            return new FieldCheck(Level.ERROR, e.getMessage());
        }
    }

    /** The name of a configured store. */
    public static FieldCheck storeName(String value) {
        if (value == null || value.isBlank()) {
            return new FieldCheck(Level.ERROR, "Required: a short name such as prod, used as store: 'prod'");
        }
        return StoreProfile.isName(value)
                ? OK
                : new FieldCheck(
                        Level.ERROR,
                        "Letters, digits, '_', '.' and '-'"
                                + " only, starting with a letter or digit, at most 64 (no ':', which marks host:port)");
    }

    /** A path to kvstore.jar, which may be empty when an admin command is given instead. */
    public static FieldCheck kvstoreJar(String value, String adminCommand) {
        if (blank(value)) {
            return OK;
        }
        if (!blank(adminCommand)) {
            return new FieldCheck(Level.ERROR, "Give either the kvstore.jar path or an admin command, not both");
        }
        if (value.contains("${")) {
            return new FieldCheck(Level.WARNING, "Checked when the build runs, after ${...} expansion");
        }
        return value.strip().endsWith(".jar")
                ? OK
                : new FieldCheck(Level.WARNING, "Expected the path of KVHOME/lib/kvstore.jar on the node");
    }

    /** An admin command, split at blanks with quotes grouping, as the engine splits it. */
    public static FieldCheck adminCommand(String value, String kvstoreJar) {
        if (blank(value)) {
            return OK;
        }
        if (!blank(kvstoreJar)) {
            return new FieldCheck(Level.ERROR, "Give either the kvstore.jar path or an admin command, not both");
        }
        try {
            AdminTarget.adminCommand(value);
            return OK;
        } catch (IllegalArgumentException e) {
            return new FieldCheck(Level.ERROR, e.getMessage());
        }
    }

    /** A program such as java or /usr/lib/jvm/java-17/bin/java: one argument, no shell. */
    public static FieldCheck javaCommand(String value) {
        return blank(value) || !value.strip().contains(" ")
                ? OK
                : new FieldCheck(
                        Level.WARNING, "Used as one program path, blanks included; no shell, no extra arguments");
    }

    /** A login file path on the node; not together with a credential. */
    public static FieldCheck securityFile(String value, String credentialsId) {
        if (!blank(value) && !blank(credentialsId)) {
            return new FieldCheck(
                    Level.ERROR, "Give either a login file on the node or a Secret file credential," + " not both");
        }
        return OK;
    }

    /** The login file's path inside the credential's zip. */
    public static FieldCheck loginFile(String value, String credentialsId) {
        if (blank(value)) {
            return OK;
        }
        if (blank(credentialsId)) {
            return new FieldCheck(Level.WARNING, "Only used with a Secret file credential (the zip's login file)");
        }
        String v = value.strip().replace('\\', '/');
        if (v.startsWith("/") || v.contains(":") || ("/" + v + "/").contains("/../")) {
            return new FieldCheck(Level.ERROR, "A relative path inside the zip, e.g. security/client.security");
        }
        return OK;
    }

    /** A user name for {@code -username}. */
    public static FieldCheck username(String value) {
        return blank(value) || !value.strip().contains(" ")
                ? OK
                : new FieldCheck(Level.ERROR, "A user name has no blanks");
    }

    /** Empty (the default applies) or a whole number, at least 1. */
    public static FieldCheck optionalPositive(String value) {
        return blank(value) ? OK : positive(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static FieldCheck positive(String value) {
        try {
            return value != null && Integer.parseInt(value.strip()) >= 1
                    ? OK
                    : new FieldCheck(Level.ERROR, "Must be a whole number, at least 1");
        } catch (NumberFormatException e) {
            return new FieldCheck(Level.ERROR, "Must be a whole number, at least 1");
        }
    }
}
