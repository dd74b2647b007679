package io.jenkins.plugins.nosqlsnapshot.engine.model;

/**
 * @param path          the snapshot directory on {@code host}, or null when unknown (no topology)
 * @param serviceStatus what ping said of the RN (e.g. RUNNING, UNREACHABLE), or null
 */
public record ReplicationNodeReport(
        String id,
        String storageNode,
        String host,
        ComponentStatus status,
        boolean masterAtSnapshot,
        String path,
        String serviceStatus) {}
