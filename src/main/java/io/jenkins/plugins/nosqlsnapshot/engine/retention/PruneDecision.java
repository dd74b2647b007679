package io.jenkins.plugins.nosqlsnapshot.engine.retention;

/** What prune did, or would do, with one snapshot. */
public enum PruneDecision {
    KEPT,
    /** Dry run: it would have been removed. */
    WOULD_REMOVE,
    /** Removed, and no Storage Node lists it any more. */
    REMOVED,
    /** {@code snapshot remove} was sent, yet an SN still lists it or could not be asked. */
    NOT_REMOVED
}
