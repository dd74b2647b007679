package io.jenkins.plugins.nosqlsnapshot.engine.store;

import java.util.List;

/** A Storage Node with the Replication Nodes it hosts, in the topology's order. */
public record StorageNode(
        String id,
        String hostname,
        int registryPort,
        String zoneId,
        String rootDirPath,
        List<ReplicationNode> replicationNodes) {
    public StorageNode {
        replicationNodes = List.copyOf(replicationNodes);
    }
}
