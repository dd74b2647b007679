package io.jenkins.plugins.nosqlsnapshot.cli;

/** The user gave something unusable (a missing file, conflicting options); exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
