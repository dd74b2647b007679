package io.jenkins.plugins.nosqlsnapshot.core.report;

import io.jenkins.plugins.nosqlsnapshot.core.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.core.parse.AdminDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every file of a report directory, by file name, rendered purely from a run's result. Writing them is the
 * caller's business (a local directory in the CLI, the build's workspace in the plugin).
 */
public final class ReportFiles {
    public static final String REPORT_JSON = "report.json";
    public static final String TOPOLOGY_JSON = "topology.json";
    public static final String REPORT_MD = "report.md";
    public static final String REPORT_HTML = "report.html";
    public static final String REPORT_CSS = HtmlReport.STYLESHEET;

    private static final String STYLESHEET = stylesheet();

    private ReportFiles() {
    }

    /** @param topologyDocument the raw topology, or null when none was read */
    public static Map<String, String> render(SnapshotReport report, AdminDocument topologyDocument) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(REPORT_JSON, ReportJson.write(report));
        if (topologyDocument != null) {
            files.put(TOPOLOGY_JSON, ReportJson.write(topologyDocument));
        }
        files.put(REPORT_MD, MarkdownReport.render(report));
        files.put(REPORT_HTML, HtmlReport.render(report));
        files.put(REPORT_CSS, STYLESHEET);
        return files;
    }

    private static String stylesheet() {
        try (InputStream in = ReportFiles.class.getResourceAsStream(REPORT_CSS)) {
            if (in == null) {
                throw new IllegalStateException(REPORT_CSS + " is missing from the nosql-snapshot core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + REPORT_CSS, e);
        }
    }
}
