package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.util.OptionalInt;

/**
 * How an admin session's process ended after its last answer.
 *
 * @param sentNanos   when {@code exit} was written (or the session was found already ended), on
 *                    {@link System#nanoTime()}
 * @param endedNanos  when its process tree was gone
 * @param how         how it ended
 * @param exitCode    its exit code, when it ended by itself
 * @param graceMillis how long it was given to end by itself
 */
public record AdminExit(long sentNanos, long endedNanos, How how, OptionalInt exitCode, long graceMillis) {
    /** How the admin's process ended. */
    public enum How {
        /** It ended by itself within its grace. */
        BY_ITSELF,
        /** It was still running at the end of its grace and was ended with its process tree; its work was done. */
        AFTER_GRACE,
        /** The session had already ended it (a timeout, a failure, a cancellation) or it had ended by itself. */
        ALREADY_ENDED
    }

    public long durationMillis() {
        return Math.max(0, (endedNanos - sentNanos) / 1_000_000);
    }

    /** For the timeline: how it ended. */
    public String note() {
        return switch (how) {
            case BY_ITSELF ->
                "ended by itself" + (exitCode.isPresent() ? " with exit code " + exitCode.getAsInt() : "");
            case AFTER_GRACE ->
                "still running " + graceMillis + " ms after exit; ended with its process tree (its work" + " was done)";
            case ALREADY_ENDED -> "the session had already ended";
        };
    }
}
