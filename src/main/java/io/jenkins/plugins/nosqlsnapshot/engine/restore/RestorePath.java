package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;

/** The answer of a restore check: how, if at all, the store can be brought back to a saved snapshot. */
public enum RestorePath {
    /** Same topology, every needed snapshot directory still there: {@code start -restore-from-snapshot} on every SN. */
    IN_PLACE(Verdict.SUCCESS, 0),
    /** The data must be reloaded with the {@code load} utility into a new, empty store. */
    LOAD_REQUIRED(Verdict.UNSTABLE, 3),
    /** A shard or the admin metadata has no snapshot left: the store cannot be restored from it. */
    NOT_RESTORABLE(Verdict.FAILURE, 1),
    /** The store could not be asked (admin unreachable, an SN that held copies did not answer). */
    UNKNOWN(Verdict.FAILURE, 1);

    private final Verdict verdict;
    private final int exitCode;

    RestorePath(Verdict verdict, int exitCode) {
        this.verdict = verdict;
        this.exitCode = exitCode;
    }

    /** The build result it maps to, like {@code nosqlSnapshot}'s verdict. */
    public Verdict verdict() {
        return verdict;
    }

    /** {@code nosql-snapshot restore-check}'s exit code: 0, 3, or 1. */
    public int exitCode() {
        return exitCode;
    }
}
