package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * JVM options for the short-lived admin JVM started as {@code java -jar kvstore.jar runadmin}: the startup flags
 * (C1 only, the serial collector: the admin JVM lives for seconds, so JIT tiers and a parallel collector cost more
 * than they save) unless turned off, then the site's own options in the order given. Not used for an admin command
 * wrapper, which starts its JVM itself.
 *
 * @param startupFlags      whether {@link #STARTUP_FLAGS} come first
 * @param classDataSharing whether the admin JVM uses (and on its first run creates) a class-data sharing archive of
 *                         the admin's classes, see the class-data sharing of issue 12
 * @param options           the site's options, each one argument starting with {@code -}, e.g. {@code -Xmx512m}
 */
public record AdminJvm(boolean startupFlags, boolean classDataSharing, List<String> options) {
    /** On by default. */
    public static final List<String> STARTUP_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The startup flags, class-data sharing and no site option. */
    public static final AdminJvm DEFAULT = new AdminJvm(true, true, List.of());

    public AdminJvm {
        List<String> checked = new ArrayList<>();
        for (String option : options == null ? List.<String>of() : options) {
            String stripped = option == null ? "" : option.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!stripped.startsWith("-")
                    || stripped.equals("-jar")
                    || stripped.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("The admin Java option \"" + stripped + "\" is not one JVM option:"
                        + " give one option per entry starting with -, e.g. -Xmx512m or -Djava.io.tmpdir=/var/tmp");
            }
            checked.add(stripped);
        }
        options = List.copyOf(checked);
    }

    /** The arguments between {@code java} and {@code -jar}. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>(startupFlags ? STARTUP_FLAGS : List.of());
        arguments.addAll(options);
        return arguments;
    }
}
