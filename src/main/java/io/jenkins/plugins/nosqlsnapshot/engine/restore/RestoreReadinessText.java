package io.jenkins.plugins.nosqlsnapshot.engine.restore;

/**
 * The console form of a restore check: the answer, why, where to load from, and the runbook to follow literally (its
 * warnings, then each command and wait, numbered). The CLI prints it and the plugin logs it, so both read the same.
 */
public final class RestoreReadinessText {
    private RestoreReadinessText() {}

    public static String render(RestoreReadiness readiness) {
        StringBuilder out = new StringBuilder(1024);
        out.append("nosql-snapshot restore-check: ")
                .append(readiness.path())
                .append(" - ")
                .append(readiness.summary())
                .append('\n');
        if (readiness.savedVerdict() != null && readiness.snapshotName() != null) {
            out.append("  saved verdict of ")
                    .append(readiness.snapshotName())
                    .append(": ")
                    .append(readiness.savedVerdict())
                    .append('\n');
        }
        section(out, "Topology differences", readiness.differences());
        section(out, "Why", readiness.reasons());
        if (!readiness.presence().isEmpty()) {
            out.append("Snapshot on each Storage Node now:\n");
            for (SnapshotPresence p : readiness.presence()) {
                out.append("  ")
                        .append(p.storageNode())
                        .append(" (")
                        .append(p.host())
                        .append("): ")
                        .append(p.state())
                        .append(p.detail() == null ? "" : " - " + p.detail())
                        .append('\n');
            }
        }
        boolean inPlace = readiness.path() == RestorePath.IN_PLACE;
        if (!inPlace) {
            sources(out, readiness);
        }
        section(out, "Notes", readiness.notes());
        runbook(out, readiness);
        if (inPlace) {
            sources(out, readiness);
        }
        out.append("  (")
                .append(readiness.adminLaunches())
                .append(" admin launch")
                .append(readiness.adminLaunches() == 1 ? "" : "es")
                .append(", ")
                .append(readiness.durationMillis())
                .append(" ms)\n");
        return out.toString();
    }

    /** Where to load from: the way for LOAD_REQUIRED, a fallback after an in-place runbook, what is left otherwise. */
    private static void sources(StringBuilder out, RestoreReadiness readiness) {
        if (readiness.adminSource() == null && readiness.shardSources().isEmpty()) {
            return;
        }
        out.append(
                switch (readiness.path()) {
                    case LOAD_REQUIRED -> "Load sources (copy each directory from its host):\n";
                    case IN_PLACE ->
                        "Fallback only, if the in-place restore cannot be used: load sources (copy each directory"
                                + " from its host):\n";
                    default -> "Copies still confirmed:\n";
                });
        if (readiness.adminSource() != null) {
            line(out, "admin", readiness.adminSource());
        }
        for (LoadSource source : readiness.shardSources()) {
            line(out, source.shard(), source);
        }
    }

    /**
     * The warnings, then every step numbered under its phase's heading: a wait shows its check, its time limit and the
     * logs to read after it; a RESTORE line stands on a line of its own, below its warning, so that it is copied alone.
     * Every other line starts with a number or a label, so the block pasted whole runs nothing.
     */
    private static void runbook(StringBuilder out, RestoreReadiness readiness) {
        if (readiness.steps().isEmpty()) {
            return;
        }
        out.append(
                readiness.path() == RestorePath.IN_PLACE
                        ? "Restore in place, in this order, one step at a time (not a script):\n"
                        : "Reload, in this order:\n");
        if (!readiness.warnings().isEmpty()) {
            out.append("  Read first:\n");
            readiness.warnings().forEach(w -> out.append("  ! ").append(w).append('\n'));
        }
        int number = 0;
        RestoreStep.Phase phase = null;
        for (RestoreStep step : readiness.steps()) {
            if (step.phase() != phase && step.phase() != null && heading(step.phase()) != null) {
                out.append("  ").append(heading(step.phase())).append('\n');
            }
            phase = step.phase();
            out.append("  ").append(++number).append(". ");
            if (step.storageNode() != null) {
                out.append("[")
                        .append(step.storageNode())
                        .append(" on ")
                        .append(step.host())
                        .append("] ");
            }
            if (step.runOnce()) {
                out.append("RESTORE, exactly once:\n");
                if (step.warning() != null) {
                    out.append("       ! ").append(step.warning()).append('\n');
                }
                out.append('\n').append(step.command()).append("\n\n");
                continue;
            }
            switch (step.kind()) {
                case WAIT -> {
                    out.append("Wait");
                    if (step.timeLimitSeconds() != null) {
                        out.append(" (at most ").append(step.timeLimitSeconds()).append(" s)");
                    }
                    out.append(" until ")
                            .append(step.waitFor())
                            .append('\n')
                            .append("       check: ")
                            .append(step.command())
                            .append('\n');
                    if (step.timeLimitSeconds() != null && !step.logFiles().isEmpty()) {
                        out.append("       not done after ")
                                .append(step.timeLimitSeconds())
                                .append(" s: go no further; read ")
                                .append(String.join(", ", step.logFiles()))
                                .append('\n');
                    }
                }
                case VERIFY_DATA ->
                    out.append("Check that ")
                            .append(step.waitFor())
                            .append('\n')
                            .append("       e.g.: ")
                            .append(step.command())
                            .append('\n');
                case COMMAND -> out.append(step.command()).append('\n');
            }
            if (step.warning() != null) {
                out.append("       ! ").append(step.warning()).append('\n');
            }
        }
    }

    private static String heading(RestoreStep.Phase phase) {
        return switch (phase) {
            case STOP -> "Stop every Storage Node:";
            case RESTORE -> "Start each Storage Node from the snapshot, each RESTORE line exactly once:";
            case VERIFY -> "Verify:";
            case ROLLING_RESTART -> "End restore mode: restart with the plain start, one Storage Node at a time:";
            case LOAD -> null;
        };
    }

    private static void line(StringBuilder out, String label, LoadSource source) {
        out.append("  ")
                .append(label)
                .append(": ")
                .append(source.component())
                .append(" on ")
                .append(source.storageNode())
                .append(" (")
                .append(source.host())
                .append(") ")
                .append(source.path());
        if (source.masterAtSnapshot()) {
            out.append(" [master at snapshot time]");
        }
        if (source.note() != null) {
            out.append(" - ").append(source.note());
        }
        out.append('\n');
    }

    private static void section(StringBuilder out, String title, java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append(title).append(":\n");
        lines.forEach(l -> out.append("  - ").append(l).append('\n'));
    }
}
