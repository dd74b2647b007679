package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.SavedSnapshot;
import io.jenkins.plugins.nosqlsnapshot.mapping.BuildSelector;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.SavedReportChoice;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jenkins.util.VirtualFile;

/**
 * Reads the reports that {@code nosqlSnapshot} archived ({@code nosql-snapshot/<name>/report.json} and
 * {@code topology.json}) back: one saved snapshot for a restore check, and for retention the reports of a build
 * that recorded no snapshot action. Through {@code Run.getArtifactManager().root()}, so it works with any artifact manager.
 */
public final class ArchivedReports {
    /** Largest report file read (a store of 1,000 SNs writes a few MB). */
    private static final int MAX_CHARS = 64 * 1024 * 1024;

    private ArchivedReports() {}

    /** A saved snapshot and where it was read from, for messages and the returned map. */
    record Saved(SavedSnapshot snapshot, String from) {}

    /** From an earlier build of the same job. */
    static Saved fromBuild(Run<?, ?> current, BuildSelector selector, String snapshotName)
            throws IOException, InterruptedException {
        Job<?, ?> job = current.getParent();
        Run<?, ?> build =
                switch (selector.kind()) {
                    case NUMBER -> job.getBuildByNumber(selector.number());
                    case LAST_SUCCESSFUL -> job.getLastSuccessfulBuild();
                    case LAST_STABLE -> job.getLastStableBuild();
                    case LAST_COMPLETED -> job.getLastCompletedBuild();
                };
        if (build == null) {
            throw new AbortException(Console.PREFIX + "fromBuild: this job has no build " + selector.describe()
                    + " (deleted, or none matches)");
        }
        String where = "build #" + build.getNumber();
        Map<String, VirtualFile> reports = reportDirectories(build);
        String chosen;
        try {
            chosen = SavedReportChoice.choose(reports.keySet(), snapshotName, where);
        } catch (IllegalArgumentException e) {
            throw new AbortException(Console.PREFIX + e.getMessage());
        }
        VirtualFile directory = reports.get(chosen);
        VirtualFile topology = directory.child(ReportFiles.TOPOLOGY_JSON);
        String from = where + " (" + ReportLayout.ROOT + "/" + chosen + ")";
        return new Saved(
                parse(read(directory.child(ReportFiles.REPORT_JSON)), topology.isFile() ? read(topology) : null, from),
                from);
    }

    /** From a report directory in the workspace (e.g. the {@code reportPath} nosqlSnapshot returned). */
    static Saved fromWorkspace(FilePath workspace, String directory) throws IOException, InterruptedException {
        FilePath dir = workspace.child(directory);
        FilePath report = dir.child(ReportFiles.REPORT_JSON);
        if (!report.exists()) {
            throw new AbortException(Console.PREFIX + "reportPath: " + directory + "/"
                    + ReportFiles.REPORT_JSON + " does not exist in the workspace; give the report directory"
                    + " nosqlSnapshot wrote (its reportPath)");
        }
        FilePath topology = dir.child(ReportFiles.TOPOLOGY_JSON);
        return new Saved(
                parse(report.readToString(), topology.exists() ? topology.readToString() : null, directory), directory);
    }

    private static SavedSnapshot parse(String reportJson, String topologyJson, String from) throws AbortException {
        try {
            return SavedSnapshot.parse(reportJson, topologyJson, from);
        } catch (IOException e) {
            throw new AbortException(Console.PREFIX + "The saved report cannot be used: " + e.getMessage());
        }
    }

    /**
     * The reports of the snapshots named {@code yyMMdd-HHmmss-NAME} that {@code build} archived, for retention's
     * verdicts of a build that recorded no snapshot action ({@link RetentionVerdicts}).
     *
     * @throws IOException when the artifacts cannot be listed or a report cannot be read
     */
    static List<SnapshotReport> snapshotReports(Run<?, ?> build, String name) throws IOException {
        List<SnapshotReport> reports = new ArrayList<>();
        for (Map.Entry<String, VirtualFile> entry : reportDirectories(build).entrySet()) {
            if (ReportLayout.holdsSnapshotOf(entry.getKey(), name)) {
                reports.add(ReportJson.read(read(entry.getValue().child(ReportFiles.REPORT_JSON))));
            }
        }
        return reports;
    }

    /** Report directories of a build's artifacts that hold a report.json, by name. */
    private static Map<String, VirtualFile> reportDirectories(Run<?, ?> build) throws IOException {
        Map<String, VirtualFile> found = new TreeMap<>();
        VirtualFile root = build.getArtifactManager().root().child(ReportLayout.ROOT);
        if (!root.isDirectory()) {
            return found;
        }
        for (VirtualFile child : root.list()) {
            if (child.isDirectory() && child.child(ReportFiles.REPORT_JSON).isFile()) {
                found.put(child.getName(), child);
            }
        }
        return found;
    }

    private static String read(VirtualFile file) throws IOException {
        try (InputStream in = file.open()) {
            byte[] bytes = in.readNBytes(MAX_CHARS + 1);
            if (bytes.length > MAX_CHARS) {
                throw new IOException(file.getName() + " is larger than " + MAX_CHARS / (1024 * 1024) + " MB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
