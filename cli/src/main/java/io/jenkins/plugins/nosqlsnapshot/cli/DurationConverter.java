package io.jenkins.plugins.nosqlsnapshot.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code 90s}, {@code 5m}, {@code 1h}, plain seconds ({@code 300}) or ISO-8601 ({@code PT5M}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            char unit = text.charAt(text.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofSeconds(Long.parseLong(text));
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            switch (unit) {
                case 's':
                    return Duration.ofSeconds(amount);
                case 'm':
                    return Duration.ofMinutes(amount);
                case 'h':
                    return Duration.ofHours(amount);
                default:
                    break;
            }
        } catch (RuntimeException e) {
            // fall through to the message below
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; use e.g. 90s, 5m, 1h or 300");
    }
}
