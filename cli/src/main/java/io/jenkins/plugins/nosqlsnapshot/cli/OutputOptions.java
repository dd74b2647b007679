package io.jenkins.plugins.nosqlsnapshot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the report goes and what the console shows. */
public final class OutputOptions {
    /** The console format. */
    public enum Format {
        TEXT,
        JSON
    }

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            defaultValue = "nosql-snapshot-report",
            description = "Directory for report.json, topology.json and the human reports (default: ${DEFAULT-VALUE})")
    String reportDir;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "stdout: a short summary (text) or the whole report.json (json) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress lines on stderr")
    boolean quiet;

    /** Where the per-store lock files live: the report directory's parent, so create and prune share them. */
    Path lockDirectory() {
        return Path.of(reportDir).toAbsolutePath().normalize().getParent();
    }
}
