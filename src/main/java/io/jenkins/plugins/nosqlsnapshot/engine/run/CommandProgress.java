package io.jenkins.plugins.nosqlsnapshot.engine.run;

import java.util.Locale;

/**
 * The progress line of one admin command, as the console and the CLI print it: {@code show plans: ok (5000, 2.8 s)}
 * or {@code show plans: failed (5100, 0.3 s)}. The word comes first so that the admin's return code reads as a code,
 * not as a count or a port, and the time is in seconds with one decimal.
 */
public final class CommandProgress {
    private static final int SUCCESS = 5000;

    private CommandProgress() {}

    public static String line(String command, int returnCode, long elapsedMillis) {
        return command + ": " + (returnCode == SUCCESS ? "ok" : "failed") + " (" + returnCode + ", "
                + seconds(elapsedMillis) + ")";
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", Math.max(0, millis) / 1000.0);
    }
}
