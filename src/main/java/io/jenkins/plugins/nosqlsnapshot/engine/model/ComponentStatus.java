package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** One admin's, RN's or SN configuration's snapshot state. */
public enum ComponentStatus {
    /** Named in a success list. */
    OK,
    /** Named in a failure list. */
    FAILED,
    /** In the topology but in neither list (silent omission), or no snapshot was attempted. */
    MISSING
}
