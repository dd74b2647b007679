package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snapshot name of the admin's {@code yyMMdd-HHmmss-NAME} form. The time is the admin CLI host's local time when
 * the snapshot was created; 2-digit years are read as 20yy.
 */
public record DatedSnapshot(String fullName, String requestedName, LocalDateTime takenAt) {
    private static final Pattern FORM = Pattern.compile("(\\d{6}-\\d{6})-(.*)", Pattern.DOTALL);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuMMdd-HHmmss").withResolverStyle(ResolverStyle.STRICT);

    /** The snapshot if {@code fullName} is {@code yyMMdd-HHmmss-} followed by exactly {@code requestedName}. */
    public static Optional<DatedSnapshot> parse(String fullName, String requestedName) {
        Matcher matcher = FORM.matcher(fullName);
        if (!matcher.matches() || !matcher.group(2).equals(requestedName)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new DatedSnapshot(fullName, requestedName, LocalDateTime.parse(matcher.group(1), STAMP)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
