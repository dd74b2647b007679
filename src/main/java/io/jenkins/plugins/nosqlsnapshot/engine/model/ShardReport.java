package io.jenkins.plugins.nosqlsnapshot.engine.model;

import java.util.List;

/** @param okReplicas how many of {@code replicationNodes} have the snapshot */
public record ShardReport(String id, ShardStatus status, int okReplicas, List<ReplicationNodeReport> replicationNodes) {
    public ShardReport {
        replicationNodes = List.copyOf(replicationNodes);
    }
}
