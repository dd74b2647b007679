package io.jenkins.plugins.nosqlsnapshot.core.report;

import io.jenkins.plugins.nosqlsnapshot.core.verdict.Reason;
import io.jenkins.plugins.nosqlsnapshot.core.verdict.Severity;

/** The few lines a build log shows: verdict, name, counts, then one line per problem, most severe first. */
public final class ConsoleSummary {
    private ConsoleSummary() {
    }

    public static String render(SnapshotReport report) {
        StringBuilder out = new StringBuilder();
        out.append("nosql-snapshot: ").append(report.verdict());
        out.append(report.snapshotName() != null ? " - snapshot " + report.snapshotName()
                : " - no snapshot name (requested \"" + report.requestedName() + "\")");
        out.append('\n');
        Summary s = report.summary();
        out.append("  ").append(s.replicationNodesOk()).append('/').append(s.replicationNodes())
                .append(" Replication Nodes, ").append(s.adminsOk()).append('/').append(s.admins()).append(" admins, ")
                .append(s.configsOk()).append('/').append(s.configs()).append(" SN configs; shards: ")
                .append(s.shardsComplete()).append(" complete, ").append(s.shardsDegraded()).append(" degraded, ")
                .append(s.shardsLost()).append(" lost\n");
        for (Reason reason : report.reasons()) {
            if (reason.severity() == Severity.INFO) {
                continue;
            }
            out.append("  ").append(reason.severity()).append(": ").append(reason.message()).append('\n');
        }
        return out.toString();
    }
}
