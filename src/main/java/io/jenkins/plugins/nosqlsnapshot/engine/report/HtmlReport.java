package io.jenkins.plugins.nosqlsnapshot.engine.report;

import static io.jenkins.plugins.nosqlsnapshot.engine.report.HtmlText.escape;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PlanFinding;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: one static page styled only by {@code web/report.css} beside it. Jenkins serves archived
 * artifacts with {@code Content-Security-Policy: sandbox; default-src 'none'; img-src 'self'; style-src 'self';},
 * so the page has no script, no {@code style} attribute and no {@code <style>} block. Every status is written as
 * text, colour only repeats it. Every value from the store is escaped.
 */
public final class HtmlReport {
    /**
     * The stylesheet the page links to, relative to the page: in a subfolder, so that Jenkins' artifact lists, which
     * sort each folder's entries by name, show report.html, report.json and report.md first and the stylesheet last.
     */
    public static final String STYLESHEET = "web/report.css";

    private HtmlReport() {}

    public static String render(SnapshotReport report) {
        List<NodeSection> sections = NodeSection.of(report);
        StringBuilder html = new StringBuilder(8192 + 700 * report.summary().replicationNodes());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(report.verdict())
                .append(": ")
                .append(escape(ReportText.snapshot(report)))
                .append(" - nosql-snapshot</title>\n")
                .append("<link rel=\"stylesheet\" href=\"")
                .append(STYLESHEET)
                .append("\">\n</head>\n<body>\n");
        banner(html, report);
        html.append("<main>\n");
        reasons(html, report);
        shards(html, report);
        adminSaid(html, report);
        storageNodes(html, sections);
        manifest(html, CopyManifest.lines(sections));
        run(html, report);
        html.append("</main>\n<footer><p>nosql-snapshot report, schema version ")
                .append(report.schemaVersion())
                .append(". The same content is in report.json and report.md.</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void banner(StringBuilder html, SnapshotReport report) {
        String verdict = report.verdict().name();
        html.append("<header class=\"banner verdict-")
                .append(lower(verdict))
                .append("\">\n")
                .append("<p class=\"verdict\"><span class=\"verdict-word\">")
                .append(verdict)
                .append("</span> <span class=\"verdict-meaning\">")
                .append(ReportText.meaning(report.verdict()))
                .append("</span></p>\n<h1>");
        if (report.snapshotName() != null) {
            html.append("Snapshot <span class=\"name\">")
                    .append(escape(report.snapshotName()))
                    .append("</span>");
        } else {
            html.append(escape(capitalised(ReportText.snapshot(report))));
        }
        html.append("</h1>\n");
        String store = ReportText.store(report.store());
        if (store != null || report.zone() != null) {
            html.append("<p class=\"store\">").append(store == null ? "" : "Store " + escape(store));
            if (report.zone() != null) {
                html.append(store == null ? "Zone " : ", zone ").append(escape(report.zone()));
            }
            html.append("</p>\n");
        }
        Summary summary = report.summary();
        if (ReportText.hasCounts(summary)) {
            html.append("<p class=\"counts\">")
                    .append(ReportText.counts(summary))
                    .append("; shards: ")
                    .append(ReportText.shardCounts(summary))
                    .append("</p>\n");
        }
        html.append("</header>\n");
    }

    private static void reasons(StringBuilder html, SnapshotReport report) {
        html.append("<section class=\"reasons\" id=\"reasons\">\n<h2>Reasons</h2>\n");
        if (report.reasons().isEmpty()) {
            html.append("<p class=\"all-clear\">None: ")
                    .append(ReportText.meaning(report.verdict()))
                    .append(".</p>\n</section>\n");
            return;
        }
        html.append("<ol class=\"reason-list\">\n");
        for (Reason reason : ReportText.inReadingOrder(report.reasons())) {
            String severity = reason.severity().name();
            html.append("<li class=\"reason severity-")
                    .append(lower(severity))
                    .append("\"><span class=\"severity\">")
                    .append(severity)
                    .append("</span> <code class=\"reason-code\">")
                    .append(escape(reason.code()))
                    .append("</code> <span class=\"message\">")
                    .append(escape(reason.message()))
                    .append("</span></li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    private static void shards(StringBuilder html, SnapshotReport report) {
        html.append("<section class=\"shards\" id=\"shards\">\n<h2>Shards</h2>\n");
        if (report.shards().isEmpty()) {
            html.append("<p class=\"empty\">No shard is known: no snapshot result names a Replication Node.</p>\n")
                    .append("</section>\n");
            return;
        }
        html.append("<ul class=\"shard-grid\">\n");
        for (ShardReport shard : report.shards()) {
            String status = shard.status().name();
            List<String> without = ReportText.withoutSnapshot(shard);
            String masters = ReportText.masters(shard);
            html.append("<li class=\"shard shard-")
                    .append(lower(status))
                    .append("\">")
                    .append("<span class=\"shard-id\">")
                    .append(escape(shard.id()))
                    .append("</span> ")
                    .append("<span class=\"shard-status\">")
                    .append(status)
                    .append("</span> ")
                    .append("<span class=\"shard-replicas\">")
                    .append(shard.okReplicas())
                    .append(" of ")
                    .append(shard.replicationNodes().size())
                    .append(" RNs have the snapshot</span> ");
            if (!without.isEmpty()) {
                html.append("<span class=\"shard-without\">without: ")
                        .append(escape(String.join(", ", without)))
                        .append("</span> ");
            }
            html.append("<span class=\"shard-master\">master at snapshot: ")
                    .append(escape(masters))
                    .append("</span></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static void adminSaid(StringBuilder html, SnapshotReport report) {
        html.append("<section class=\"admin-said\" id=\"admin-said\">\n<h2>What the admin CLI said</h2>\n");
        AdminResult said = report.adminResult();
        if (said == null) {
            html.append("<p>snapshot create was not run.</p>\n</section>\n");
            return;
        }
        html.append("<dl class=\"admin-result\">\n<dt>Operation</dt><dd>")
                .append(escape(said.operation()))
                .append("</dd>\n<dt>Return code</dt><dd class=\"return-code\">")
                .append(said.returnCode())
                .append("</dd>\n<dt>Description</dt><dd class=\"description\">")
                .append(escape(said.description()))
                .append("</dd>\n</dl>\n");
        if (ReportText.adminDisagrees(report)) {
            html.append("<p class=\"disagreement\"><strong>The admin CLI and this verdict disagree.</strong> ")
                    .append(escape(ReportText.disagreement(report)))
                    .append("</p>\n");
        }
        html.append("</section>\n");
    }

    private static void storageNodes(StringBuilder html, List<NodeSection> sections) {
        html.append("<section class=\"nodes\" id=\"storage-nodes\">\n")
                .append("<h2>Storage Nodes and snapshot directories</h2>\n");
        if (sections.isEmpty()) {
            html.append("<p class=\"empty\">No Storage Node is known.</p>\n");
        }
        for (NodeSection section : sections) {
            html.append("<section class=\"node\">\n<h3>");
            if (section.id() == null) {
                html.append("Storage Node unknown (no topology given)");
            } else {
                html.append(escape(section.id()));
                if (section.host() != null) {
                    html.append(" <span class=\"host\">")
                            .append(escape(section.host()))
                            .append("</span>");
                }
            }
            html.append("</h3>\n");
            StorageNodeReport node = section.node();
            if (node != null && node.listed() != null) {
                html.append(
                        node.listed()
                                ? "<p class=\"listing\">show snapshots on this Storage Node lists the snapshot.</p>\n"
                                : "<p class=\"listing listing-missing\">show snapshots on this Storage Node does"
                                        + " <strong>not</strong> list the snapshot.</p>\n");
            }
            if (node != null && node.listingError() != null) {
                html.append("<p class=\"listing listing-missing\">Listing its snapshots failed: ")
                        .append(escape(node.listingError()))
                        .append("</p>\n");
            }
            html.append("<table class=\"paths\">\n<thead><tr><th scope=\"col\">Snapshot of</th>")
                    .append("<th scope=\"col\">Kind</th>")
                    .append("<th scope=\"col\">Status</th><th scope=\"col\">Snapshot directory</th>")
                    .append("<th scope=\"col\">Ping</th></tr></thead>\n<tbody>\n");
            if (node != null) {
                row(html, node.id(), "SN configuration", node.configBackup(), node.configPath(), null);
            }
            for (NodeSection.Component component : section.components()) {
                row(
                        html,
                        component.id(),
                        component.kind() + (component.master() ? ", master at snapshot" : ""),
                        component.status(),
                        component.path(),
                        component.serviceStatus());
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }
        html.append("</section>\n");
    }

    private static void row(
            StringBuilder html, String id, String kind, ComponentStatus status, String path, String serviceStatus) {
        html.append("<tr class=\"status-")
                .append(lower(status.name()))
                .append("\"><th scope=\"row\">")
                .append(escape(id))
                .append("</th><td>")
                .append(escape(kind))
                .append("</td><td><span class=\"status\">")
                .append(status)
                .append("</span></td><td>");
        if (path == null) {
            html.append("<span class=\"unknown\">unknown</span>");
        } else {
            html.append("<code class=\"path\">").append(escape(path)).append("</code>");
            if (status != ComponentStatus.OK) {
                html.append(" <span class=\"not-created\">(not created)</span>");
            }
        }
        html.append("</td><td>").append(escape(serviceStatus)).append("</td></tr>\n");
    }

    private static void manifest(StringBuilder html, List<String> lines) {
        html.append("<section class=\"manifest\" id=\"copy-manifest\">\n<h2>Copy manifest</h2>\n");
        if (lines.isEmpty()) {
            html.append("<p class=\"empty\">No snapshot directory is known. Paths need the topology (show topology"
                    + " -verbose -json) and each Storage Node's parameters (show parameter -service snN -json).</p>\n");
        } else {
            html.append(
                            "<p>One <code>host:path</code> line per snapshot directory that exists. The snapshots are"
                                    + " hard links on each Storage Node's own disks: copy them off the host to keep them.</p>\n")
                    .append("<pre class=\"manifest-lines\">");
            for (String line : lines) {
                html.append(escape(line)).append('\n');
            }
            html.append("</pre>\n");
        }
        html.append("</section>\n");
    }

    private static void run(StringBuilder html, SnapshotReport report) {
        html.append("<section class=\"run\" id=\"run\">\n<h2>Run</h2>\n<dl class=\"run-facts\">\n");
        PreflightReport preflight = report.preflight();
        if (preflight != null) {
            html.append("<dt>Pre-flight</dt><dd>")
                    .append(escape(preflight.decision()))
                    .append(" (mode ")
                    .append(preflight.mode())
                    .append(')');
            if (preflight.note() != null) {
                html.append(": ").append(escape(preflight.note()));
            }
            for (PlanFinding plan : preflight.plans()) {
                html.append("<br>plan ")
                        .append(plan.id())
                        .append(" <code>")
                        .append(escape(plan.name()))
                        .append("</code> ")
                        .append(escape(plan.state()))
                        .append(": ")
                        .append(escape(plan.effect()));
            }
            html.append("</dd>\n");
        }
        html.append("<dt>Topology checked</dt><dd>")
                .append(report.topologyChecked() ? "yes" : "no")
                .append("</dd>\n")
                .append("<dt>Admin JVM launches</dt><dd>")
                .append(report.adminLaunches())
                .append("</dd>\n");
        if (report.startedAt() != null) {
            html.append("<dt>Started</dt><dd>")
                    .append(escape(report.startedAt()))
                    .append(", took ")
                    .append(report.durationMillis())
                    .append(" ms</dd>\n");
        }
        html.append("</dl>\n");
        if (!report.commands().isEmpty()) {
            html.append("<details class=\"commands\">\n<summary>Admin commands (")
                    .append(report.commands().size())
                    .append(")</summary>\n<table class=\"command-list\">\n<thead><tr><th scope=\"col\">Command</th>")
                    .append("<th scope=\"col\">Return code</th><th scope=\"col\">ms</th><th scope=\"col\">Note</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (CommandRecord command : report.commands()) {
                html.append("<tr><td><code>")
                        .append(escape(command.command()))
                        .append("</code></td><td>")
                        .append(
                                command.returnCode() == null
                                        ? "none"
                                        : command.returnCode().toString())
                        .append("</td><td>")
                        .append(command.elapsedMillis())
                        .append("</td><td>")
                        .append(escape(command.note()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</details>\n");
        }
        html.append("</section>\n");
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
