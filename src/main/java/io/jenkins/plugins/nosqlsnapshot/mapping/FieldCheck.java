package io.jenkins.plugins.nosqlsnapshot.mapping;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotName;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Form checks for the configuration page, Jenkins-free: the descriptors turn them into {@code FormValidation}.
 * Values holding {@code ${...}} are only checked when the build runs, after expansion.
 *
 * <p>A check names its text by a key of the plugin's {@code Messages.properties} ({@code FieldCheck.*}) and its
 * arguments, so that the form (through localizer, in the language of the browser) and the tests (the default
 * English text, {@link #message()}) read the same message file without this package depending on Jenkins. An
 * argument is a value the user typed or a sentence of the engine, which stays English.
 *
 * @param level OK, WARNING or ERROR
 * @param key   the message key, null for OK
 * @param args  the message's arguments
 */
public record FieldCheck(Level level, String key, List<String> args) {
    /** The plugin's message file, which localizer also compiles into {@code io.jenkins.plugins.nosqlsnapshot.Messages}. */
    public static final String BUNDLE = "io.jenkins.plugins.nosqlsnapshot.Messages";

    /** How bad a field is. */
    public enum Level {
        OK,
        WARNING,
        ERROR
    }

    static final FieldCheck OK = new FieldCheck(Level.OK, null, List.of());

    public FieldCheck {
        args = List.copyOf(args);
    }

    static FieldCheck error(String key, String... args) {
        return new FieldCheck(Level.ERROR, key, texts(args));
    }

    static FieldCheck warning(String key, String... args) {
        return new FieldCheck(Level.WARNING, key, texts(args));
    }

    private static List<String> texts(String... args) {
        return Stream.of(args).map(a -> a == null ? "" : a).toList();
    }

    /** The English text (the message file's default), null for OK. */
    public String message() {
        if (key == null) {
            return null;
        }
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }

    public static FieldCheck snapshotName(String value) {
        if (value == null || value.isBlank()) {
            return error("FieldCheck.SnapshotNameRequired");
        }
        if (value.contains("${")) {
            return warning("FieldCheck.AtRunTime");
        }
        try {
            SnapshotName.validate(value.strip());
            return OK;
        } catch (IllegalArgumentException e) {
            return error("FieldCheck.Detail", e.getMessage());
        }
    }

    /** A step's {@code store}: an endpoint, or the name of a configured store. */
    public static FieldCheck store(String value, Collection<String> storeNames) {
        if (value != null && StoreProfile.isName(value)) {
            return storeNames.contains(value.strip())
                    ? OK
                    : storeNames.isEmpty()
                            ? error("FieldCheck.NoSuchStore", value.strip())
                            : error("FieldCheck.NoSuchStoreOf", value.strip(), String.join(", ", storeNames));
        }
        return endpoint(value);
    }

    /** A store's endpoint: {@code host:port} or helper hosts. */
    public static FieldCheck endpoint(String value) {
        if (value == null || value.isBlank()) {
            return error("FieldCheck.EndpointRequired");
        }
        if (value.contains("${")) {
            return warning("FieldCheck.AtRunTime");
        }
        try {
            AdminTarget.helperHosts(value);
            return OK;
        } catch (IllegalArgumentException e) {
            return error("FieldCheck.Detail", e.getMessage());
        }
    }

    /** The name of a configured store. */
    public static FieldCheck storeName(String value) {
        if (value == null || value.isBlank()) {
            return error("FieldCheck.StoreNameRequired");
        }
        return StoreProfile.isName(value) ? OK : error("FieldCheck.StoreNameChars");
    }

    /** A path to kvstore.jar, which may be empty when an admin command is given instead. */
    public static FieldCheck kvstoreJar(String value, String adminCommand) {
        if (blank(value)) {
            return OK;
        }
        if (!blank(adminCommand)) {
            return error("FieldCheck.JarOrCommand");
        }
        if (value.contains("${")) {
            return warning("FieldCheck.AtRunTime");
        }
        return value.strip().endsWith(".jar") ? OK : warning("FieldCheck.KvstoreJarPath");
    }

    /** An admin command, split at blanks with quotes grouping, as the engine splits it. */
    public static FieldCheck adminCommand(String value, String kvstoreJar) {
        if (blank(value)) {
            return OK;
        }
        if (!blank(kvstoreJar)) {
            return error("FieldCheck.JarOrCommand");
        }
        try {
            AdminTarget.adminCommand(value);
            return OK;
        } catch (IllegalArgumentException e) {
            return error("FieldCheck.Detail", e.getMessage());
        }
    }

    /**
     * The admin JVM's own options, one a line, each checked by the engine's rule ({@code AdminJvm}): the first bad
     * line is named. With an admin command they do not apply (a build with both stops before it starts).
     */
    public static FieldCheck adminJavaOptions(String value, String adminCommand) {
        if (blank(value)) {
            return OK;
        }
        if (!blank(adminCommand)) {
            return warning("FieldCheck.JavaOptionsNeedJar");
        }
        String[] lines = value.split("\\R", -1);
        boolean atRunTime = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("${")) {
                atRunTime = true;
                continue;
            }
            try {
                SnapshotSettings.adminJavaOptions(lines[i], UnaryOperator.identity());
            } catch (IllegalArgumentException e) {
                return error("FieldCheck.JavaOptionLine", Integer.toString(i + 1), lines[i].strip());
            }
        }
        return atRunTime ? warning("FieldCheck.AtRunTime") : OK;
    }

    /** A program such as java or /usr/lib/jvm/java-17/bin/java: one argument, no shell. */
    public static FieldCheck javaCommand(String value) {
        return blank(value) || !value.strip().contains(" ") ? OK : warning("FieldCheck.JavaCommandOneProgram");
    }

    /** A login file path on the node; not together with a credential. */
    public static FieldCheck securityFile(String value, String credentialsId) {
        if (!blank(value) && !blank(credentialsId)) {
            return error("FieldCheck.FileOrCredential");
        }
        return OK;
    }

    /** The login file's path inside the credential's zip. */
    public static FieldCheck loginFile(String value, String credentialsId) {
        if (blank(value)) {
            return OK;
        }
        if (blank(credentialsId)) {
            return warning("FieldCheck.LoginFileNeedsCredential");
        }
        String v = value.strip().replace('\\', '/');
        if (v.startsWith("/") || v.contains(":") || ("/" + v + "/").contains("/../")) {
            return error("FieldCheck.LoginFileRelative");
        }
        return OK;
    }

    /** A user name for {@code -username}. */
    public static FieldCheck username(String value) {
        return blank(value) || !value.strip().contains(" ") ? OK : error("FieldCheck.UsernameBlanks");
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
            return value != null && Integer.parseInt(value.strip()) >= 1 ? OK : error("FieldCheck.Positive");
        } catch (NumberFormatException e) {
            return error("FieldCheck.Positive");
        }
    }
}
