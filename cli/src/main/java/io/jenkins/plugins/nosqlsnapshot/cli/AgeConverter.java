package io.jenkins.plugins.nosqlsnapshot.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Reads a snapshot age: {@code 14d}, {@code 36h}, {@code 90m}, or ISO-8601 ({@code P14D}, {@code PT36H}). */
final class AgeConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            switch (text.charAt(text.length() - 1)) {
                case 'd':
                    return Duration.ofDays(amount);
                case 'h':
                    return Duration.ofHours(amount);
                case 'm':
                    return Duration.ofMinutes(amount);
                default:
                    break;
            }
        } catch (RuntimeException e) {
            // fall through to the message below
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not an age; use e.g. 14d, 36h, 90m or P14D");
    }
}
