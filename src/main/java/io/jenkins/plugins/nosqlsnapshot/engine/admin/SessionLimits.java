package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.time.Duration;

/**
 * Bounds of one admin session.
 *
 * @param commandTimeout   longest wait for one command's document (and for the first prompt)
 * @param sessionTimeout   longest the whole session may take
 * @param maxDocumentChars largest document accepted; bigger output ends the session instead of exhausting memory
 */
public record SessionLimits(Duration commandTimeout, Duration sessionTimeout, int maxDocumentChars) {
    public static final SessionLimits DEFAULT =
            new SessionLimits(Duration.ofMinutes(5), Duration.ofMinutes(30), 32 * 1024 * 1024);

    public SessionLimits {
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("The command timeout must be positive, got " + commandTimeout);
        }
        if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive, got " + sessionTimeout);
        }
        if (maxDocumentChars < 1024) {
            throw new IllegalArgumentException("The document size limit must be at least 1024 characters");
        }
    }
}
