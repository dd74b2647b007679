package io.jenkins.plugins.nosqlsnapshot.engine.run;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;

/**
 * @param topologyDocument the raw {@code show topology -verbose} document, kept as {@code topology.json} for
 *                         restore checks; null when it could not be read
 * @param adminEnd         the admin, exiting while the reports are written: see {@link #finished}
 */
public record RunResult(SnapshotReport report, AdminDocument topologyDocument, AdminEnd adminEnd) {
    public RunResult {
        adminEnd = adminEnd == null ? AdminEnd.NONE : adminEnd;
    }

    /** A result with no admin left to wait for ({@code evaluate}, a run that never started one). */
    public RunResult(SnapshotReport report, AdminDocument topologyDocument) {
        this(report, topologyDocument, AdminEnd.NONE);
    }

    /** Ends the admin (at most after its grace) for a run that stops before its reports, e.g. on an error. */
    public void endAdmin() {
        adminEnd.end();
    }

    /**
     * To be called once the report files of {@link #report()} are written, and always before the run ends: waits
     * for the admin to end (at most its grace, then its process tree is ended, so it never outlives the run) and
     * returns this result with the reports and the admin's exit in its timeline, for {@code report.json} to be
     * written once more.
     *
     * @param reportsStartedNanos when rendering the reports began, on {@link System#nanoTime()}; negative when no
     *                            reports were written meanwhile (no reports phase then)
     */
    public RunResult finished(long reportsStartedNanos) {
        return new RunResult(adminEnd.complete(report, reportsStartedNanos), topologyDocument, adminEnd);
    }
}
