package io.jenkins.plugins.nosqlsnapshot.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue of every sentence the engine can say; report.json's codes are its stable keys. */
class ReasonCodeTest {
    /** The codes report.json (schema version 1) has always written; renaming one breaks its readers. */
    private static final Set<String> SCHEMA_CODES = Set.of(
            "TOPOLOGY_NOT_CHECKED",
            "ADMIN_REPORTED_PROBLEM",
            "ADMIN_DISAGREES",
            "PREFLIGHT_BLOCKED",
            "PREFLIGHT_WARNING",
            "ADMIN_ERROR",
            "NOT_TAKEN",
            "NO_SHARDS",
            "SHARD_LOST",
            "SHARD_BELOW_MINIMUM",
            "COMPONENT_FAILED",
            "COMPONENT_MISSING",
            "NO_ADMIN_SNAPSHOT",
            "CONFIG_FAILED",
            "SNAPSHOT_NOT_LISTED",
            "LISTING_FAILED",
            "NAME_UNKNOWN",
            "UNKNOWN_COMPONENTS",
            "ADMIN_NOT_STARTED",
            "INVALID_UTF8",
            "SESSION_FAILED",
            "RESULT_UNPARSEABLE",
            "NAME_RECOVERED",
            "PASSWORD_PROMPT",
            "TIMEOUT",
            "CANCELLED",
            "CONNECTION_FAILED",
            "SSL_CONFIGURATION_FAILED",
            "DOCUMENT_UNUSABLE",
            "INPUT_UNPARSEABLE",
            "LOCK_TIMEOUT",
            "LOCK_FAILED",
            "CONFIGURATION_INVALID",
            "LOGIN_INVALID");

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void everyTemplateFormatsWithOneValuePerNamedArgument(ReasonCode code) {
        Object[] values =
                code.arguments().stream().map(name -> "<" + name + ">").toArray();

        Reason reason = code.reason(values);

        assertThat(reason.code()).isEqualTo(code.code());
        assertThat(reason.severity()).isEqualTo(code.severity());
        assertThat(reason.message()).doesNotContain("{", "}").isNotBlank();
        for (Object value : values) {
            assertThat(reason.message()).contains((String) value);
        }
    }

    @Test
    void theCodesAreExactlyTheOnesReportJsonHasAlwaysWritten() {
        assertThat(Arrays.stream(ReasonCode.values()).map(ReasonCode::code).collect(Collectors.toSet()))
                .isEqualTo(SCHEMA_CODES);
    }

    @Test
    void aWrongNumberOfArgumentsIsRefusedWithTheirNames() {
        assertThatThrownBy(() -> ReasonCode.NO_SHARDS.format())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[snapshot]");
        assertThatThrownBy(() -> ReasonCode.NOT_TAKEN.format("extra")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameUsedTwiceTakesTheSameArgumentAndValuesAreNotReadAsTemplates() {
        assertThat(ReasonCode.CONFIG_MISSING.arguments()).containsExactly("sn", "hostFragment", "pingFragment");
        assertThat(ReasonCode.CONFIG_MISSING.format("sn2", " (h2)", "{pingFragment}"))
                .isEqualTo(
                        "the configuration backup of sn2 (h2) is missing: the admin named sn2 in neither list{pingFragment};"
                                + " restoring sn2 in place needs its configuration (config.xml, security.policy) from elsewhere.");
    }

    @Test
    void aPolicySetSeverityReplacesTheDefaultButNotTheCode() {
        Reason reason = ReasonCode.RN_MISSING.reasonAt(Severity.FAILURE, "rg1-rn2", "", "", "rg1", 2, 3);

        assertThat(reason)
                .isEqualTo(
                        new Reason(
                                Severity.FAILURE,
                                "COMPONENT_MISSING",
                                "rg1-rn2 has no snapshot: it is"
                                        + " in the topology but the admin named it in neither list (silent omission); shard rg1 still has 2 of 3."));
    }

    @Test
    void theLockSentencesOfTheCliAndThePluginKeepTheirWords() {
        String wait = "Gave up after 1s waiting for the lock (Lock file x.)";

        assertThat(ReasonCode.LOCK_TIMEOUT.format(wait + ".", "run", "--lock-timeout"))
                .isEqualTo(wait
                        + ". No snapshot was taken; run again when the other run has ended, or raise --lock-timeout.");
        assertThat(ReasonCode.LOCK_TIMEOUT.format(wait, "build", "lockTimeout"))
                .isEqualTo(wait
                        + " No snapshot was taken; run again when the other build has ended, or raise lockTimeout.");
        assertThat(ReasonCode.LOCK_WAIT_CANCELLED.format("")).isEqualTo("Cancelled while waiting for the store lock.");
        assertThat(ReasonCode.LOCK_WAIT_CANCELLED.format("; no snapshot was taken"))
                .isEqualTo("Cancelled while waiting for the store lock; no snapshot was taken.");
    }

    /** Codes the tests and the generated fault matrix (docs/reliability.md) expect must be ones the engine can write. */
    @Test
    void everyCodeTheTestsAndTheFaultMatrixExpectIsInTheCatalogue() throws IOException {
        Path root = RepositoryRoot.find();
        Set<String> expected = new TreeSet<>();
        for (String sources : List.of("src/test/java", "cli/src/test/java")) {
            try (Stream<Path> files = Files.walk(root.resolve(sources))) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    expected.addAll(codesIn(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        expected.addAll(matches(
                Pattern.compile("(?:FAILURE|UNSTABLE|WARNING|INFO) ([A-Z][A-Z0-9_]+):"),
                Files.readString(root.resolve("docs/reliability.md"), StandardCharsets.UTF_8)));

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(expected)
                .allSatisfy(code ->
                        assertThat(ReasonCode.isKnownCode(code)).as(code).isTrue());
    }

    private static Set<String> codesIn(String source) {
        Set<String> codes = new TreeSet<>();
        codes.addAll(matches(Pattern.compile("\\.expect\\(\\w+, \"([A-Z][A-Z0-9_]+)\""), source));
        codes.addAll(matches(Pattern.compile("code\\(\\)\\)\\.isEqualTo\\(\"([A-Z][A-Z0-9_]+)\""), source));
        codes.addAll(matches(Pattern.compile("code\\(\\)\\.equals\\(\"([A-Z][A-Z0-9_]+)\""), source));
        codes.addAll(matches(Pattern.compile("assertLogContains\\(\"\\[([A-Z][A-Z0-9_]+)\\]\""), source));
        Matcher lists =
                Pattern.compile("Reason::code\\)\\.contains\\w*\\(([^)]*)\\)").matcher(source);
        while (lists.find()) {
            codes.addAll(matches(Pattern.compile("\"([A-Z][A-Z0-9_]+)\""), lists.group(1)));
        }
        return codes;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
