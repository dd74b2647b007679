package io.jenkins.plugins.nosqlsnapshot.mapping;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotName;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's report files go: {@code nosql-snapshot/<snapshot name>/<file>}, both in the workspace and in the
 * build's archived artifacts. Jenkins-free.
 */
public final class ReportLayout {
    public static final String ROOT = "nosql-snapshot";

    private ReportLayout() {}

    /**
     * The workspace-relative directory, '/'-separated. Uses the full name the server gave
     * ({@code yyMMdd-HHmmss-NAME}) when it is known and safe as one path segment, else the requested name.
     */
    public static String directory(SnapshotReport report) {
        String name = safeSegment(report.snapshotName());
        if (name == null) {
            name = safeSegment(report.requestedName());
        }
        return ROOT + "/" + (name == null ? "unnamed" : name);
    }

    /**
     * Whether an archived report directory is that of a snapshot of {@code name}: {@code yyMMdd-HHmmss-NAME} with
     * exactly that NAME ({@code 261124-200120-pre-BATCH} is not one of {@code BATCH}).
     */
    public static boolean holdsSnapshotOf(String directoryName, String name) {
        return name != null && name.equals(SnapshotName.requestedPart(directoryName));
    }

    /** Archive path → workspace path, the map {@code ArtifactManager.archive} takes; the two are the same here. */
    public static Map<String, String> artifacts(String directory, Collection<String> fileNames) {
        Map<String, String> artifacts = new LinkedHashMap<>();
        for (String file : fileNames) {
            String path = directory + "/" + file;
            artifacts.put(path, path);
        }
        return artifacts;
    }

    private static String safeSegment(String name) {
        if (name == null) {
            return null;
        }
        try {
            return SnapshotName.validate(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
