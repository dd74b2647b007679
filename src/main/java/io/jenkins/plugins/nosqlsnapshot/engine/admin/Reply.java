package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;

/**
 * What came back for one command.
 *
 * @param document the document, when {@code kind} is DOCUMENT
 * @param problem  what went wrong otherwise, as a sentence naming the command
 */
public record Reply(String command, Kind kind, AdminDocument document, String problem, long elapsedMillis) {
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

    public boolean hasDocument() {
        return kind == Kind.DOCUMENT;
    }
}
