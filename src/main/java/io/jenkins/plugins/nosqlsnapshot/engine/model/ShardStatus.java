package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** Whether a shard can be restored from the snapshot. */
public enum ShardStatus {
    /** Every Replication Node has the snapshot. */
    COMPLETE,
    /** Some, not all, Replication Nodes have it: restorable, with less redundancy. */
    DEGRADED,
    /** No Replication Node has it: the store cannot be restored from this snapshot. */
    LOST
}
