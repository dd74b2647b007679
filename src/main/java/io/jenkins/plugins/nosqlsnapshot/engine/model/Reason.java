package io.jenkins.plugins.nosqlsnapshot.engine.model;

/**
 * A sentence a person can act on, with a stable code for machines.
 *
 * @param code e.g. {@code SHARD_LOST}, {@code COMPONENT_FAILED}, {@code PREFLIGHT_BLOCKED}
 */
public record Reason(Severity severity, String code, String message) {}
