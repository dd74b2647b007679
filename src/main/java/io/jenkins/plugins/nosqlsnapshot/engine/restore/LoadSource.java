package io.jenkins.plugins.nosqlsnapshot.engine.restore;

/**
 * A snapshot directory to load from: one per shard, and one admin snapshot for {@code load -load-admin}. Copy it
 * from {@code host} to where {@code load} runs, unless it runs there.
 *
 * @param shard            the shard, or null for the admin snapshot
 * @param component        the RN ({@code rg1-rn2}) or admin ({@code admin1}) whose snapshot it is
 * @param masterAtSnapshot whether this RN was the shard's master when the snapshot was taken
 * @param note             why this copy was chosen when it is not the master's, or null
 */
public record LoadSource(
        String shard,
        String component,
        String storageNode,
        String host,
        String path,
        boolean masterAtSnapshot,
        String note) {}
