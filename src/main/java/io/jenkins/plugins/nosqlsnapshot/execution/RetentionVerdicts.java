package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionHistory;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotName;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What retention needs to know of the snapshots earlier builds took: their full names and verdicts, as each build's
 * snapshot actions recorded them in {@code build.xml}. Only a build that recorded no snapshot action (one of a
 * release before the action, or reports archived by other means) is read from its archived {@code report.json}
 * ({@link ArchivedReports#snapshotReports}). The engine decides what to keep ({@code engine.retention}).
 */
final class RetentionVerdicts {
    /** How many builds back retention looks. */
    static final int HISTORY_BUILDS = 50;

    private RetentionVerdicts() {}

    /**
     * The verdicts of the snapshots named {@code yyMMdd-HHmmss-NAME} that this build and the {@value #HISTORY_BUILDS}
     * before it took, whether or not their reports were archived. A report that cannot be read is a warning and is
     * skipped: without it retention still keeps the newest snapshot.
     */
    static RetentionHistory history(Run<?, ?> current, String name, PrintStream log) {
        Map<String, Verdict> recorded = new HashMap<>();
        List<SnapshotReport> read = new ArrayList<>();
        Run<?, ?> build = current;
        for (int i = 0; build != null && i <= HISTORY_BUILDS; i++, build = build.getPreviousBuild()) {
            List<NosqlSnapshotAction> actions = build.getActions(NosqlSnapshotAction.class);
            if (!actions.isEmpty()) {
                for (NosqlSnapshotAction action : actions) {
                    SnapshotSummary summary = action.getSummary();
                    String snapshot = summary.getSnapshotName();
                    Verdict verdict = verdict(summary.getVerdict());
                    if (snapshot != null
                            && verdict != null
                            && name != null
                            && name.equals(SnapshotName.requestedPart(snapshot))) {
                        recorded.put(snapshot, verdict);
                    }
                }
                continue;
            }
            try {
                read.addAll(ArchivedReports.snapshotReports(build, name));
            } catch (IOException | RuntimeException e) {
                log.println(Console.PREFIX + "WARNING: skipped the archived reports of build #" + build.getNumber()
                        + ": " + e.getMessage());
            }
        }
        return RetentionHistory.of(read).and(new RetentionHistory(recorded));
    }

    /** The engine's verdict a summary recorded by name; null for a name it does not know (an edited build.xml). */
    private static Verdict verdict(String recorded) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.name().equals(recorded)) {
                return verdict;
            }
        }
        return null;
    }
}
