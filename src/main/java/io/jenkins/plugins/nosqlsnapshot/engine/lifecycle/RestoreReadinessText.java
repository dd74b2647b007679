package io.jenkins.plugins.nosqlsnapshot.engine.lifecycle;

/** The console form of a restore check: the answer, why, where to load from, and the commands to paste. */
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
        if (readiness.adminSource() != null || !readiness.shardSources().isEmpty()) {
            out.append(
                    readiness.path() == RestorePath.NOT_RESTORABLE || readiness.path() == RestorePath.UNKNOWN
                            ? "Copies still confirmed:\n"
                            : "Load sources (copy each directory from its host):\n");
            if (readiness.adminSource() != null) {
                line(out, "admin", readiness.adminSource());
            }
            for (LoadSource source : readiness.shardSources()) {
                line(out, source.shard(), source);
            }
        }
        section(out, "Notes", readiness.notes());
        if (!readiness.steps().isEmpty()) {
            out.append(
                    readiness.path() == RestorePath.IN_PLACE
                            ? "Restore in place, in this order:\n"
                            : "Reload, in this order:\n");
            for (RestoreStep step : readiness.steps()) {
                out.append("  ");
                if (step.storageNode() != null) {
                    out.append("[")
                            .append(step.storageNode())
                            .append(" on ")
                            .append(step.host())
                            .append("] ");
                }
                out.append(step.command()).append('\n');
            }
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
