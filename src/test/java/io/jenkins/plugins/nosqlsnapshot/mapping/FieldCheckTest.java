package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck.Level;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotEnvironment;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldCheckTest {
    private static final Path MESSAGES =
            Path.of("src/main/resources/io/jenkins/plugins/nosqlsnapshot/Messages.properties");

    @Test
    void theTextsComeFromTheMessageFileWithTheirArguments() {
        assertEquals(
                "Checked when the build runs, after ${...} expansion",
                FieldCheck.endpoint("${KV_STORE}").message());
        assertEquals(
                "Required: a name such as nightly or pre-upgrade-${BUILD_NUMBER}",
                FieldCheck.snapshotName(" ").message());
        assertEquals(
                "No store named \"prd\" in Manage Jenkins > System > Oracle NoSQL stores (configured: prod, test);"
                        + " or give host:port",
                FieldCheck.store("prd", List.of("prod", "test")).message());
        assertEquals(
                "Letters, digits, '_', '.' and '-' only, starting with a letter or digit, at most 64 (no ':', which"
                        + " marks host:port)",
                FieldCheck.storeName("a:b").message());
        assertEquals(
                "Only used with a Secret file credential (the zip's login file)",
                FieldCheck.loginFile("x", null).message());
        // an engine sentence is passed as an argument, braces and quotes untouched
        FieldCheck engine = FieldCheck.snapshotName("a b");
        assertEquals("FieldCheck.Detail", engine.key());
        assertEquals(engine.args().get(0), engine.message());
        assertNull(FieldCheck.snapshotName("nightly").message());
    }

    @Test
    void everyKeyTheChecksUseIsInTheMessageFileAndFormats() throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Pattern key = Pattern.compile("\"(FieldCheck\\.[A-Za-z]+)\"");
        Set<String> used = new TreeSet<>();
        for (String source : List.of("FieldCheck.java", "LifecycleFieldCheck.java")) {
            Matcher m = key.matcher(Files.readString(
                    Path.of("src/main/java/io/jenkins/plugins/nosqlsnapshot/mapping", source), StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertTrue(used.size() >= 20, "only " + used);
        for (String k : used) {
            String pattern = messages.getProperty(k);
            assertNotNull(pattern, k + " is not in Messages.properties");
            String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", "B"});
            assertFalse(text.contains("{0}") || text.contains("{1}"), k + ": " + text);
            // MessageFormat drops a lone quote: the file writes '' for one
            assertEquals(
                    pattern.replace("''", "\u0000")
                                    .chars()
                                    .filter(c -> c == '\'')
                                    .count()
                            % 2,
                    0,
                    k + " has an unbalanced quote: " + pattern);
        }
    }

    @Test
    void snapshotName() {
        assertEquals(Level.OK, FieldCheck.snapshotName("pre-upgrade-42").level());
        assertEquals(Level.ERROR, FieldCheck.snapshotName("").level());
        assertEquals(Level.ERROR, FieldCheck.snapshotName("a b").level());
        assertEquals(
                Level.WARNING,
                FieldCheck.snapshotName("pre-upgrade-${BUILD_NUMBER}").level());
    }

    @Test
    void store() {
        java.util.List<String> none = java.util.List.of();
        assertEquals(Level.OK, FieldCheck.store("node1:5000,node2:5000", none).level());
        assertEquals(Level.ERROR, FieldCheck.store("node1:x", none).level());
        assertEquals(Level.ERROR, FieldCheck.store(null, none).level());
        assertEquals(Level.WARNING, FieldCheck.store("${KV_STORE}", none).level());
    }

    @Test
    void storeNamesMustBeConfigured() {
        assertEquals(
                Level.OK,
                FieldCheck.store("prod", java.util.List.of("prod", "test")).level());
        FieldCheck unknown = FieldCheck.store("prd", java.util.List.of("prod", "test"));
        assertEquals(Level.ERROR, unknown.level());
        assertTrue(unknown.message().contains("prod, test"));
        assertEquals(Level.ERROR, FieldCheck.storeName("a:b").level());
        assertEquals(Level.OK, FieldCheck.storeName("prod-eu.1").level());
    }

    @Test
    void loginAndLauncherFieldsExcludeEachOther() {
        assertEquals(
                Level.ERROR,
                FieldCheck.securityFile("/k/client.security", "kv-login").level());
        assertEquals(Level.OK, FieldCheck.securityFile("/k/client.security", "").level());
        assertEquals(
                Level.ERROR,
                FieldCheck.kvstoreJar("/kv/lib/kvstore.jar", "kv_admin").level());
        assertEquals(Level.ERROR, FieldCheck.adminCommand("kv_admin 'x", null).level());
        assertEquals(
                Level.ERROR,
                FieldCheck.loginFile("../client.security", "kv-login").level());
        assertEquals(
                Level.WARNING, FieldCheck.loginFile("client.security", null).level());
        assertEquals(Level.OK, FieldCheck.optionalPositive("").level());
        assertEquals(Level.ERROR, FieldCheck.optionalPositive("0").level());
        assertEquals(Level.ERROR, FieldCheck.username("a b").level());
    }

    @Test
    void positiveNumbers() {
        assertEquals(Level.OK, FieldCheck.positive("3").level());
        assertEquals(Level.ERROR, FieldCheck.positive("0").level());
        assertEquals(Level.ERROR, FieldCheck.positive("").level());
        assertEquals(Level.ERROR, FieldCheck.positive("x").level());
    }

    @Test
    void environmentVariablesLeftForLaterSteps() {
        assertEquals(
                Map.of("NOSQL_SNAPSHOT_NAME", "251124-101500-nightly", "NOSQL_SNAPSHOT_VERDICT", "UNSTABLE"),
                SnapshotEnvironment.variables("251124-101500-nightly", "UNSTABLE"));
        assertEquals(Map.of("NOSQL_SNAPSHOT_VERDICT", "FAILURE"), SnapshotEnvironment.variables(null, "FAILURE"));
    }
}
