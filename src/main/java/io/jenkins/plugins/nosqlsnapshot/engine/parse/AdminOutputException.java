package io.jenkins.plugins.nosqlsnapshot.engine.parse;

/** The admin printed something that is not the document we needed; the message says what and where. */
public final class AdminOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public AdminOutputException(String message) {
        super(message);
    }

    public AdminOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
