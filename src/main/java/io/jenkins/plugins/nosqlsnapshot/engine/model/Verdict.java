package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** The outcome of a backup gate, in Jenkins' words; the CLI maps it to exit codes 0, 3 and 1. */
public enum Verdict {
    SUCCESS(0),
    UNSTABLE(3),
    FAILURE(1);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
