package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** What to do when a plan shows a topology change in progress. */
public enum PreflightMode {
    /** Take no snapshot; the verdict is FAILURE. */
    BLOCK,
    /** Take the snapshot and warn. */
    WARN,
    /** Do not look at plans. */
    OFF
}
