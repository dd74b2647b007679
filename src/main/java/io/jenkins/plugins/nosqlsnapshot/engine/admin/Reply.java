package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;

/**
 * What came back for one command.
 *
 * @param document      the document, when {@code kind} is DOCUMENT
 * @param problem       what went wrong otherwise, as a sentence naming the command
 * @param elapsedMillis how long the admin worked on it: from the moment it could start on the command (the command
 *                      was written, or, written together with others, the one before it was answered) to its answer
 * @param startNanos    that moment, on {@link System#nanoTime()}
 * @param endNanos      when the answer (or the problem) arrived, on {@link System#nanoTime()}
 */
public record Reply(
        String command,
        Kind kind,
        AdminDocument document,
        String problem,
        long elapsedMillis,
        long startNanos,
        long endNanos) {
    /** How an exchange ended. Every kind but DOCUMENT ends the session. */
    public enum Kind {
        DOCUMENT,
        TIMEOUT,
        ENDED,
        UNPARSEABLE,
        TOO_LARGE,
        PASSWORD_PROMPT,
        CANCELLED
    }

    Reply(String command, Kind kind, AdminDocument document, String problem, long startNanos, long endNanos) {
        this(command, kind, document, problem, Math.max(0, (endNanos - startNanos) / 1_000_000), startNanos, endNanos);
    }

    public boolean hasDocument() {
        return kind == Kind.DOCUMENT;
    }
}
