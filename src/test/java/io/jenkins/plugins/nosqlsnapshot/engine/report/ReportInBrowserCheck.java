package io.jenkins.plugins.nosqlsnapshot.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.report.browser.CspFileServer;
import io.jenkins.plugins.nosqlsnapshot.engine.report.browser.HeadlessChromium;
import io.jenkins.plugins.nosqlsnapshot.engine.report.browser.PageVisit;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * report.html as Jenkins serves an archived artifact (over HTTP with its Content-Security-Policy), in a real
 * headless Chromium, inspected through DevTools. Needs Chromium, so no build runs it by default (its name matches
 * neither surefire's test patterns nor *ITest, which ci.jenkins.io runs): {@code scripts/browser-check.sh} runs it. System properties: {@code nosqlsnapshot.chromium}, the
 * executable (default {@code chromium}); {@code nosqlsnapshot.screenshots}, where the PNGs go (default
 * {@code target/browser-check}).
 */
class ReportInBrowserCheck {
    private static final int WIDTH = 1100;
    private static final int MAX_SCREENSHOT_HEIGHT = 2400;

    private static Path site;
    private static CspFileServer server;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startBrowser() throws IOException {
        site = Files.createTempDirectory("nosql-snapshot-site-");
        server = CspFileServer.serve(site);
        chromium = HeadlessChromium.start(System.getProperty("nosqlsnapshot.chromium", "chromium"));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> fixtureCases() {
        return Stream.of(
                Arguments.of("success", (Supplier<RunResult>) FixtureReports::healthy, "rgb(27, 122, 54)"),
                Arguments.of(
                        "unstable", (Supplier<RunResult>) FixtureReports::oneReplicationNodeDown, "rgb(242, 176, 30)"),
                Arguments.of("failure", (Supplier<RunResult>) FixtureReports::shardDown, "rgb(179, 38, 30)"),
                Arguments.of("cannot-connect", (Supplier<RunResult>) FixtureReports::cannotConnect, "rgb(179, 38, 30)"),
                Arguments.of(
                        "seed-shard-lost", (Supplier<RunResult>) FixtureReports::seedShardLost, "rgb(179, 38, 30)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureCases")
    void reportIsStyledByItsStylesheetAloneUnderJenkinsCsp(String name, Supplier<RunResult> fixture, String banner)
            throws IOException {
        RunResult result = fixture.get();
        publish(name, ReportFiles.render(result.report(), result.topologyDocument()));
        int logBefore = chromium.log().length();

        PageVisit page = PageVisit.open(chromium, server.uri(name + "/report.html"), WIDTH);

        assertThat(page.computedStyle("header.banner", "background-color"))
                .as("verdict banner colour")
                .isEqualTo(banner);
        assertThat(page.computedStyle(".verdict-word", "font-weight")).isEqualTo("800");
        assertThat(page.computedStyle("html", "font-family")).startsWith("system-ui");
        if (!result.report().shards().isEmpty()) {
            assertThat(page.computedStyle(".shard-grid", "display")).isEqualTo("grid");
            assertThat(page.computedStyle("table.paths", "border-collapse")).isEqualTo("collapse");
        }
        assertThat(page.cspViolations())
                .as("CSP violations; all messages: %s", page.messages())
                .isEmpty();
        assertThat(chromium.log().substring(logBefore)).doesNotContain("Content Security Policy");
        page.screenshot(screenshots().resolve("report-" + name + ".png"), MAX_SCREENSHOT_HEIGHT);
    }

    @Test
    void storeValuesShowAsTextNotMarkup() throws IOException {
        RunResult hostile = FixtureReports.hostile();
        publish("hostile", ReportFiles.render(hostile.report(), hostile.topologyDocument()));

        PageVisit page = PageVisit.open(chromium, server.uri("hostile/report.html"), WIDTH);

        assertThat(page.count("script")).isZero();
        assertThat(page.count("b"))
                .as("a <b> in a snapshot name must stay text")
                .isZero();
        assertThat(page.count(".host")).isPositive();
        assertThat(page.cspViolations()).isEmpty();
    }

    /** Proves the check can fail: the CSP really is served, and Chromium's complaints are seen. */
    @Test
    void inlineStylingIsRefusedAndReportedAsViolation() throws IOException {
        publish(
                "canary",
                Map.of(
                        "index.html",
                        "<!DOCTYPE html><html><head><title>canary</title>"
                                + "<link rel=\"stylesheet\" href=\"report.css\"><style>p { color: rgb(255, 0, 0); }</style></head>"
                                + "<body><p class=\"inline\" style=\"background-color: rgb(0, 0, 255)\">inline</p></body></html>",
                        "report.css",
                        "html { font-family: system-ui, sans-serif; }"));
        int logBefore = chromium.log().length();

        PageVisit page = PageVisit.open(chromium, server.uri("canary/index.html"), WIDTH);

        assertThat(page.computedStyle("p.inline", "background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(page.computedStyle("p.inline", "color")).isNotEqualTo("rgb(255, 0, 0)");
        assertThat(page.computedStyle("html", "font-family")).startsWith("system-ui");
        assertThat(page.cspViolations()).isNotEmpty();
        assertThat(page.cspViolations() + chromium.log().substring(logBefore)).contains("Content Security Policy");
    }

    /** Proves the styled check can fail: the same report without web/report.css beside it has a plain banner. */
    @Test
    void reportWithoutItsStylesheetIsSeenAsUnstyled() throws IOException {
        RunResult result = FixtureReports.healthy();
        Map<String, String> files = new LinkedHashMap<>(ReportFiles.render(result.report(), result.topologyDocument()));
        files.remove(ReportFiles.REPORT_CSS);
        publish("unstyled", files);

        PageVisit page = PageVisit.open(chromium, server.uri("unstyled/report.html"), WIDTH);

        assertThat(page.computedStyle("header.banner", "background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    }

    private static void publish(String directory, Map<String, String> files) throws IOException {
        Path dir = Files.createDirectories(site.resolve(directory));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("nosqlsnapshot.screenshots", "target/browser-check"));
    }
}
