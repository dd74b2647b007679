package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a snapshot's page: the problems, one row per shard, one row per snapshot directory. Built from the
 * archived {@code report.json} when the page is opened, never kept in {@code build.xml} (they grow with the store).
 * Jenkins-free.
 *
 * @param unavailable why the tables cannot be shown (not archived, unreadable), or null
 */
public record SnapshotDetail(
        List<String> problems,
        List<SnapshotSummary.ShardRow> shards,
        List<SnapshotSummary.PathRow> paths,
        String unavailable) {
    public SnapshotDetail {
        problems = List.copyOf(problems);
        shards = List.copyOf(shards);
        paths = List.copyOf(paths);
    }

    /** The page's tables, from the report the engine wrote. */
    public static SnapshotDetail of(SnapshotReport report) {
        List<String> problems = new ArrayList<>();
        for (Reason reason : report.reasons()) {
            if (reason.severity() != Severity.INFO) {
                problems.add(reason.severity() + ": " + reason.message() + " [" + reason.code() + "]");
            }
        }
        List<SnapshotSummary.ShardRow> shards = new ArrayList<>();
        for (ShardReport shard : report.shards()) {
            List<String> without = new ArrayList<>();
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                if (rn.status() != ComponentStatus.OK) {
                    without.add(rn.id());
                }
            }
            shards.add(new SnapshotSummary.ShardRow(
                    shard.id(),
                    shard.status().name(),
                    shard.okReplicas(),
                    shard.replicationNodes().size(),
                    String.join(", ", without)));
        }
        List<SnapshotSummary.PathRow> paths = new ArrayList<>();
        for (StorageNodeReport sn : report.storageNodes()) {
            paths.add(new SnapshotSummary.PathRow(
                    sn.id(),
                    "Storage Node configuration",
                    sn.host(),
                    sn.configBackup().name(),
                    sn.configPath()));
        }
        for (ShardReport shard : report.shards()) {
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                paths.add(new SnapshotSummary.PathRow(
                        rn.id(),
                        "Replication Node of " + shard.id() + (rn.masterAtSnapshot() ? " (master)" : ""),
                        rn.host(),
                        rn.status().name(),
                        rn.path()));
            }
        }
        for (AdminReport admin : report.admins()) {
            paths.add(new SnapshotSummary.PathRow(
                    admin.id(), "Admin", admin.host(), admin.status().name(), admin.path()));
        }
        return new SnapshotDetail(problems, shards, paths, null);
    }

    /** No tables: the page says why, in one line. */
    public static SnapshotDetail unavailable(String why) {
        return new SnapshotDetail(List.of(), List.of(), List.of(), why);
    }

    /** For the page: getters as Jelly reads them. */
    public List<String> getProblems() {
        return problems;
    }

    public List<SnapshotSummary.ShardRow> getShards() {
        return shards;
    }

    public List<SnapshotSummary.PathRow> getPaths() {
        return paths;
    }

    public String getUnavailable() {
        return unavailable;
    }
}
