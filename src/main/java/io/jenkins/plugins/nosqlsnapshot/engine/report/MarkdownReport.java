package io.jenkins.plugins.nosqlsnapshot.engine.report;

import static io.jenkins.plugins.nosqlsnapshot.engine.report.MarkdownText.code;
import static io.jenkins.plugins.nosqlsnapshot.engine.report.MarkdownText.text;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PlanFinding;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import java.util.List;

/**
 * {@code report.md}: the verdict and reasons, the shards, then per Storage Node where each snapshot directory is,
 * and a copy manifest ready for an off-host copy job. Every value from the store is escaped (see
 * {@link MarkdownText}).
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(SnapshotReport report) {
        List<NodeSection> sections = NodeSection.of(report);
        StringBuilder md = new StringBuilder(4096 + 400 * report.summary().replicationNodes());
        header(md, report);
        reasons(md, report);
        adminSaid(md, report);
        shards(md, report);
        storageNodes(md, sections);
        manifest(md, CopyManifest.lines(sections));
        run(md, report);
        return md.toString();
    }

    private static void header(StringBuilder md, SnapshotReport report) {
        md.append("# nosql-snapshot report: ").append(report.verdict()).append("\n\n");
        md.append("**")
                .append(report.verdict())
                .append("**: ")
                .append(ReportText.meaning(report.verdict()))
                .append(".\n\n");
        md.append("- Snapshot: ")
                .append(report.snapshotName() != null ? code(report.snapshotName()) : text(ReportText.snapshot(report)))
                .append('\n');
        if (report.zone() != null) {
            md.append("- Zone: ").append(text(report.zone())).append('\n');
        }
        String store = ReportText.store(report.store());
        if (store != null) {
            md.append("- Store: ").append(text(store)).append('\n');
        }
        Summary summary = report.summary();
        if (ReportText.hasCounts(summary)) {
            md.append("- ").append(ReportText.counts(summary)).append('\n');
            md.append("- Shards: ").append(ReportText.shardCounts(summary)).append('\n');
        }
        md.append('\n');
    }

    private static void reasons(StringBuilder md, SnapshotReport report) {
        md.append("## Reasons\n\n");
        if (report.reasons().isEmpty()) {
            md.append("None: ").append(ReportText.meaning(report.verdict())).append(".\n\n");
            return;
        }
        for (Reason reason : ReportText.inReadingOrder(report.reasons())) {
            md.append("- **")
                    .append(reason.severity())
                    .append("** ")
                    .append(code(reason.code()))
                    .append(": ")
                    .append(text(ReportText.oneLine(reason.message())))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void adminSaid(StringBuilder md, SnapshotReport report) {
        md.append("## What the admin CLI said\n\n");
        AdminResult said = report.adminResult();
        if (said == null) {
            md.append("snapshot create was not run.\n\n");
            return;
        }
        md.append("| Operation | Return code | Description |\n|---|---|---|\n");
        md.append("| ")
                .append(text(said.operation()))
                .append(" | ")
                .append(said.returnCode())
                .append(" | ")
                .append(text(ReportText.oneLine(said.description())))
                .append(" |\n\n");
        if (ReportText.adminDisagrees(report)) {
            md.append("> **Note:** ")
                    .append(text(ReportText.disagreement(report)))
                    .append("\n\n");
        }
    }

    private static void shards(StringBuilder md, SnapshotReport report) {
        md.append("## Shards\n\n");
        if (report.shards().isEmpty()) {
            md.append("No shard is known: no snapshot result names a Replication Node.\n\n");
            return;
        }
        md.append("| Shard | Status | RNs with snapshot | RNs without | Master at snapshot time |\n");
        md.append("|---|---|---|---|---|\n");
        for (ShardReport shard : report.shards()) {
            List<String> without = ReportText.withoutSnapshot(shard);
            String masters = ReportText.masters(shard);
            md.append("| ")
                    .append(text(shard.id()))
                    .append(" | ")
                    .append(shard.status() == ShardStatus.COMPLETE ? "COMPLETE" : "**" + shard.status() + "**")
                    .append(" | ")
                    .append(shard.okReplicas())
                    .append('/')
                    .append(shard.replicationNodes().size())
                    .append(" | ")
                    .append(without.isEmpty() ? "-" : text(String.join(", ", without)))
                    .append(" | ")
                    .append(text(masters))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void storageNodes(StringBuilder md, List<NodeSection> sections) {
        md.append("## Storage Nodes\n\n");
        if (sections.isEmpty()) {
            md.append("No Storage Node is known.\n\n");
            return;
        }
        for (NodeSection section : sections) {
            md.append("### ");
            if (section.id() == null) {
                md.append("Storage Node unknown (no topology given)");
            } else {
                md.append(text(section.id()));
                if (section.host() != null) {
                    md.append(" (").append(text(section.host())).append(')');
                }
            }
            md.append("\n\n");
            StorageNodeReport node = section.node();
            if (node != null && node.listed() != null) {
                md.append(
                        node.listed()
                                ? "`show snapshots` on this Storage Node lists the snapshot.\n\n"
                                : "**`show snapshots` on this Storage Node does not list the snapshot.**\n\n");
            }
            if (node != null && node.listingError() != null) {
                md.append("Listing its snapshots failed: ")
                        .append(text(ReportText.oneLine(node.listingError())))
                        .append("\n\n");
            }
            md.append("| Snapshot of | Kind | Status | Snapshot directory | Ping |\n|---|---|---|---|---|\n");
            if (node != null) {
                row(md, node.id(), "SN configuration", node.configBackup(), node.configPath(), null);
            }
            for (NodeSection.Component component : section.components()) {
                row(
                        md,
                        component.id(),
                        component.kind() + (component.master() ? ", master at snapshot" : ""),
                        component.status(),
                        component.path(),
                        component.serviceStatus());
            }
            md.append('\n');
        }
    }

    private static void row(
            StringBuilder md, String id, String kind, ComponentStatus status, String path, String serviceStatus) {
        md.append("| ")
                .append(text(id))
                .append(" | ")
                .append(text(kind))
                .append(" | ")
                .append(status == ComponentStatus.OK ? "OK" : "**" + status + "**")
                .append(" | ")
                .append(path == null ? "unknown" : code(path))
                .append(status != ComponentStatus.OK && path != null ? " (not created)" : "")
                .append(" | ")
                .append(text(serviceStatus))
                .append(" |\n");
    }

    private static void manifest(StringBuilder md, List<String> lines) {
        md.append("## Copy manifest\n\n");
        if (lines.isEmpty()) {
            md.append("No snapshot directory is known. Paths need the topology (`show topology -verbose -json`)"
                    + " and each Storage Node's parameters (`show parameter -service snN -json`).\n\n");
            return;
        }
        md.append("One `host:path` line per snapshot directory that exists. The snapshots are hard links on each"
                + " Storage Node's own disks: copy them off the host to keep them.\n\n");
        String fence = MarkdownText.blockFence(lines);
        md.append(fence).append("text\n");
        for (String line : lines) {
            md.append(ReportText.oneLine(line)).append('\n');
        }
        md.append(fence).append("\n\n");
    }

    private static void run(StringBuilder md, SnapshotReport report) {
        md.append("## Run\n\n");
        PreflightReport preflight = report.preflight();
        if (preflight != null) {
            md.append("- Pre-flight: ")
                    .append(text(preflight.decision()))
                    .append(" (mode ")
                    .append(preflight.mode())
                    .append(')');
            if (preflight.note() != null) {
                md.append(": ").append(text(ReportText.oneLine(preflight.note())));
            }
            md.append('\n');
            for (PlanFinding plan : preflight.plans()) {
                md.append("  - plan ")
                        .append(plan.id())
                        .append(' ')
                        .append(code(plan.name()))
                        .append(' ')
                        .append(text(plan.state()))
                        .append(": ")
                        .append(text(plan.effect()))
                        .append('\n');
            }
        }
        md.append("- Topology checked: ")
                .append(report.topologyChecked() ? "yes" : "no")
                .append('\n');
        md.append("- Admin JVM launches: ").append(report.adminLaunches()).append('\n');
        if (report.startedAt() != null) {
            md.append("- Started: ")
                    .append(text(report.startedAt()))
                    .append(", took ")
                    .append(report.durationMillis())
                    .append(" ms\n");
        }
        md.append('\n');
        if (!report.commands().isEmpty()) {
            md.append("| Admin command | Return code | ms | Note |\n|---|---|---|---|\n");
            for (CommandRecord command : report.commands()) {
                md.append("| ")
                        .append(code(command.command()))
                        .append(" | ")
                        .append(
                                command.returnCode() == null
                                        ? "none"
                                        : command.returnCode().toString())
                        .append(" | ")
                        .append(command.elapsedMillis())
                        .append(" | ")
                        .append(text(command.note()))
                        .append(" |\n");
            }
            md.append('\n');
        }
    }
}
