package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.run.DurationText;
import java.time.Duration;
import picocli.CommandLine;

/** Reads durations and ages ({@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h}, {@code 14d}, {@code 300}, {@code PT5M}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return DurationText.parse(value, "it");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
