package io.jenkins.plugins.nosqlsnapshot.engine.model;

/**
 * @param configBackup the SN configuration backup ({@code {rootDir}/snapshots/NAME})
 * @param listed       whether {@code show snapshots -sn} on this SN lists the snapshot afterwards; null when not asked
 * @param listingError why the listing failed, or null
 */
public record StorageNodeReport(
        String id,
        String host,
        String rootDir,
        ComponentStatus configBackup,
        String configPath,
        Boolean listed,
        String listingError) {}
