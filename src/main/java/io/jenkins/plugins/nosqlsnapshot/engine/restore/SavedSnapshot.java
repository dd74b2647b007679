package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminOutputException;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A snapshot as an earlier run archived it: its {@code report.json} (where every directory is, who was master) and
 * its {@code topology.json} (the raw {@code show topology -verbose} document of that moment).
 */
public record SavedSnapshot(SnapshotReport report, Topology topology) {
    /**
     * Reads a report directory written by {@code create} (or archived by a build).
     *
     * @throws IOException naming the missing or unreadable file
     */
    public static SavedSnapshot read(Path reportDir) throws IOException {
        return parse(
                text(reportDir.resolve(ReportFiles.REPORT_JSON)),
                text(reportDir.resolve(ReportFiles.TOPOLOGY_JSON)),
                reportDir.toString());
    }

    /**
     * Builds one from the two files' contents, e.g. read from a build's archived artifacts.
     *
     * @param source where they came from, for messages
     * @throws IOException naming what is wrong
     */
    public static SavedSnapshot parse(String reportJson, String topologyJson, String source) throws IOException {
        SnapshotReport report;
        try {
            report = ReportJson.read(reportJson);
        } catch (IOException e) {
            throw new IOException(source + "/" + ReportFiles.REPORT_JSON + ": " + e.getMessage(), e);
        }
        if (topologyJson == null) {
            throw new IOException(source + " has no " + ReportFiles.TOPOLOGY_JSON + ": the run that wrote it could not"
                    + " read the topology, so the topology of snapshot time is unknown");
        }
        try {
            Topology topology = TopologyParser.parse(DocumentParser.parseOutput(
                    topologyJson, source + "/" + ReportFiles.TOPOLOGY_JSON, "show topology"));
            return new SavedSnapshot(report, topology);
        } catch (AdminOutputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String text(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            if (file.endsWith(ReportFiles.TOPOLOGY_JSON)) {
                return null;
            }
            throw new IOException(
                    file + " does not exist; give the report directory written by"
                            + " 'nosql-snapshot create' (it holds report.json and topology.json)",
                    e);
        } catch (IOException e) {
            throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
