package io.jenkins.plugins.nosqlsnapshot.engine.report;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StoreInfo;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Timeline;
import io.jenkins.plugins.nosqlsnapshot.engine.model.TimelinePhase;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The sentences every format says the same way, so the console, Markdown and HTML never disagree. */
final class ReportText {
    private static final String SHARD_LOST = "SHARD_LOST";

    private ReportText() {}

    /** "9/9 Replication Nodes, 3/3 admins, 3/3 SN configs". */
    static String counts(Summary s) {
        return s.replicationNodesOk() + "/" + s.replicationNodes() + " Replication Nodes, " + s.adminsOk() + "/"
                + s.admins() + " admins, " + s.configsOk() + "/" + s.configs() + " SN configs";
    }

    static String shardCounts(Summary s) {
        return s.shardsComplete() + " complete, " + s.shardsDegraded() + " degraded, " + s.shardsLost() + " lost";
    }

    /** Whether anything was counted at all: a run that never reached the store has nothing to count. */
    static boolean hasCounts(Summary s) {
        return s.replicationNodes() + s.admins() + s.configs() > 0;
    }

    /**
     * Where the time went, in one line: "7.1 s in all: admin start 1.7 s, snapshot create 2.3 s, 10 other commands
     * 0.8 s, verdict 0.0 s, reports 0.4 s; the admin's exit 0.7 s beside them". Null without a timeline.
     */
    static String time(Timeline timeline) {
        if (timeline.phases().isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder(seconds(timeline.totalMillis())).append(" in all:");
        String separator = " ";
        long create = 0;
        long others = 0;
        int otherCount = 0;
        for (TimelinePhase phase : timeline.phases()) {
            if (phase.kind() == TimelinePhase.Kind.COMMAND) {
                if (phase.phase().startsWith("snapshot create")) {
                    create += phase.durationMillis();
                } else {
                    others += phase.durationMillis();
                    otherCount++;
                }
            }
        }
        TimelinePhase start = timeline.first(TimelinePhase.Kind.ADMIN_START);
        if (start != null) {
            line.append(separator).append("admin start ").append(seconds(start.durationMillis()));
            separator = ", ";
        }
        if (timeline.phases().stream().anyMatch(p -> p.phase().startsWith("snapshot create"))) {
            line.append(separator).append("snapshot create ").append(seconds(create));
            separator = ", ";
        }
        if (otherCount > 0) {
            line.append(separator)
                    .append(otherCount)
                    .append(otherCount == 1 ? " other command " : " other commands ")
                    .append(seconds(others));
            separator = ", ";
        }
        for (TimelinePhase.Kind kind : List.of(TimelinePhase.Kind.VERDICT, TimelinePhase.Kind.REPORTS)) {
            TimelinePhase phase = timeline.first(kind);
            if (phase != null) {
                line.append(separator).append(phase.phase()).append(' ').append(seconds(phase.durationMillis()));
                separator = ", ";
            }
        }
        TimelinePhase exit = timeline.first(TimelinePhase.Kind.ADMIN_EXIT);
        if (exit != null) {
            line.append("; the admin's exit ")
                    .append(seconds(exit.durationMillis()))
                    .append(" beside them");
        }
        return line.toString();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** What the verdict means for someone about to rely on the snapshot. */
    static String meaning(Verdict verdict) {
        return switch (verdict) {
            case SUCCESS -> "every shard, admin and Storage Node configuration has the snapshot";
            case UNSTABLE -> "restorable, but some copies are missing: see the reasons";
            case FAILURE -> "do not rely on this snapshot: see the reasons";
        };
    }

    /** "snapshot NAME", or what is known when the admin never named one. */
    static String snapshot(SnapshotReport report) {
        if (report.snapshotName() != null) {
            return "snapshot " + report.snapshotName();
        }
        if (report.requestedName() == null) {
            return "no snapshot taken";
        }
        boolean sent = report.commands().stream().anyMatch(c -> c.command().startsWith("snapshot create"));
        return (sent ? "no snapshot name came back" : "no snapshot taken") + " (requested \"" + report.requestedName()
                + "\")";
    }

    /** "kvstore, version 25.3.21, topology sequence 46, 30 partitions"; null when nothing is known. */
    static String store(StoreInfo store) {
        if (store == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (store.name() != null) {
            parts.add(store.name());
        }
        if (store.version() != null) {
            parts.add("version " + store.version());
        }
        if (store.topologySequence() != null) {
            parts.add("topology sequence " + store.topologySequence());
        }
        if (store.numPartitions() != null) {
            parts.add(store.numPartitions() + " partitions");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * Whether the admin CLI's own words claim success where the verdict does not; older releases said 5500
     * "Operation ends successfully" for a lost shard.
     */
    static boolean adminDisagrees(SnapshotReport report) {
        AdminResult said = report.adminResult();
        return said != null && said.claimsSuccess() && report.verdict() != Verdict.SUCCESS;
    }

    static String disagreement(SnapshotReport report) {
        AdminResult said = report.adminResult();
        return "The admin CLI claims success (" + said.returnCode() + " \"" + said.description() + "\", exit code 0),"
                + " but this report's verdict is " + report.verdict() + ": it checks every shard, admin and Storage"
                + " Node configuration itself. Do not rely on the admin CLI's return code alone.";
    }

    /**
     * The Replication Nodes that were master when the snapshot was taken, e.g. "rg1-rn2 (sn2)". A Load restores each
     * shard from its master's snapshot, so an operator needs to know which one it was.
     */
    static String masters(ShardReport shard) {
        List<String> masters = new ArrayList<>();
        boolean pinged = false;
        for (ReplicationNodeReport rn : shard.replicationNodes()) {
            pinged |= rn.serviceStatus() != null;
            if (rn.masterAtSnapshot()) {
                masters.add(rn.id() + (rn.storageNode() == null ? "" : " (" + rn.storageNode() + ")"));
            }
        }
        if (masters.isEmpty()) {
            return pinged ? "none (ping saw no master)" : "unknown (no ping)";
        }
        return String.join(", ", masters);
    }

    /** The Replication Nodes of a shard without the snapshot, e.g. "rg3-rn3 (failed)". */
    static List<String> withoutSnapshot(ShardReport shard) {
        List<String> ids = new ArrayList<>();
        for (ReplicationNodeReport rn : shard.replicationNodes()) {
            if (rn.status() != ComponentStatus.OK) {
                ids.add(rn.id() + " (" + rn.status().name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        return ids;
    }

    /**
     * The reasons in reading order: lost shards first (they make the snapshot useless), then by severity as the
     * engine sorted them.
     */
    static List<Reason> inReadingOrder(List<Reason> reasons) {
        List<Reason> ordered = new ArrayList<>(reasons);
        ordered.sort(
                Comparator.comparing((Reason r) -> !SHARD_LOST.equals(r.code())).thenComparing(Reason::severity));
        return ordered;
    }

    /** Text of any length on one line (descriptions and reasons may hold line breaks); "" for null. */
    static String oneLine(String text) {
        return text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** The problems a build log lists: everything but INFO. */
    static boolean isProblem(Reason reason) {
        return reason.severity() != Severity.INFO;
    }
}
