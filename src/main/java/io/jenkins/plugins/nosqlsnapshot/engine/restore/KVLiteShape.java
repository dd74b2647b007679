package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Zone;
import java.util.List;

/**
 * A store that looks the way {@code kvlite} deploys it: one zone named {@code KVLite} with replication factor 1, one
 * Storage Node hosting the one Replication Node of the one shard, and one admin on it. Oracle's {@code kvlite} names
 * its zone {@code KVLite} whenever it deploys an admin (which every store this tool can talk to has), and only such a
 * single-RN KVLite honours {@code -restore-from-snapshot} (a {@code -numsns} KVLite ignores it).
 *
 * <p>Nothing an admin reports tells a store started by {@code kvlite} from one deployed with {@code makebootconfig}
 * and {@code start} whose zone was named {@code KVLite}, so the runbook uses {@code kvlite} and names the other form.
 *
 * @param storageNode the one Storage Node: its root, host and registry port are kvlite's {@code -root}, {@code -host},
 *                    {@code -port}
 * @param storeName   kvlite's {@code -store}
 */
record KVLiteShape(StorageNode storageNode, String storeName) {
    /** The zone name {@code kvlite} deploys (its {@code KVLiteAdmin}). */
    static final String ZONE_NAME = "KVLite";

    /** The store's shape if it is KVLite's, else null. */
    static KVLiteShape of(Topology topology, List<AdminReport> admins) {
        if (topology.zones().size() != 1
                || topology.storageNodes().size() != 1
                || topology.shards().size() != 1
                || admins.size() != 1) {
            return null;
        }
        Zone zone = topology.zones().get(0);
        StorageNode sn = topology.storageNodes().get(0);
        boolean oneNode = sn.replicationNodes().size() == 1
                && topology.shards().get(0).replicationNodeIds().size() == 1;
        if (!ZONE_NAME.equals(zone.name())
                || zone.repFactor() != 1
                || !oneNode
                || !sn.id().equals(admins.get(0).storageNode())) {
            return null;
        }
        return new KVLiteShape(sn, topology.storeName());
    }
}
