package io.jenkins.plugins.nosqlsnapshot.engine.run;

import java.util.regex.Pattern;

/**
 * The name given to {@code snapshot create -name}. The server validates nothing: {@code /} creates nested
 * directories, an empty name creates {@code yyMMdd-HHmmss-}, blanks are kept. So the name is checked here, before
 * anything runs.
 */
public final class SnapshotName {
    /** Longest accepted name; the server prefixes {@code yyMMdd-HHmmss-}. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]+");

    private SnapshotName() {}

    /**
     * @return the name, unchanged
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public static String validate(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("The snapshot name is empty; give a name such as nightly or"
                    + " pre-upgrade-42 (letters, digits, '_', '.', '-')");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The snapshot name is " + name.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        if (!ALLOWED.matcher(name).matches()) {
            StringBuilder bad = new StringBuilder();
            name.codePoints()
                    .filter(c ->
                            !(c < 128 && ALLOWED.matcher(Character.toString(c)).matches()))
                    .distinct()
                    .forEach(c -> bad.append(bad.length() == 0 ? "" : " ").append(describe(c)));
            throw new IllegalArgumentException("The snapshot name \"" + printable(name) + "\" contains " + bad
                    + "; only letters, digits, '_', '.' and '-' are allowed (the admin would turn '/' into nested"
                    + " directories on every Storage Node)");
        }
        if (".".equals(name) || "..".equals(name)) {
            throw new IllegalArgumentException("The snapshot name \"" + name + "\" is not allowed");
        }
        return name;
    }

    /** The name the user gave, from a full {@code yyMMdd-HHmmss-NAME}; null when it has another shape. */
    public static String requestedPart(String fullName) {
        if (fullName == null || fullName.length() < 14 || fullName.charAt(6) != '-' || fullName.charAt(13) != '-') {
            return null;
        }
        return fullName.substring(14);
    }

    private static String describe(int c) {
        if (c == ' ') {
            return "a blank";
        }
        if (Character.isISOControl(c)) {
            return String.format("control character U+%04X", c);
        }
        return "'" + Character.toString(c) + "'";
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints()
                .limit(MAX_LENGTH)
                .forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return out.toString();
    }
}
