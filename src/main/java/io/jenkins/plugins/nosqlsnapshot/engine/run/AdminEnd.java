package io.jenkins.plugins.nosqlsnapshot.engine.run;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminExit;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminSession;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Timeline;
import io.jenkins.plugins.nosqlsnapshot.engine.model.TimelinePhase;
import java.util.Locale;

/**
 * The admin of a run that has its verdict, exiting while the reports are written. {@link RunResult#finished}, called
 * by whoever writes the reports once they are written, waits for it (at most its grace; then its process tree is
 * ended) and adds the reports and the admin's exit to the timeline.
 */
public final class AdminEnd {
    static final AdminEnd NONE = new AdminEnd(null, 0, ProgressListener.NONE);

    private final AdminSession session;
    private final long originNanos;
    private final ProgressListener progress;

    AdminEnd(AdminSession session, long originNanos, ProgressListener progress) {
        this.session = session;
        this.originNanos = originNanos;
        this.progress = progress;
    }

    private SnapshotReport completedFrom;
    private SnapshotReport completed;

    /** The same answer for the same report, however often it is asked. */
    /** @param reportsStartedNanos when the reports began, or a negative number when none were written meanwhile */
    synchronized SnapshotReport complete(SnapshotReport report, long reportsStartedNanos) {
        if (session == null || report.timeline().first(TimelinePhase.Kind.ADMIN_EXIT) != null) {
            return report;
        }
        if (report == completedFrom) {
            return completed;
        }
        long reportsEnded = System.nanoTime();
        AdminExit exit = session.awaitExit();
        progress.progress(String.format(
                Locale.ROOT, "Admin exit: %.1f s after exit, %s", exit.durationMillis() / 1000.0, exit.note()));
        Timeline timeline = report.timeline();
        if (reportsStartedNanos >= 0) {
            timeline = timeline.and(new TimelinePhase(
                    "reports",
                    TimelinePhase.Kind.REPORTS,
                    millis(reportsStartedNanos),
                    Math.max(0, (reportsEnded - reportsStartedNanos) / 1_000_000),
                    null));
        }
        completedFrom = report;
        completed = report.withTimeline(timeline.and(new TimelinePhase(
                "admin exit",
                TimelinePhase.Kind.ADMIN_EXIT,
                millis(exit.sentNanos()),
                exit.durationMillis(),
                exit.note())));
        return completed;
    }

    /** Ends the admin (at most after its grace) when no report will follow. */
    void end() {
        if (session != null) {
            session.close();
        }
    }

    long millis(long nanos) {
        return Math.max(0, (nanos - originNanos) / 1_000_000);
    }
}
