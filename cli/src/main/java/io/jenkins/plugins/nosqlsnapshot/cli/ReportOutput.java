package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ConsoleSummary;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneText;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Writes the report directory and prints the summary; the verdict's exit code survives any write failure. */
final class ReportOutput {
    private final OutputOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final long started = System.nanoTime();

    ReportOutput(OutputOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Progress lines with the elapsed time, on stderr unless --quiet. */
    ProgressListener progress() {
        if (options.quiet) {
            return ProgressListener.NONE;
        }
        return message -> {
            err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - started) / 1e9, message);
            err.flush();
        };
    }

    /**
     * Writes the reports while the admin exits, waits for it (at most its grace), writes report.json once more with
     * the whole timeline, and prints the summary.
     */
    int finish(RunResult result) {
        long reportsStarted = System.nanoTime();
        Path directory = Path.of(options.reportDir);
        boolean written = write(directory, () -> ReportFiles.render(result.report(), result.topologyDocument()));
        SnapshotReport report = result.finished(reportsStarted).report();
        if (written && report != result.report()) {
            write(directory, () -> Map.of(ReportFiles.REPORT_JSON, ReportJson.write(report)));
        }
        if (written && !options.quiet) {
            err.println("Report written to " + directory.toAbsolutePath().normalize());
        }
        err.flush();
        if (options.format == OutputOptions.Format.JSON) {
            out.print(ReportJson.write(report));
        } else {
            out.print(ConsoleSummary.render(report));
        }
        out.flush();
        return report.verdict().exitCode();
    }

    private boolean write(Path directory, Supplier<Map<String, String>> files) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.get().entrySet()) {
                Path path = directory.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("nosql-snapshot: WARNING: the report could not be written to " + directory + ": "
                    + e.getMessage() + " (the verdict below stands)");
            return false;
        }
    }

    /** The prune after the snapshot: prune.json beside the report, its text on stderr (unless --quiet). */
    void finishPrune(PruneReport prune) {
        Path file = Path.of(options.reportDir).resolve(LifecycleJson.PRUNE_JSON);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, LifecycleJson.write(prune), StandardCharsets.UTF_8);
            if (!options.quiet) {
                err.println("Prune written to " + file.toAbsolutePath().normalize());
            }
        } catch (IOException | RuntimeException e) {
            err.println("nosql-snapshot: WARNING: " + file + " could not be written: " + e.getMessage()
                    + " (the verdict stands)");
        }
        if (!options.quiet) {
            err.print(PruneText.render(prune));
            err.println();
        }
        err.flush();
    }
}
