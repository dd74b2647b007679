package io.jenkins.plugins.nosqlsnapshot.engine.report;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;

/**
 * The few lines a build log shows: verdict and snapshot name, the counts, then one line per problem with lost
 * shards first (at most {@value #MAX_PROBLEM_LINES}), where the time went, and a note when the admin CLI claimed success for a snapshot this verdict rejects.
 */
public final class ConsoleSummary {
    /** A large store with many failed nodes must not flood the build log; the reports list every problem. */
    static final int MAX_PROBLEM_LINES = 20;

    private ConsoleSummary() {}

    public static String render(SnapshotReport report) {
        StringBuilder out = new StringBuilder(256);
        out.append("nosql-snapshot: ").append(report.verdict()).append(" - ").append(ReportText.snapshot(report));
        if (report.zone() != null) {
            out.append(" (zone ").append(report.zone()).append(')');
        }
        out.append('\n');
        Summary summary = report.summary();
        if (ReportText.hasCounts(summary)) {
            out.append("  ")
                    .append(ReportText.counts(summary))
                    .append("; shards: ")
                    .append(ReportText.shardCounts(summary))
                    .append('\n');
        }
        int shown = 0;
        int problems = 0;
        for (Reason reason : ReportText.inReadingOrder(report.reasons())) {
            if (!ReportText.isProblem(reason)) {
                continue;
            }
            problems++;
            if (shown < MAX_PROBLEM_LINES) {
                shown++;
                out.append("  ")
                        .append(reason.severity())
                        .append(": ")
                        .append(ReportText.oneLine(reason.message()).strip())
                        .append('\n');
            }
        }
        if (problems > shown) {
            out.append("  ... and ").append(problems - shown).append(" more problems: see report.md or report.html\n");
        }
        String time = ReportText.time(report.timeline());
        if (time != null) {
            out.append("  time: ").append(time).append('\n');
        }
        if (ReportText.adminDisagrees(report)) {
            AdminResult said = report.adminResult();
            out.append("  note: the admin CLI said ")
                    .append(said.returnCode())
                    .append(" \"")
                    .append(ReportText.oneLine(said.description()).strip())
                    .append("\" and exits 0; do not trust its return code alone\n");
        }
        return out.toString();
    }
}
