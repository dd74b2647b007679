package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the build keeps of one snapshot (in {@code build.xml}): the verdict, the name, the counts, the lost shards,
 * the duration and where the report is. Small whatever the store's size: the shard and path tables
 * ({@link SnapshotDetail}) are read from the archived report when the snapshot's page is opened. Jenkins-free, built
 * once from the engine's report;
 * it judges nothing. Plain fields and {@link ArrayList}s only, so the build record reads back with any XStream.
 */
public final class SnapshotSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String verdict;
    private final String snapshotName;
    private final String requestedName;
    private final String counts;
    private final ArrayList<String> lostShards;
    // only in builds recorded before the tables moved out of build.xml (null otherwise, so XStream writes nothing)
    private final ArrayList<String> problems;
    private final ArrayList<ShardRow> shards;
    private final ArrayList<PathRow> paths;
    private final String reportDirectory;
    private final boolean archived;
    private final boolean htmlReport;
    // the engine's counts, for the remote API; a build recorded before they were kept reads them back as 0
    private final int replicationNodesOk;
    private final int replicationNodes;
    private final int adminsOk;
    private final int admins;
    private final int configsOk;
    private final int configs;
    private final int shardsComplete;
    private final int shardsDegraded;
    private final int shardsLost;
    private final long durationMillis;

    private SnapshotSummary(SnapshotReport report, String reportDirectory, boolean archived, boolean htmlReport) {
        this.verdict = report.verdict().name();
        this.snapshotName = report.snapshotName();
        this.requestedName = report.requestedName();
        this.counts = counts(report.summary());
        Summary tally = report.summary();
        this.replicationNodesOk = tally.replicationNodesOk();
        this.replicationNodes = tally.replicationNodes();
        this.adminsOk = tally.adminsOk();
        this.admins = tally.admins();
        this.configsOk = tally.configsOk();
        this.configs = tally.configs();
        this.shardsComplete = tally.shardsComplete();
        this.shardsDegraded = tally.shardsDegraded();
        this.shardsLost = tally.shardsLost();
        this.lostShards = new ArrayList<>();
        for (ShardReport shard : report.shards()) {
            if (shard.status() == ShardStatus.LOST) {
                lostShards.add(shard.id());
            }
        }
        // the whole run (the reports and the admin's exit included) when the timeline says it
        this.durationMillis =
                Math.max(report.durationMillis(), report.timeline().totalMillis());
        // the tables grow with the store: they are read from the archived report.json when the page is opened
        this.problems = null;
        this.shards = null;
        this.paths = null;
        this.reportDirectory = reportDirectory;
        this.archived = archived;
        this.htmlReport = htmlReport;
    }

    /**
     * @param reportDirectory the report's directory in the workspace and among the artifacts, or null
     * @param archived        whether the report files were archived (links are shown only then)
     * @param htmlReport      whether report.html is among them
     */
    public static SnapshotSummary of(
            SnapshotReport report, String reportDirectory, boolean archived, boolean htmlReport) {
        return new SnapshotSummary(report, reportDirectory, archived, htmlReport);
    }

    /** "9/9 Replication Nodes, 3/3 admins, 3/3 configs"; empty when the run never reached the store. */
    static String counts(Summary s) {
        if (s.replicationNodes() + s.admins() + s.configs() == 0) {
            return "";
        }
        return s.replicationNodesOk() + "/" + s.replicationNodes() + " Replication Nodes, " + s.adminsOk() + "/"
                + s.admins() + " admins, " + s.configsOk() + "/" + s.configs() + " configs";
    }

    public String getVerdict() {
        return verdict;
    }

    /** The full name, or null when none was taken or reported. */
    public String getSnapshotName() {
        return snapshotName;
    }

    public String getRequestedName() {
        return requestedName;
    }

    /** The full name, else the requested one. */
    public String getDisplayName() {
        return snapshotName != null ? snapshotName : requestedName;
    }

    /** The engine's counts (RNs, admins, configs, shards); all 0 in a build recorded before they were kept. */
    public Summary getTally() {
        return new Summary(
                replicationNodesOk,
                replicationNodes,
                adminsOk,
                admins,
                configsOk,
                configs,
                shardsComplete,
                shardsDegraded,
                shardsLost);
    }

    /** {@code DIR/report.json} in the workspace (and among the artifacts when archived), or null. */
    public String getReportPath() {
        return reportDirectory == null ? null : reportDirectory + "/" + ReportFiles.REPORT_JSON;
    }

    public String getCounts() {
        return counts;
    }

    public List<String> getLostShards() {
        return lostShards;
    }

    /** How long the run took; 0 in a build recorded before it was kept. */
    public long getDurationMillis() {
        return durationMillis;
    }

    /** The tables as a build recorded before they moved out of {@code build.xml} kept them, else null. */
    public SnapshotDetail recordedDetail() {
        if (shards == null && paths == null && problems == null) {
            return null;
        }
        return new SnapshotDetail(
                problems == null ? List.of() : problems,
                shards == null ? List.of() : shards,
                paths == null ? List.of() : paths,
                null);
    }

    public String getReportDirectory() {
        return reportDirectory;
    }

    public boolean isArchived() {
        return archived && reportDirectory != null;
    }

    public boolean isHtmlReport() {
        return htmlReport;
    }

    /** A CSS-friendly verdict: success, unstable, failure. */
    public String getVerdictClass() {
        return verdict.toLowerCase(Locale.ROOT);
    }

    /** One shard: how many of its Replication Nodes have the snapshot, and which do not. */
    public static final class ShardRow implements Serializable {
        private static final long serialVersionUID = 1L;
        static final String NONE = "\u2014";
        private final String id;
        private final String status;
        private final int okReplicas;
        private final int replicas;
        private final String withoutSnapshot;

        ShardRow(String id, String status, int okReplicas, int replicas, String withoutSnapshot) {
            this.id = id;
            this.status = status;
            this.okReplicas = okReplicas;
            this.replicas = replicas;
            this.withoutSnapshot = withoutSnapshot;
        }

        public String getId() {
            return id;
        }

        public String getStatus() {
            return status;
        }

        public int getOkReplicas() {
            return okReplicas;
        }

        public int getReplicas() {
            return replicas;
        }

        /** The Replication Nodes without the snapshot, or a dash when every one has it (never an empty cell). */
        public String getWithoutSnapshot() {
            return withoutSnapshot == null || withoutSnapshot.isEmpty() ? NONE : withoutSnapshot;
        }
    }

    /** One snapshot directory (or SN configuration backup) on a host. */
    public static final class PathRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String kind;
        private final String host;
        private final String status;
        private final String path;

        PathRow(String id, String kind, String host, String status, String path) {
            this.id = id;
            this.kind = kind;
            this.host = host;
            this.status = status;
            this.path = path;
        }

        public String getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public String getHost() {
            return host;
        }

        public String getStatus() {
            return status;
        }

        public String getPath() {
            return path;
        }
    }
}
