package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.engine.store.ReplicationNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Shard;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Zone;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.StoreSurvey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the store is still exactly the topology a snapshot was taken from, which is what
 * {@code start -restore-from-snapshot} assumes: each SN restarts with its own config and looks for
 * {@code <its service dir>/snapshots/NAME}. Every difference is one sentence, old value and new.
 * The topology's sequence number is not compared: it changes with any metadata change.
 */
final class TopologyComparison {
    private final SavedSnapshot saved;
    private final StoreSurvey now;
    private final List<String> differences = new ArrayList<>();

    private TopologyComparison(SavedSnapshot saved, StoreSurvey now) {
        this.saved = saved;
        this.now = now;
    }

    /** The differences, most fundamental first; empty when the topology is identical. */
    static List<String> differences(SavedSnapshot saved, StoreSurvey now) {
        TopologyComparison comparison = new TopologyComparison(saved, now);
        comparison.compare();
        return List.copyOf(comparison.differences);
    }

    private void compare() {
        Topology then = saved.topology();
        Topology current = now.topology();
        if (!Objects.equals(then.storeName(), current.storeName())) {
            differences.add("The store is now named " + current.storeName() + "; the snapshot was taken of store "
                    + then.storeName() + ".");
        }
        if (then.numPartitions() != current.numPartitions()) {
            differences.add("The store now has " + current.numPartitions() + " partitions; at snapshot time it had "
                    + then.numPartitions() + ".");
        }
        zones(then, current);
        storageNodes(then, current);
        replicationNodes(then, current);
        shards(then, current);
        admins();
    }

    private void zones(Topology then, Topology current) {
        Map<String, Zone> before = byId(then.zones(), Zone::id);
        Map<String, Zone> after = byId(current.zones(), Zone::id);
        before.forEach((id, zone) -> {
            Zone z = after.get(id);
            if (z == null) {
                differences.add("Zone " + id + " (" + zone.name() + ") of the snapshot no longer exists.");
            } else if (!Objects.equals(zone.name(), z.name())
                    || !Objects.equals(zone.type(), z.type())
                    || zone.repFactor() != z.repFactor()) {
                differences.add(
                        "Zone " + id + " is now " + describe(z) + "; at snapshot time it was " + describe(zone) + ".");
            }
        });
        after.keySet().stream()
                .filter(id -> !before.containsKey(id))
                .forEach(id ->
                        differences.add("Zone " + id + " (" + after.get(id).name() + ") is new since the snapshot."));
    }

    private void storageNodes(Topology then, Topology current) {
        Map<String, StorageNode> before = byId(then.storageNodes(), StorageNode::id);
        Map<String, StorageNode> after = byId(current.storageNodes(), StorageNode::id);
        before.forEach((id, sn) -> {
            StorageNode s = after.get(id);
            if (s == null) {
                differences.add("Storage Node " + id + " (" + endpoint(sn) + ") of the snapshot is no longer in the"
                        + " topology (a replaced or removed SN is a topology change).");
                return;
            }
            if (!Objects.equals(sn.hostname(), s.hostname()) || sn.registryPort() != s.registryPort()) {
                differences.add("Storage Node " + id + " is now " + endpoint(s) + "; at snapshot time it was "
                        + endpoint(sn) + ".");
            }
            if (!Objects.equals(sn.rootDirPath(), s.rootDirPath())) {
                differences.add("Storage Node " + id + " now has its root directory (KVROOT) at " + s.rootDirPath()
                        + "; at snapshot time it was " + sn.rootDirPath() + ".");
            }
            if (!Objects.equals(sn.zoneId(), s.zoneId())) {
                differences.add("Storage Node " + id + " is now in zone " + s.zoneId() + "; at snapshot time it was in "
                        + sn.zoneId() + ".");
            }
        });
        after.forEach((id, sn) -> {
            if (!before.containsKey(id)) {
                differences.add("Storage Node " + id + " (" + endpoint(sn) + ") is new since the snapshot.");
            }
        });
    }

