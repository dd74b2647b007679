package io.jenkins.plugins.nosqlsnapshot.engine.store;

/**
 * What {@code show parameter -service snN -json} tells about where a Storage Node keeps its files.
 *
 * @param adminDirPath the first admin directory, or null when the SN has none (admins then live under the root)
 */
public record StorageNodeParameters(String storageNodeId, String hostname, String rootDirPath, String adminDirPath) {}
