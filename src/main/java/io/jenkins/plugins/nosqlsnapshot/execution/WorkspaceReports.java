package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.FilePath;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import jenkins.util.BuildListenerAdapter;

/**
 * Writes a step's report files into the workspace and archives them. Both go through the step's gate: a stopped step
 * writes nothing into a workspace that {@code node} may have handed to another build, and archives nothing. A failure
 * to write or archive is a warning in the log, never a lost answer: the verdict and the reasons are in the log too.
 */
final class WorkspaceReports {
    private WorkspaceReports() {}

    /**
     * @param directory where the files go, relative to the workspace
     * @param path      the main file's path ({@code directory/report.json}), or null when nothing could be written
     */
    record Written(String directory, String path, boolean archived) {}

    /**
     * @param files    file name to content, the main file first
     * @param archive  whether to archive them as build artifacts too
     */
    static Written write(String directory, Map<String, String> files, boolean archive, StoreSession.Build build) {
        return write(directory, files, Map::of, archive, build);
    }

    /**
     * @param rewritten the files to write once more after the first writing and before archiving, e.g. report.json
     *                  once the admin has ended and its timeline is whole; asked only when the first writing worked
     */
    static Written write(
            String directory,
            Map<String, String> files,
            Supplier<Map<String, String>> rewritten,
            boolean archive,
            StoreSession.Build build) {
        PrintStream log = build.log();
        String main = directory + "/" + files.keySet().iterator().next();
        try {
            boolean written = build.gate().ifOpen(() -> writeAll(build, directory, files));
            if (written) {
                Map<String, String> again = rewritten.get();
                written = again.isEmpty() || build.gate().ifOpen(() -> writeAll(build, directory, again));
            }
            if (!written) {
                log.println(Console.PREFIX + "The step was stopped: " + main
                        + " was not written into the workspace, and nothing was added to the build");
                return new Written(directory, null, false);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            build.listener().error(Console.PREFIX + "WARNING: could not write " + main + ": " + e);
            return new Written(directory, null, false);
        }
        if (!archive) {
            log.println(Console.PREFIX + "Written to " + main + " (not archived: archive is off)");
            return new Written(directory, main, false);
        }
        try {
            boolean archived = build.gate()
                    .ifOpen(() -> build.run()
                            .pickArtifactManager()
                            .archive(
                                    build.workspace(),
                                    build.launcher(),
                                    BuildListenerAdapter.wrap(build.listener()),
                                    ReportLayout.artifacts(directory, files.keySet())));
            if (!archived) {
                log.println(Console.PREFIX + "Written to " + main + " (not archived: the step was stopped)");
                return new Written(directory, main, false);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            build.listener().error(Console.PREFIX + "WARNING: written to " + main + ", but could not archive it: " + e);
            return new Written(directory, main, false);
        }
        log.println(
                Console.PREFIX + "Written to " + main + " and archived as build artifacts under " + directory + "/");
        return new Written(directory, main, true);
    }

    private static void writeAll(StoreSession.Build build, String directory, Map<String, String> files)
            throws IOException, InterruptedException {
        FilePath dir = build.workspace().child(directory);
        dir.mkdirs();
        for (Map.Entry<String, String> file : files.entrySet()) {
            dir.child(file.getKey()).write(file.getValue(), StandardCharsets.UTF_8.name());
        }
    }
}