    private void replicationNodes(Topology then, Topology current) {
        Map<String, ReplicationNode> before = placement(then);
        Map<String, ReplicationNode> after = placement(current);
        before.forEach((id, rn) -> {
            ReplicationNode r = after.get(id);
            if (r == null) {
                differences.add("Replication Node " + id + " (on " + rn.storageNodeId() + " at snapshot time) no longer"
                        + " exists.");
                return;
            }
            if (!Objects.equals(rn.storageNodeId(), r.storageNodeId())) {
                differences.add("Replication Node " + id + " is now on " + r.storageNodeId() + "; at snapshot time it"
                        + " was on " + rn.storageNodeId() + ".");
            } else if (!Objects.equals(rn.storageDirEnvPath(), r.storageDirEnvPath())) {
                differences.add("Replication Node " + id + " now keeps its data in " + r.storageDirEnvPath()
                        + "; at snapshot time it was " + rn.storageDirEnvPath() + ".");
            }
        });
        after.forEach((id, rn) -> {
            if (!before.containsKey(id)) {
                differences.add(
                        "Replication Node " + id + " (on " + rn.storageNodeId() + ") is new since the snapshot.");
            }
        });
    }

    private void shards(Topology then, Topology current) {
        Map<String, Shard> before = byId(then.shards(), Shard::id);
        Map<String, Shard> after = byId(current.shards(), Shard::id);
        before.forEach((id, shard) -> {
            Shard s = after.get(id);
            if (s == null) {
                differences.add("Shard " + id + " of the snapshot no longer exists.");
            } else if (!sameMembers(shard, s)) {
                differences.add(
                        "Shard " + id + " now has Replication Nodes " + String.join(", ", s.replicationNodeIds())
                                + "; at snapshot time " + String.join(", ", shard.replicationNodeIds()) + ".");
            }
        });
        after.keySet().stream()
                .filter(id -> !before.containsKey(id))
                .forEach(id -> differences.add("Shard " + id + " is new since the snapshot."));
    }

    private void admins() {
        if (now.admins() == null) {
            return;
        }
        Map<String, AdminReport> before = byId(saved.report().admins(), AdminReport::id);
        Map<String, Admin> after = byId(now.admins(), Admin::id);
        String suffix = "/snapshots/" + saved.report().snapshotName();
        before.forEach((id, admin) -> {
            Admin a = after.get(id);
            if (a == null) {
                differences.add("Admin " + id + " (on " + admin.storageNode() + " at snapshot time) no longer exists.");
                return;
            }
            if (!Objects.equals(admin.storageNode(), a.storageNodeId())) {
                differences.add("Admin " + id + " is now on " + a.storageNodeId() + "; at snapshot time it was on "
                        + admin.storageNode() + ".");
                return;
            }
            String thenDir = admin.path() != null && admin.path().endsWith(suffix)
                    ? admin.path().substring(0, admin.path().length() - suffix.length())
                    : null;
            String nowDir = adminServiceDir(a);
            if (thenDir != null && nowDir != null && !thenDir.equals(nowDir)) {
                differences.add("Admin " + id + " now keeps its files in " + nowDir + "; at snapshot time it was "
                        + thenDir + ".");
            }
        });
        after.forEach((id, admin) -> {
            if (!before.containsKey(id)) {
                differences.add("Admin " + id + " (on " + admin.storageNodeId() + ") is new since the snapshot.");
            }
        });
    }

    /** {@code adminDir/adminN}, or {@code KVROOT/store/snN/adminN} when the SN has no admin directory. */
    private String adminServiceDir(Admin admin) {
        StorageNodeParameters params = now.parameters().get(admin.storageNodeId());
        if (params == null) {
            return null;
        }
        if (params.adminDirPath() != null) {
            return trimSlash(params.adminDirPath()) + "/" + admin.id();
        }
        return trimSlash(params.rootDirPath()) + "/" + now.topology().storeName() + "/" + admin.storageNodeId() + "/"
                + admin.id();
    }

    private static boolean sameMembers(Shard a, Shard b) {
        return a.replicationNodeIds().size() == b.replicationNodeIds().size()
                && a.replicationNodeIds().containsAll(b.replicationNodeIds());
    }

    private static Map<String, ReplicationNode> placement(Topology topology) {
        Map<String, ReplicationNode> rns = new LinkedHashMap<>();
        topology.storageNodes().forEach(sn -> sn.replicationNodes().forEach(rn -> rns.put(rn.id(), rn)));
        return rns;
    }

    private static String describe(Zone zone) {
        return zone.name() + ", " + zone.type() + ", replication factor " + zone.repFactor();
    }

    private static String endpoint(StorageNode sn) {
        return sn.hostname() + ":" + sn.registryPort();
    }

    static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
