package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** Which store was backed up. Any field may be null when the admin could not tell. */
public record StoreInfo(String name, String version, Long topologySequence, Integer numPartitions) {}
