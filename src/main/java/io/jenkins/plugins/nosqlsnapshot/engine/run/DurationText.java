package io.jenkins.plugins.nosqlsnapshot.engine.run;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people write them in options and Jenkinsfiles: {@code 500ms}, {@code 45s}, {@code 90m}, {@code 36h}, {@code 14d},
 * plain seconds ({@code 300}), or ISO-8601 ({@code PT5M}, {@code P14D}). One reading for the CLI and the plugin.
 */
public final class DurationText {
    private DurationText() {}

    /**
     * @param what the option or field, named in the error
     * @throws IllegalArgumentException naming {@code what}, the value and the accepted forms
     */
    public static Duration parse(String value, String what) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                Duration parsed = Duration.parse(text.toUpperCase(Locale.ROOT));
                if (!parsed.isNegative()) {
                    return parsed;
                }
            } else if (!text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))) {
                return Duration.ofSeconds(Long.parseUnsignedLong(text));
            } else if (text.length() >= 3 && text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseUnsignedLong(text.substring(0, text.length() - 2)));
            } else if (text.length() >= 2) {
                long amount = Long.parseUnsignedLong(text.substring(0, text.length() - 1));
                switch (text.charAt(text.length() - 1)) {
                    case 's':
                        return Duration.ofSeconds(amount);
                    case 'm':
                        return Duration.ofMinutes(amount);
                    case 'h':
                        return Duration.ofHours(amount);
                    case 'd':
                        return Duration.ofDays(amount);
                    default:
                        break;
                }
            }
        } catch (RuntimeException e) {
            // the message below says what is accepted
        }
        throw new IllegalArgumentException(
                what + " must be a duration such as 500ms, 45s, 90m, 36h, 14d, 300 (seconds) or" + " PT5M, got \""
                        + value + "\"");
    }
}
