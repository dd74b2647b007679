package io.jenkins.plugins.nosqlsnapshot.engine.report;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Storage Node as an operator walks the hosts: its configuration backup, then the snapshot of every Replication
 * Node and admin it hosts. The report keeps RNs by shard; this regroups them in one pass over the report.
 *
 * @param id         the Storage Node id, or null for components whose Storage Node is unknown (no topology given)
 * @param host       its host name, or null when unknown
 * @param node       its own report (configuration backup, listing), or null when the report has none for it
 * @param components its Replication Nodes (in shard order), then its admins
 */
record NodeSection(String id, String host, StorageNodeReport node, List<Component> components) {

    /** An RN or admin snapshot directory. */
    record Component(
            String id, String kind, ComponentStatus status, boolean master, String path, String serviceStatus) {}

    static List<NodeSection> of(SnapshotReport report) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (StorageNodeReport node : report.storageNodes()) {
            byId.put(node.id(), new Builder(node.id(), node.host(), node));
        }
        Builder unknown = new Builder(null, null, null);
        for (ShardReport shard : report.shards()) {
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                builder(byId, unknown, rn.storageNode(), rn.host())
                        .components
                        .add(new Component(
                                rn.id(),
                                "Replication Node of " + shard.id(),
                                rn.status(),
                                rn.masterAtSnapshot(),
                                rn.path(),
                                rn.serviceStatus()));
            }
        }
        for (AdminReport admin : report.admins()) {
            builder(byId, unknown, admin.storageNode(), admin.host())
                    .components
                    .add(new Component(
                            admin.id(), "Admin", admin.status(), false, admin.path(), admin.serviceStatus()));
        }
        List<NodeSection> sections = new ArrayList<>(byId.size() + 1);
        byId.values().forEach(b -> sections.add(b.build()));
        if (!unknown.components.isEmpty()) {
            sections.add(unknown.build());
        }
        return sections;
    }

    private static Builder builder(Map<String, Builder> byId, Builder unknown, String snId, String host) {
        return snId == null ? unknown : byId.computeIfAbsent(snId, id -> new Builder(id, host, null));
    }

    /** The host a copy job connects to: the host name, else the Storage Node id. */
    String hostOrId() {
        return host != null ? host : id;
    }

    private static final class Builder {
        private final String id;
        private final String host;
        private final StorageNodeReport node;
        private final List<Component> components = new ArrayList<>();

        Builder(String id, String host, StorageNodeReport node) {
            this.id = id;
            this.host = host;
            this.node = node;
        }

        NodeSection build() {
            return new NodeSection(id, host, node, List.copyOf(components));
        }
    }
}
