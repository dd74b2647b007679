package io.jenkins.plugins.nosqlsnapshot.core.report;

import io.jenkins.plugins.nosqlsnapshot.core.parse.AdminDocument;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every file of a report directory, by file name, rendered purely from a run's result. Writing them is the
 * caller's business (a local directory in the CLI, the build's workspace in the plugin).
 */
public final class ReportFiles {
    public static final String REPORT_JSON = "report.json";
    public static final String TOPOLOGY_JSON = "topology.json";

    private ReportFiles() {
    }

    /** @param topologyDocument the raw topology, or null when none was read */
    public static Map<String, String> render(SnapshotReport report, AdminDocument topologyDocument) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(REPORT_JSON, ReportJson.write(report));
        if (topologyDocument != null) {
            files.put(TOPOLOGY_JSON, ReportJson.write(topologyDocument));
        }
        return files;
    }
}
