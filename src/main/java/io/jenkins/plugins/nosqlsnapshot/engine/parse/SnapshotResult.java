package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import java.util.List;

/**
 * What {@code snapshot create -json} returned.
 *
 * @param snapshotName          the full name ({@code yyMMdd-HHmmss-NAME}); null when the admin did not say (18.x, or no value)
 * @param hasValue              false when {@code returnValue} was null (lock, usage or connection error): nothing was taken
 * @param successSnapshots      admins and Replication Nodes whose snapshot succeeded
 * @param failureSnapshots      admins and Replication Nodes whose snapshot failed
 * @param successSnapshotConfigs Storage Nodes whose configuration was backed up
 * @param failureSnapshotConfigs Storage Nodes whose configuration backup failed
 */
public record SnapshotResult(
        String operation,
        int returnCode,
        String description,
        boolean hasValue,
        String snapshotName,
        List<String> successSnapshots,
        List<String> failureSnapshots,
        List<String> successSnapshotConfigs,
        List<String> failureSnapshotConfigs) {
    public SnapshotResult {
        successSnapshots = List.copyOf(successSnapshots);
        failureSnapshots = List.copyOf(failureSnapshots);
        successSnapshotConfigs = List.copyOf(successSnapshotConfigs);
        failureSnapshotConfigs = List.copyOf(failureSnapshotConfigs);
    }

    /** Returns the same result with the snapshot name recovered by other means (a listing diff). */
    public SnapshotResult withSnapshotName(String name) {
        return new SnapshotResult(
                operation,
                returnCode,
                description,
                hasValue,
                name,
                successSnapshots,
                failureSnapshots,
                successSnapshotConfigs,
                failureSnapshotConfigs);
    }
}
