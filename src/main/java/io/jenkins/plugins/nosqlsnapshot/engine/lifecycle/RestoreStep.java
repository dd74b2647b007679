package io.jenkins.plugins.nosqlsnapshot.engine.lifecycle;

/**
 * One command of the restore procedure, in order.
 *
 * @param storageNode the SN it runs on, or null when it runs wherever {@code load} can read the copied directories
 * @param host        that SN's host, or null
 * @param command     the command line, ready to paste into a shell on that host
 */
public record RestoreStep(String storageNode, String host, String command) {}
