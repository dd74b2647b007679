package io.jenkins.plugins.nosqlsnapshot.mapping;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreCommands;
import java.io.Serializable;
import java.util.function.UnaryOperator;

/**
 * The configuration of {@code nosqlRestoreCheck} and its freestyle builder: the store connection (the same model as
 * {@code nosqlSnapshot}'s, {@link SnapshotSettings}) plus where the saved report comes from. Jenkins-free.
 */
public final class RestoreCheckSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SnapshotSettings connection;
    private String fromBuild;
    private String reportPath;
    private String snapshotName;
    private String kvstoreJarOnNodes;

    public RestoreCheckSettings(String store) {
        this.connection = new SnapshotSettings(store, null);
    }

    /** Store, launcher, login, timeouts, lock timeout and archiving, as for {@code nosqlSnapshot}. */
    public SnapshotSettings connection() {
        return connection;
    }

    /**
     * Where the saved report is read from, after {@code ${VAR}} expansion: exactly one of an earlier build's
     * archived artifacts ({@code fromBuild}) and a report directory in the workspace ({@code reportPath}).
     */
    public Source source(UnaryOperator<String> expand) {
        String build = expanded(fromBuild, expand);
        String path = expanded(reportPath, expand);
        if (build != null && path != null) {
            throw new IllegalArgumentException("Give either 'fromBuild' (an earlier build's archived report) or"
                    + " 'reportPath' (a report directory in the workspace), not both");
        }
        if (build == null && path == null) {
            throw new IllegalArgumentException("No saved report: set 'fromBuild' (a build number of this job, or"
                    + " lastSuccessful, lastStable, lastCompleted) or 'reportPath' (e.g. the reportPath nosqlSnapshot"
                    + " returned)");
        }
        String name = expanded(snapshotName, expand);
        return build != null
                ? new Source(BuildSelector.parse(build), null, name)
                : new Source(null, reportDirectory(WorkspacePath.inside("reportPath", path)), name);
    }

    /**
     * The saved report's source.
     *
     * @param build           the earlier build, or null
     * @param reportDirectory the workspace-relative report directory, or null
     * @param snapshotName    which of the build's reports, or null for its only one
     */
    public record Source(BuildSelector build, String reportDirectory, String snapshotName) {}

    /** The report directory a {@code reportPath} names: the directory itself, or the one holding its report.json. */
    public static String reportDirectory(String reportPath) {
        String path = reportPath.strip().replace('\\', '/');
        while (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        String suffix = "/" + ReportFiles.REPORT_JSON;
        if (path.equals(ReportFiles.REPORT_JSON)) {
            return ".";
        }
        return path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : path;
    }

    /**
     * How the printed restore commands name kvstore.jar on the Storage Nodes' hosts: {@code kvstoreJarOnNodes}, else
     * the kvstore.jar the check runs, else {@code $KVHOME/lib/kvstore.jar} (with a line saying KVHOME must be set).
     */
    public RestoreCommands commands(UnaryOperator<String> expand, AdminTarget target) {
        return RestoreCommands.of(expanded(kvstoreJarOnNodes, expand), target);
    }

    private static String expanded(String value, UnaryOperator<String> expand) {
        return value == null ? null : SnapshotSettings.trimToNull(expand.apply(value));
    }

    public String getFromBuild() {
        return fromBuild;
    }

    public void setFromBuild(String fromBuild) {
        this.fromBuild = SnapshotSettings.trimToNull(fromBuild);
    }

    public String getReportPath() {
        return reportPath;
    }

    public void setReportPath(String reportPath) {
        this.reportPath = SnapshotSettings.trimToNull(reportPath);
    }

    public String getSnapshotName() {
        return snapshotName;
    }

    public void setSnapshotName(String snapshotName) {
        this.snapshotName = SnapshotSettings.trimToNull(snapshotName);
    }

    public String getKvstoreJarOnNodes() {
        return kvstoreJarOnNodes;
    }

    public void setKvstoreJarOnNodes(String kvstoreJarOnNodes) {
        this.kvstoreJarOnNodes = SnapshotSettings.trimToNull(kvstoreJarOnNodes);
    }
}
