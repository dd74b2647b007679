package io.jenkins.plugins.nosqlsnapshot.engine.store;

import java.util.List;

/** The deployed topology, as {@code show topology -verbose -json} reports it. Admins are not part of it. */
public record Topology(
        String storeName,
        int numPartitions,
        long sequenceNumber,
        List<Zone> zones,
        List<StorageNode> storageNodes,
        List<Shard> shards) {
    public Topology {
        zones = List.copyOf(zones);
        storageNodes = List.copyOf(storageNodes);
        shards = List.copyOf(shards);
    }
}
