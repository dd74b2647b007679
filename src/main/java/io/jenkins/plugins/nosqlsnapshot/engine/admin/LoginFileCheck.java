package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Checks an Oracle NoSQL login file ({@code -security FILE}, a Java properties file) before the admin CLI is
 * started. A missing {@code oracle.kv.password.noPrompt=true} is only a warning: KVLite's generated login file lacks it
 * and logs in without a prompt, and a real prompt ends the session at once (AdminSession). Jenkins-free. Messages name properties, never their
 * values (a login file may hold a trust store password); the only values quoted are those of path properties.
 *
 * @param errors   what stops the step, with what to change
 * @param warnings what is worth a line in the log
 */
public record LoginFileCheck(List<String> errors, List<String> warnings) {
    public static final String NO_PROMPT = "oracle.kv.password.noPrompt";
    public static final String USERNAME = "oracle.kv.auth.username";
    public static final String WALLET_DIR = "oracle.kv.auth.wallet.dir";
    public static final String PWDFILE = "oracle.kv.auth.pwdfile.file";
    public static final String EXTERNAL_MECHANISM = "oracle.kv.auth.external.mechanism";
    public static final String TRUST_STORE = "oracle.kv.ssl.trustStore";
    /** Largest login file read: a properties file of a few lines. */
    public static final int MAX_BYTES = 256 * 1024;

    public LoginFileCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * @param label         how to name the file in messages (its path on the node, or its path inside the zip)
     * @param content       the file's text
     * @param usernameGiven whether the step passes {@code -username}
     * @param relativeFileExists whether a relative path named by the file exists next to it; null not to check
     */
    public static LoginFileCheck of(
            String label, String content, boolean usernameGiven, Predicate<String> relativeFileExists) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Properties props = new Properties();
        try {
            props.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            errors.add("The login file " + label + " is not a Java properties file ("
                    + e.getClass().getSimpleName()
                    + "); it must be the client login file the admin CLI takes with -security");
            return new LoginFileCheck(errors, warnings);
        }
        String noPrompt = props.getProperty(NO_PROMPT);
        if (noPrompt == null || !noPrompt.strip().toLowerCase(Locale.ROOT).equals("true")) {
            warnings.add("The login file " + label + " does not set " + NO_PROMPT + "=true (as KVLite's generated"
                    + " user.security does not): that works while the wallet or password file it names has the"
                    + " password; should the admin CLI ask for one, the run stops at that prompt. Add the line "
                    + NO_PROMPT + "=true to get the admin's own error instead");
        }
        boolean external = props.getProperty(EXTERNAL_MECHANISM) != null;
        if (!usernameGiven && props.getProperty(USERNAME) == null && !external) {
            warnings.add("The login file " + label + " names no user (" + USERNAME + ") and no 'username' is set:"
                    + " with prompting disabled the admin CLI stops with \"Must specify user name when password"
                    + " prompting is disabled\"");
        }
        if (props.getProperty(WALLET_DIR) == null && props.getProperty(PWDFILE) == null && !external) {
            warnings.add("The login file " + label + " names no password store (" + WALLET_DIR + " or " + PWDFILE
                    + "): the login will fail with \"Invalid user name or password\"");
        }
        if (relativeFileExists != null) {
            for (String key : List.of(TRUST_STORE, PWDFILE, WALLET_DIR)) {
                String path = props.getProperty(key);
                if (path != null
                        && !path.isBlank()
                        && isRelative(path.strip())
                        && !relativeFileExists.test(path.strip())) {
                    warnings.add("The login file " + label + " names " + key + "=" + path.strip() + ", which is not"
                            + " next to it; keep the layout of the client security directory");
                }
            }
        }
        return new LoginFileCheck(errors, warnings);
    }

    private static boolean isRelative(String path) {
        return !(path.startsWith("/") || path.startsWith("\\") || (path.length() > 1 && path.charAt(1) == ':'));
    }
}
