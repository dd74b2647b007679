package io.jenkins.plugins.nosqlsnapshot.engine.store;

import java.util.List;

/** A shard (replication group) and the ids of its Replication Nodes. */
public record Shard(String id, List<String> replicationNodeIds) {
    public Shard {
        replicationNodeIds = List.copyOf(replicationNodeIds);
    }
}
