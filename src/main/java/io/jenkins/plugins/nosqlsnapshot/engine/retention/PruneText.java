package io.jenkins.plugins.nosqlsnapshot.engine.retention;

/** The console form of a prune: one line per snapshot with what was done and why, then any problem. */
public final class PruneText {
    private PruneText() {}

    /** The names a prune of {@code name} touches, as users read them: {@code yyMMdd-HHmmss-NAME}. */
    public static String pattern(String name) {
        return "yyMMdd-HHmmss-" + name;
    }

    public static String render(PruneReport report) {
        StringBuilder out = new StringBuilder(512);
        out.append("nosql-snapshot prune: ")
                .append(report.verdict())
                .append(" - ")
                .append(report.summary())
                .append('\n');
        for (PruneEntry entry : report.entries()) {
            out.append("  ").append(label(entry.action())).append(' ').append(entry.name());
            if (!entry.listedOn().isEmpty()) {
                out.append(" (on ").append(String.join(", ", entry.listedOn())).append(')');
            }
            out.append(": ").append(entry.why()).append('\n');
        }
        for (String problem : report.problems()) {
            out.append("  problem: ").append(problem).append('\n');
        }
        out.append("  (")
                .append(report.adminLaunches())
                .append(" admin launch")
                .append(report.adminLaunches() == 1 ? "" : "es")
                .append(", ")
                .append(report.durationMillis())
                .append(" ms)\n");
        return out.toString();
    }

    private static String label(PruneDecision action) {
        return switch (action) {
            case KEPT -> "keep          ";
            case WOULD_REMOVE -> "would remove  ";
            case REMOVED -> "removed       ";
            case NOT_REMOVED -> "NOT removed   ";
        };
    }
}
