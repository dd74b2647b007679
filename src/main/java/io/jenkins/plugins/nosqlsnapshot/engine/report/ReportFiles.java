package io.jenkins.plugins.nosqlsnapshot.engine.report;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every file of a report directory, by its '/'-separated path in that directory, rendered purely from a run's
 * result. Writing them is the caller's business (a local directory in the CLI, the build's workspace in the plugin),
 * which creates the subfolder of {@link #REPORT_CSS}.
 */
public final class ReportFiles {
    public static final String REPORT_JSON = "report.json";
    public static final String TOPOLOGY_JSON = "topology.json";
    public static final String REPORT_MD = "report.md";
    public static final String REPORT_HTML = "report.html";
    /** {@code web/report.css}: the link of report.html, kept below the reports in Jenkins' artifact lists. */
    public static final String REPORT_CSS = HtmlReport.STYLESHEET;

    private static final String STYLESHEET_RESOURCE = "report.css";

    private static final String STYLESHEET = stylesheet();

    private ReportFiles() {}

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
        try (InputStream in = ReportFiles.class.getResourceAsStream(STYLESHEET_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET_RESOURCE + " is missing from the nosql-snapshot core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + STYLESHEET_RESOURCE, e);
        }
    }
}
