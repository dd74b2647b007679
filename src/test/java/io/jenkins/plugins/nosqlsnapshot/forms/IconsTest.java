package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every icon of the plugin (an action's {@code getIconFileName}, a view's {@code icon="..."}) is a Jenkins Symbol
 * that jenkins-core 2.541.3 ships ({@code core/src/main/resources/images/symbols/NAME.svg}), never a bitmap of
 * {@code /images/24x24}, which newer Jenkins versions no longer draw in the side panel.
 */
class IconsTest {
    /** The core symbols this plugin uses, each checked in the jenkins-2.541.3 tag's images/symbols/. */
    private static final Set<String> CORE_SYMBOLS = Set.of("server", "document-text", "clock", "warning");

    private static final Pattern JAVA_ICON =
            Pattern.compile("getIcon(?:FileName|ClassName)\\(\\)\\s*\\{\\s*return\\s+(null|\"[^\"]*\");");
    private static final Pattern VIEW_ICON = Pattern.compile("\\bicon=\"([^\"]*)\"");

    @Test
    void everyIconIsACoreSymbol() throws IOException {
        List<String> problems = new ArrayList<>();
        int icons = 0;
        for (Path file : files(Path.of("src/main/java/io/jenkins/plugins/nosqlsnapshot"), ".java")) {
            Matcher m = JAVA_ICON.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!m.group(1).equals("null")) {
                    icons++;
                    check(file, m.group(1).substring(1, m.group(1).length() - 1), problems);
                }
            }
        }
        for (Path file : files(Path.of("src/main/resources"), ".jelly")) {
            Matcher m = VIEW_ICON.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                icons++;
                check(file, m.group(1), problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(icons >= 3, "only " + icons + " icons seen");
    }

    @Test
    void aBitmapIconIsCaught() {
        List<String> problems = new ArrayList<>();
        check(Path.of("X.java"), "clipboard.png", problems);
        check(Path.of("X.java"), "symbol-no-such-symbol", problems);
        assertTrue(problems.size() == 2, problems.toString());
    }

    private static void check(Path file, String icon, List<String> problems) {
        if (!icon.startsWith("symbol-") || !CORE_SYMBOLS.contains(icon.substring("symbol-".length()))) {
            problems.add(file + ": icon '" + icon + "' is not a symbol-* that jenkins-core 2.541.3 ships");
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
