package io.jenkins.plugins.nosqlsnapshot.engine.store;

/**
 * A Replication Node as placed by the topology.
 *
 * @param storageDirEnvPath the RN's environment directory; its snapshots live in the sibling {@code snapshots/}
 */
public record ReplicationNode(String id, String storageNodeId, String storageDirPath, String storageDirEnvPath) {
    /** The shard of an RN named {@code rgN-rnM}: {@code rgN}; null for any other name. */
    public static String shardOf(String replicationNodeId) {
        int dash = replicationNodeId.indexOf("-rn");
        if (!replicationNodeId.startsWith("rg") || dash < 3) {
            return null;
        }
        return replicationNodeId.substring(0, dash);
    }

    /** Whether a component id names a Replication Node ({@code rgN-rnM}). */
    public static boolean isReplicationNodeId(String id) {
        return shardOf(id) != null;
    }
}
