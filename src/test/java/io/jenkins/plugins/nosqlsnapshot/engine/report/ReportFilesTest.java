package io.jenkins.plugins.nosqlsnapshot.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

    @Test
    void reportDirectoryHoldsEveryFormatAndTheStylesheetThePageLinks() throws IOException {
        RunResult run = FixtureReports.oneReplicationNodeDown();

        Map<String, String> files = ReportFiles.render(run.report(), run.topologyDocument());

        assertThat(files)
                .containsOnlyKeys("report.json", "topology.json", "report.md", "report.html", "web/report.css");
        assertThat(ReportJson.read(files.get("report.json")).verdict())
                .isEqualTo(run.report().verdict());
        assertThat(files.get("report.md")).startsWith("# nosql-snapshot report: UNSTABLE");
        assertThat(files.get("report.html")).contains("href=\"web/report.css\"");
        assertThat(files.get("web/report.css")).contains(".verdict-unstable").contains(".shard-degraded");
    }

    @Test
    void inAnArtifactListSortedByNameTheReportsComeBeforeTheStylesheet() {
        RunResult run = FixtureReports.oneReplicationNodeDown();
        // Jenkins lists each folder's entries by name (VirtualFile.compareTo), folders among files
        java.util.List<String> listed = ReportFiles.render(run.report(), run.topologyDocument()).keySet().stream()
                .map(path -> path.contains("/") ? path.substring(0, path.indexOf('/')) : path)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();

        assertThat(listed).containsExactly("report.html", "report.json", "report.md", "topology.json", "web");
    }

    @Test
    void withoutTopologyThereIsNoTopologyFileButStillEveryReport() {
        RunResult run = FixtureReports.cannotConnect();

        assertThat(ReportFiles.render(run.report(), run.topologyDocument()))
                .containsOnlyKeys("report.json", "report.md", "report.html", "web/report.css");
    }

    @Test
    void stylesheetStylesEveryClassThePageUsesForAStatus() {
        String css = ReportFiles.render(FixtureReports.healthy().report(), null).get("web/report.css");

        assertThat(css)
                .contains(
                        ".verdict-success",
                        ".verdict-unstable",
                        ".verdict-failure",
                        ".shard-complete",
                        ".shard-degraded",
                        ".shard-lost",
                        ".status-failed",
                        ".status-missing",
                        ".severity-failure",
                        ".severity-unstable",
                        ".severity-warning",
                        ".disagreement");
    }
}
