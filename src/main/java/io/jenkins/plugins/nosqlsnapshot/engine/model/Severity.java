package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** How much a reason weighs; reasons are listed most severe first. */
public enum Severity {
    FAILURE,
    UNSTABLE,
    WARNING,
    INFO
}
