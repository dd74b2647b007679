package io.jenkins.plugins.nosqlsnapshot.engine.fault;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where measured tables go: always {@code target/reliability-SECTION.md}; with {@code -Dreliability.regenerate=true}
 * also between {@code <!-- SECTION:begin -->} and {@code <!-- SECTION:end -->} in {@code docs/reliability.md}, so the
 * committed figures are the ones a test run produced, never typed by hand.
 */
public final class ReliabilityDoc {
    public static final String REGENERATE = "reliability.regenerate";

    private ReliabilityDoc() {}

    public static synchronized void publish(String section, String markdown) throws IOException {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path target = module.resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("reliability-" + section + ".md"), markdown, StandardCharsets.UTF_8);
        if (!Boolean.getBoolean(REGENERATE)) {
            return;
        }
        Path doc = RepositoryRoot.find().resolve("docs").resolve("reliability.md");
        String begin = "<!-- " + section + ":begin -->";
        String end = "<!-- " + section + ":end -->";
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(doc + " has no " + begin + " ... " + end + " section to regenerate");
        }
        Files.writeString(
                doc,
                text.substring(0, from + begin.length()) + "\n" + markdown + text.substring(to),
                StandardCharsets.UTF_8);
    }
}
