package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output of {@code restore-check} and {@code prune}: their JSON file in a report directory, then the text or the
 * JSON on stdout. The exit code survives a failed write.
 */
final class LifecycleOutput {
    private final OutputOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ReportOutput progressLines;

    LifecycleOutput(OutputOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.progressLines = new ReportOutput(options, out, err);
    }

    ProgressListener progress() {
        return progressLines.progress();
    }

    int finish(String fileName, String json, String text, int exitCode) {
        return finish(Path.of(options.reportDir), fileName, json, text, exitCode);
    }

    /** @param directory where the JSON file goes */
    int finish(Path directory, String fileName, String json, String text, int exitCode) {
        Path file = directory.resolve(fileName);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
            if (!options.quiet) {
                err.println("Written to " + file.toAbsolutePath().normalize());
            }
        } catch (IOException | RuntimeException e) {
            err.println("nosql-snapshot: WARNING: " + file + " could not be written: " + e.getMessage()
                    + " (the answer below stands)");
        }
        err.flush();
        out.print(options.format == OutputOptions.Format.JSON ? json : text);
        out.flush();
        return exitCode;
    }
}
