package io.jenkins.plugins.nosqlsnapshot.engine.login;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The names of the private directories a login is unpacked into ({@code <workspace>@tmp/nosql-snapshot-login-*}),
 * and which of them are left over. A directory is normally deleted when its step ends; one survives a controller
 * restart (the step is not resumed, so nothing deletes it) or an agent lost mid-run. Each name says who made it:
 * {@code nosql-snapshot-login-<controller session>.<run id, base64url>.<uuid>}, the session being a random token
 * of the controller process. A directory is stale, and deleted at the start of the next run on that workspace, when
 *
 * <ul>
 *   <li>a previous controller process made it (no step of that process runs any more), or
 *   <li>this process made it for a build that is known to be over, or
 *   <li>it has the name of a release before this one ({@code nosql-snapshot-login-<uuid>}: installing this release
 *       restarted the controller).
 * </ul>
 *
 * Anything else is kept: other files, a name that does not parse, a build that is still running or cannot be looked
 * up. Jenkins-free: the caller says whether a build is running.
 */
public final class LoginDirectories {
    public static final String PREFIX = "nosql-snapshot-login-";

    /** Longer run ids are not written into the name (file names have limits); such a directory's build is unknown. */
    private static final int MAX_ENCODED_RUN = 120;

    private static final String UNKNOWN_RUN = "~";
    private static final Pattern SESSION = Pattern.compile("[0-9a-f]{8,32}");
    private static final Pattern ENCODED_RUN = Pattern.compile("[A-Za-z0-9_-]+|~");

    private LoginDirectories() {}

    /** A new random controller session token (once per controller process). */
    public static String newSession() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A fresh directory name for a login unpacked by {@code runId} in this controller {@code session}. */
    public static String name(String session, String runId) {
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(runId.getBytes(StandardCharsets.UTF_8));
        if (encoded.length() > MAX_ENCODED_RUN) {
            encoded = UNKNOWN_RUN;
        }
        return PREFIX + session + "." + encoded + "." + UUID.randomUUID();
    }

    /**
     * Whether a directory in {@code <workspace>@tmp} is a left-over login that may be deleted now.
     *
     * @param session this controller process's token
     * @param stillRunning whether the build with that externalizable id may still be running (true when unknown)
     */
    public static boolean isStale(String directoryName, String session, Predicate<String> stillRunning) {
        if (directoryName == null || !directoryName.startsWith(PREFIX)) {
            return false;
        }
        String rest = directoryName.substring(PREFIX.length());
        if (isUuid(rest)) {
            return true;
        }
        String[] parts = rest.split("\\.", -1);
        if (parts.length != 3
                || !SESSION.matcher(parts[0]).matches()
                || !ENCODED_RUN.matcher(parts[1]).matches()
                || !isUuid(parts[2])) {
            return false;
        }
        if (!parts[0].equals(session)) {
            return true;
        }
        Optional<String> runId = decode(parts[1]);
        return runId.isPresent() && !stillRunning.test(runId.get());
    }

    private static Optional<String> decode(String encoded) {
        if (UNKNOWN_RUN.equals(encoded)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
