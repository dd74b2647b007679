package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** @param path the admin's snapshot directory on {@code host}, or null when unknown */
public record AdminReport(
        String id, String storageNode, String host, ComponentStatus status, String path, String serviceStatus) {}
