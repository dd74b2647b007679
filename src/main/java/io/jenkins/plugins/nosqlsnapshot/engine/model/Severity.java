package io.jenkins.plugins.nosqlsnapshot.core.model;

/** How much a reason weighs; reasons are listed most severe first. */
public enum Severity {
    FAILURE,
    UNSTABLE,
    WARNING,
    INFO
}
