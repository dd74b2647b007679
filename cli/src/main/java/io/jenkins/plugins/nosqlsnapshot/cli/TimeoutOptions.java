package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How long one admin session may wait; shared by every command that talks to a store. */
public final class TimeoutOptions {
    @Option(
            names = "--command-timeout",
            paramLabel = "DURATION",
            defaultValue = "5m",
            converter = DurationConverter.class,
            description = "Longest wait for one admin command (default: ${DEFAULT-VALUE})")
    Duration commandTimeout;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "30m",
            converter = DurationConverter.class,
            description = "Longest the whole admin session may take (default: ${DEFAULT-VALUE})")
    Duration timeout;

    public SessionLimits limits() {
        return new SessionLimits(commandTimeout, timeout, SessionLimits.DEFAULT.maxDocumentChars());
    }
}
