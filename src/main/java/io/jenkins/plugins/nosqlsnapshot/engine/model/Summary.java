package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** The counts a person reads first: "9/9 Replication Nodes, 3/3 admins, 3/3 SN configs". */
public record Summary(
        int replicationNodesOk,
        int replicationNodes,
        int adminsOk,
        int admins,
        int configsOk,
        int configs,
        int shardsComplete,
        int shardsDegraded,
        int shardsLost) {}
