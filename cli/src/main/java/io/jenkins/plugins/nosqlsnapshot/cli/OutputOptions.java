package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.files.FileProblem;
import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * Creates the report directory and proves it can be written, before anything is taken: a report that cannot be
     * written is a usage error, not a lost report after the snapshot.
     *
     * @throws UsageException naming the directory and the cause in words
     */
    void checkReportDirectory() {
        Path directory = Path.of(reportDir);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException("--report-dir " + reportDir
                    + " is a file, not a directory: give a directory (it is created when missing)");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UsageException("The report directory " + reportDir + " cannot be created (" + FileProblem.words(e)
                    + "): give a directory you can write to with --report-dir");
        }
        try {
            Files.delete(Files.createTempFile(directory, ".nosql-snapshot-", ".probe"));
        } catch (IOException e) {
            throw new UsageException("The report directory " + reportDir + " cannot be written (" + FileProblem.words(e)
                    + "): give a directory you can write to with --report-dir");
        }
    }
}
