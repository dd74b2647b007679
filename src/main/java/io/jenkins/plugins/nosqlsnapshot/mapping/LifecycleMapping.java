package io.jenkins.plugins.nosqlsnapshot.mapping;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionPolicy;
import io.jenkins.plugins.nosqlsnapshot.engine.run.DurationText;
import java.time.Duration;

/**
 * The lifecycle options of the steps mapped to the engine's: durations ({@code maxAge}, {@code lockTimeout}), the
 * retention policy of {@code keep}/{@code maxAge}, and the session limits. Jenkins-free; decides nothing.
 */
public final class LifecycleMapping {
    /** The default longest wait for a store's lock, as the CLI's {@code --lock-timeout}. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(30);

    private LifecycleMapping() {}

    /**
     * A duration as the steps write it: {@code 30d}, {@code 36h}, {@code 90m}, {@code 45s}, or ISO-8601
     * ({@code P30D}, {@code PT36H}); a bare {@code 0} is zero.
     *
     * @param field the parameter's name, for the message
     */
    public static Duration duration(String value, String field) {
        return DurationText.parse(value, "'" + field + "'");
    }

    /** The lock timeout, default {@link #DEFAULT_LOCK_TIMEOUT}; {@code 0} tries once. */
    public static Duration lockTimeout(String value) {
        return value == null || value.isBlank() ? DEFAULT_LOCK_TIMEOUT : duration(value, "lockTimeout");
    }

    /**
     * The retention of a snapshot step: null when neither {@code keep} nor {@code maxAge} is set (no pruning).
     *
     * @param name the requested snapshot name (NAME of {@code yyMMdd-HHmmss-NAME}), already expanded
     */
    public static RetentionPolicy retentionAfterSnapshot(String name, Integer keep, String maxAge) {
        if (keep == null && (maxAge == null || maxAge.isBlank())) {
            return null;
        }
        return retention(name, keep, maxAge, false);
    }

    /** The retention of {@code nosqlPrune}: at least one of {@code keep} and {@code maxAge} is required. */
    public static RetentionPolicy retention(String name, Integer keep, String maxAge, boolean dryRun) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("No snapshot name: set 'snapshotName' to the name given to nosqlSnapshot"
                    + " (NAME of yyMMdd-HHmmss-NAME); only snapshots of exactly that name are pruned");
        }
        Duration age = maxAge == null || maxAge.isBlank() ? null : duration(maxAge, "maxAge");
        return new RetentionPolicy(name.strip(), keep, age, dryRun);
    }

    /** The admin session's limits from the steps' minutes. */
    public static SessionLimits limits(int commandTimeoutMinutes, int timeoutMinutes) {
        if (commandTimeoutMinutes < 1 || timeoutMinutes < 1) {
            throw new IllegalArgumentException("Timeouts are in minutes and must be at least 1 (commandTimeoutMinutes="
                    + commandTimeoutMinutes + ", timeoutMinutes=" + timeoutMinutes + ")");
        }
        return new SessionLimits(
                Duration.ofMinutes(commandTimeoutMinutes),
                Duration.ofMinutes(timeoutMinutes),
                SessionLimits.DEFAULT.maxDocumentChars());
    }
}
