package io.jenkins.plugins.nosqlsnapshot.engine.store;

/** A zone (data center) of the store. */
public record Zone(String id, String name, String type, int repFactor) {}
