package io.jenkins.plugins.nosqlsnapshot.mapping;

import java.util.Locale;

/**
 * Which earlier build of the same job {@code fromBuild} names: a build number, or one of Jenkins' permalinks.
 * Jenkins-free; the glue resolves it with {@code Job.getBuildByNumber}/{@code getLast...Build}.
 *
 * @param number the build number for {@link Kind#NUMBER}, else 0
 */
public record BuildSelector(Kind kind, int number) {

    /** The kinds of selection. */
    public enum Kind {
        NUMBER("#"),
        LAST_SUCCESSFUL("lastSuccessful"),
        LAST_STABLE("lastStable"),
        LAST_COMPLETED("lastCompleted");

        private final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /** {@code 41}, {@code #41}, {@code lastSuccessful}, {@code lastStable} or {@code lastCompleted} (any case). */
    public static BuildSelector parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.startsWith("#")) {
            text = text.substring(1);
        }
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() <= 9) {
            int number = Integer.parseInt(text);
            if (number > 0) {
                return new BuildSelector(Kind.NUMBER, number);
            }
        }
        String key = text.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (Kind kind : Kind.values()) {
            if (kind != Kind.NUMBER && kind.text.toLowerCase(Locale.ROOT).equals(key)) {
                return new BuildSelector(kind, 0);
            }
        }
        throw new IllegalArgumentException("'fromBuild' must be a build number of this job (e.g. 41) or one of"
                + " lastSuccessful, lastStable, lastCompleted; got \"" + value + "\"");
    }

    /** How messages name it: {@code #41} or {@code lastSuccessful}. */
    public String describe() {
        return kind == Kind.NUMBER ? "#" + number : kind.text;
    }
}
