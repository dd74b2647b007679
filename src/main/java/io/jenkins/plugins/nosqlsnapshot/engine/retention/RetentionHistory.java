package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The verdicts earlier runs gave their snapshots, from their archived {@code report.json}: with them, retention keeps
 * the newest snapshot that did not fail instead of merely the newest one.
 *
 * @param verdicts verdict by full snapshot name
 */
public record RetentionHistory(Map<String, Verdict> verdicts) {
    public static final RetentionHistory NONE = new RetentionHistory(Map.of());

    public RetentionHistory {
        verdicts = Map.copyOf(verdicts);
    }

    /** From reports already read (e.g. a build's archived artifacts). Reports without a snapshot are skipped. */
    public static RetentionHistory of(Collection<SnapshotReport> reports) {
        Map<String, Verdict> verdicts = new HashMap<>();
        for (SnapshotReport report : reports) {
            if (report.snapshotName() != null) {
                verdicts.put(report.snapshotName(), report.verdict());
            }
        }
        return new RetentionHistory(verdicts);
    }

    /**
     * Reads every {@code report.json} under {@code dir} (up to 4 levels deep, e.g. one report directory per build).
     *
     * @throws IOException when {@code dir} cannot be walked, or a report.json cannot be read, naming it
     */
    public static RetentionHistory scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory of earlier reports");
        }
        List<SnapshotReport> reports = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            files = walk.filter(p -> p.endsWith(ReportFiles.REPORT_JSON))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            try {
                reports.add(ReportJson.read(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return of(reports);
    }

    /** Both histories; where both know a snapshot, {@code other}'s verdict wins. */
    public RetentionHistory and(RetentionHistory other) {
        Map<String, Verdict> merged = new HashMap<>(verdicts);
        merged.putAll(other.verdicts);
        return new RetentionHistory(merged);
    }

    public Verdict verdictOf(String snapshotName) {
        return verdicts.get(snapshotName);
    }
}
