package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The value {@code nosqlSnapshot} returns to a Pipeline script: a map of strings, integers, booleans, lists and
 * maps only, all of them {@code java.io.Serializable} JDK types (ArrayList, LinkedHashMap), so the CPS program
 * state can be saved and the sandbox reads it with plain {@code Map.get}. Jenkins-free.
 */
public final class StepResult {
    public static final String SNAPSHOT_NAME = "snapshotName";
    public static final String REQUESTED_NAME = "requestedName";
    public static final String VERDICT = "verdict";
    public static final String REASONS = "reasons";
    public static final String SHARDS = "shards";
    public static final String FAILED_COMPONENTS = "failedComponents";
    public static final String FAILED_CONFIGS = "failedConfigs";
    public static final String REPORT_PATH = "reportPath";
    public static final String ADMIN_LAUNCHES = "adminLaunches";

    private StepResult() {}

    /**
     * @param reportPath the workspace-relative path of {@code report.json}, or null when it could not be written
     */
    public static LinkedHashMap<String, Object> toMap(SnapshotReport report, String reportPath) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put(SNAPSHOT_NAME, report.snapshotName());
        map.put(REQUESTED_NAME, report.requestedName());
        map.put(VERDICT, report.verdict().name());
        ArrayList<Object> reasons = new ArrayList<>();
        for (Reason reason : report.reasons()) {
            LinkedHashMap<String, Object> r = new LinkedHashMap<>();
            r.put("severity", reason.severity().name());
            r.put("code", reason.code());
            r.put("message", reason.message());
            reasons.add(r);
        }
        map.put(REASONS, reasons);
        ArrayList<Object> shards = new ArrayList<>();
        for (ShardReport shard : report.shards()) {
            LinkedHashMap<String, Object> s = new LinkedHashMap<>();
            s.put("id", shard.id());
            s.put("status", shard.status().name());
            s.put("okReplicas", shard.okReplicas());
            s.put("replicas", shard.replicationNodes().size());
            ArrayList<Object> failed = new ArrayList<>();
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                if (rn.status() != ComponentStatus.OK) {
                    failed.add(rn.id());
                }
            }
            s.put("failedReplicas", failed);
            shards.add(s);
        }
        map.put(SHARDS, shards);
        map.put(FAILED_COMPONENTS, failedComponents(report));
        ArrayList<Object> configs = new ArrayList<>();
        for (StorageNodeReport sn : report.storageNodes()) {
            if (sn.configBackup() != ComponentStatus.OK) {
                configs.add(sn.id());
            }
        }
        map.put(FAILED_CONFIGS, configs);
        map.put(REPORT_PATH, reportPath);
        map.put(ADMIN_LAUNCHES, report.adminLaunches());
        return map;
    }

    /** Replication Nodes and admins whose snapshot failed or is missing, by id. */
    private static ArrayList<Object> failedComponents(SnapshotReport report) {
        ArrayList<Object> failed = new ArrayList<>();
        for (ShardReport shard : report.shards()) {
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                if (rn.status() != ComponentStatus.OK) {
                    failed.add(rn.id());
                }
            }
        }
        for (AdminReport admin : report.admins()) {
            if (admin.status() != ComponentStatus.OK) {
                failed.add(admin.id());
            }
        }
        return failed;
    }

    /** The names of the keys, in order, for documentation and tests. */
    public static List<String> keys() {
        return List.of(
                SNAPSHOT_NAME,
                REQUESTED_NAME,
                VERDICT,
                REASONS,
                SHARDS,
                FAILED_COMPONENTS,
                FAILED_CONFIGS,
                REPORT_PATH,
                ADMIN_LAUNCHES);
    }
}
