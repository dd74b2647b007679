package io.jenkins.plugins.nosqlsnapshot.core.verdict;

import io.jenkins.plugins.nosqlsnapshot.core.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.core.model.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.core.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.core.model.PlanFinding;
import io.jenkins.plugins.nosqlsnapshot.core.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.core.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.core.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.core.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.core.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.core.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.core.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.core.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.core.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.core.parse.SnapshotResult;
import io.jenkins.plugins.nosqlsnapshot.core.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.core.store.ServiceState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges a snapshot from the admin's lists <em>joined with the topology</em>, shard by shard, never from the
 * return code or description alone. Cost is linear in the store's size: every lookup goes through a hash index.
 */
public final class VerdictEngine {

    private final Policy policy;

    public VerdictEngine(Policy policy) {
        this.policy = policy;
    }

    public SnapshotReport assess(Evidence evidence) {
        return new Assessment(evidence).report();
    }

    private Severity partialSeverity() {
        return severityOf(policy.onPartial());
    }

    private static Severity severityOf(Verdict verdict) {
        switch (verdict) {
            case FAILURE:
                return Severity.FAILURE;
            case UNSTABLE:
                return Severity.UNSTABLE;
            default:
                return Severity.WARNING;
        }
    }

    /** One judgement; holds the indexes built once per evidence. */
    private final class Assessment {
        private final Evidence evidence;
        private final SnapshotLayout layout;
        private final SnapshotResult result;
        private final boolean taken;
        private final String name;
        private final List<Reason> reasons = new ArrayList<>();

        Assessment(Evidence evidence) {
            this.evidence = evidence;
            this.layout = new SnapshotLayout(evidence);
            this.result = evidence.result();
            this.taken = layout.taken();
            this.name = layout.name();
        }

        SnapshotReport report() {
            reasons.addAll(evidence.sessionReasons());
            preflightReasons(evidence.preflight());
            List<ShardReport> shards = layout.shards();
            List<AdminReport> admins = layout.admins();
            List<StorageNodeReport> nodes = layout.storageNodeReports(admins);
            if (taken) {
                judgeShards(shards);
                judgeAdmins(admins);
                judgeConfigs(nodes);
                judgeListings(nodes);
                judgeName();
                judgeLists();
                if (evidence.topology() == null) {
                    reasons.add(new Reason(Severity.WARNING, "TOPOLOGY_NOT_CHECKED", "No topology was given: shards"
                            + " were inferred from the Replication Node names in the result, so a node the admin left"
                            + " out of both lists (a silent omission) could not be detected."));
                }
            } else {
                judgeNotTaken();
            }
            Verdict verdict = verdictOf(reasons);
            if (taken && verdict == Verdict.SUCCESS && result.returnCode() != 5000) {
                reasons.add(new Reason(Severity.UNSTABLE, "ADMIN_REPORTED_PROBLEM", "The admin CLI reported "
                        + result.returnCode() + " \"" + result.description() + "\" although every listed component"
                        + " succeeded; check the admin log before relying on " + nameOrRequested() + "."));
                verdict = Verdict.UNSTABLE;
            }
            AdminResult adminResult = layout.adminResult();
            if (adminResult != null && adminResult.claimsSuccess() && verdict != Verdict.SUCCESS) {
                reasons.add(new Reason(Severity.INFO, "ADMIN_DISAGREES", "The admin CLI said " + adminResult.returnCode()
                        + " \"" + adminResult.description() + "\" (and exits 0); this verdict is " + verdict
                        + " because it checks every shard, admin and configuration itself."));
            }
            reasons.sort(Comparator.comparing(Reason::severity));
            return new SnapshotReport(SnapshotReport.SCHEMA_VERSION, name, evidence.requestedName(), evidence.zone(),
                    verdict, reasons, layout.summary(shards, admins, nodes), layout.storeInfo(), adminResult, shards, admins, nodes,
                    evidence.preflight(), evidence.topology() != null, evidence.adminLaunches(), evidence.commands(),
                    evidence.startedAt(), evidence.durationMillis());
        }

        // ---- judgement ---------------------------------------------------------------------------------------

        private void preflightReasons(PreflightReport preflight) {
            if (preflight == null) {
                return;
            }
            String plans = preflight.plans().stream().map(VerdictEngine::describe).collect(Collectors.joining(", "));
            if (preflight.blocks()) {
                String why = preflight.note() != null ? preflight.note() + ", so no topology change could be ruled out"
                        : "a topology change is in process (" + plans + ")";
                reasons.add(new Reason(Severity.FAILURE, "PREFLIGHT_BLOCKED", "Pre-flight blocked the snapshot: " + why
                        + ". No snapshot was taken: a snapshot restores in place only onto the topology it was taken"
                        + " from. Wait until the plan ends (show plans) or is canceled, or use preflight mode"
                        + " 'warn' to take it anyway."));
            } else if ("WARN".equals(preflight.decision())) {
                String why = preflight.note() != null ? preflight.note() : "plans that may change the topology: " + plans;
                reasons.add(new Reason(Severity.WARNING, "PREFLIGHT_WARNING", "Pre-flight warning: " + why
                        + ". The snapshot may not restore in place if the topology changes."));
            }
        }

        private void judgeNotTaken() {
            if (result != null) {
                String what = result.returnCode() == 5300 || "connect store or admin service".equals(result.operation())
                        ? "The admin could not be reached" : "The admin refused snapshot create";
                reasons.add(new Reason(Severity.FAILURE, "ADMIN_ERROR", what + ": " + result.returnCode() + " \""
                        + firstLine(result.description()) + "\". No snapshot was taken."));
            } else if (reasons.stream().noneMatch(r -> r.severity() == Severity.FAILURE)) {
                reasons.add(new Reason(Severity.FAILURE, "NOT_TAKEN", "snapshot create was not run: no snapshot was taken."));
            }
        }

        private void judgeShards(List<ShardReport> shards) {
            if (shards.isEmpty()) {
                reasons.add(new Reason(Severity.FAILURE, "NO_SHARDS", "The result names no Replication Node at all,"
                        + " so no shard is backed up by " + nameOrRequested() + "."));
            }
            for (ShardReport shard : shards) {
                int total = shard.replicationNodes().size();
                String members = shard.replicationNodes().stream().map(ReplicationNodeReport::id)
                        .collect(Collectors.joining(", "));
                if (shard.status() == ShardStatus.LOST) {
                    String inZone = evidence.zone() != null && total == 0 ? " in zone " + evidence.zone() : "";
                    reasons.add(new Reason(Severity.FAILURE, "SHARD_LOST", "shard " + shard.id() + " has no snapshot"
                            + (total == 0 ? " (it has no Replication Node" + inZone + ")"
                                    : " on any of its " + total + " Replication Nodes (" + members + ")")
                            + (total > 0 && shard.replicationNodes().stream()
                                    .allMatch(rn -> rn.status() == ComponentStatus.MISSING)
                                    ? "; the admin named none of them in either list" : "")
                            + ": the store cannot be restored from " + nameOrRequested() + why(shard) + "."));
                    continue;
                }
                if (shard.okReplicas() < policy.minReplicasPerShard()) {
                    reasons.add(new Reason(Severity.FAILURE, "SHARD_BELOW_MINIMUM", "shard " + shard.id() + " has a"
                            + " snapshot on only " + shard.okReplicas() + " of " + total + " Replication Nodes; the"
                            + " policy requires " + policy.minReplicasPerShard() + why(shard) + "."));
                }
                for (ReplicationNodeReport rn : shard.replicationNodes()) {
                    if (rn.status() != ComponentStatus.OK) {
                        reasons.add(new Reason(partialSeverity(), rn.status() == ComponentStatus.FAILED
                                ? "COMPONENT_FAILED" : "COMPONENT_MISSING", rn.id() + where(rn.storageNode())
                                + (rn.status() == ComponentStatus.FAILED ? " has no snapshot (the admin reported it failed)"
                                        : " has no snapshot: it is in the topology but the admin named it in neither"
                                                + " list (silent omission)")
                                + pingSays(rn.id()) + "; shard " + shard.id() + " still has " + shard.okReplicas()
                                + " of " + total + "."));
                    }
                }
            }
        }

        private void judgeAdmins(List<AdminReport> admins) {
            boolean anyOk = admins.stream().anyMatch(a -> a.status() == ComponentStatus.OK);
            if (!anyOk) {
                reasons.add(new Reason(Severity.FAILURE, "NO_ADMIN_SNAPSHOT", "No admin snapshot succeeded"
                        + (admins.isEmpty() ? " (the result names no admin)" : " (" + admins.stream()
                                .map(AdminReport::id).collect(Collectors.joining(", ")) + ")")
                        + ": the store's metadata (tables, users, topology) is not in " + nameOrRequested() + "."));
                return;
            }
            for (AdminReport admin : admins) {
                if (admin.status() != ComponentStatus.OK) {
                    reasons.add(new Reason(partialSeverity(), admin.status() == ComponentStatus.FAILED
                            ? "COMPONENT_FAILED" : "COMPONENT_MISSING", admin.id() + where(admin.storageNode())
                            + (admin.status() == ComponentStatus.FAILED ? " has no snapshot (the admin reported it failed)"
                                    : " has no snapshot: the admin named it in neither list (silent omission)")
                            + pingSays(admin.id()) + "; other admin snapshots hold the metadata."));
                }
            }
        }

        private void judgeConfigs(List<StorageNodeReport> nodes) {
            for (StorageNodeReport sn : nodes) {
                if (sn.configBackup() != ComponentStatus.OK) {
                    reasons.add(new Reason(severityOf(policy.onConfigFailure()), "CONFIG_FAILED",
                            "the configuration backup of " + sn.id() + where(sn.id()).replace(" on " + sn.id(), "")
                                    + (sn.configBackup() == ComponentStatus.FAILED ? " failed"
                                            : " is missing: the admin named " + sn.id() + " in neither list")
                                    + snSays(sn.id()) + "; restoring " + sn.id() + " in place needs its"
                                    + " configuration (config.xml, security.policy) from elsewhere."));
                }
            }
        }

        private void judgeListings(List<StorageNodeReport> nodes) {
            for (StorageNodeReport sn : nodes) {
                if (Boolean.FALSE.equals(sn.listed())) {
                    reasons.add(new Reason(partialSeverity(), "SNAPSHOT_NOT_LISTED", "show snapshots on " + sn.id()
                            + " does not list " + name + " although its admin/RN snapshot was reported successful;"
                            + " check " + (sn.host() == null ? sn.id() : sn.host()) + " before relying on it."));
                } else if (sn.listingError() != null) {
                    reasons.add(new Reason(Severity.WARNING, "LISTING_FAILED", "Could not list the snapshots of "
                            + sn.id() + ": " + sn.listingError()));
                }
            }
        }

        private void judgeName() {
            if (name == null) {
                reasons.add(new Reason(Severity.UNSTABLE, "NAME_UNKNOWN", "The admin did not report the snapshot's"
                        + " full name (releases before ~20.x omit it) and it could not be recovered from the SN"
                        + " listings; look for a name ending in -" + evidence.requestedName() + " in show snapshots."));
            }
        }

        /** Components the admin named that the topology does not have: the topology read is stale or wrong. */
        private void judgeLists() {
            if (evidence.topology() == null) {
                return;
            }
            Set<String> known = new HashSet<>();
            layout.storageNodes().values().forEach(sn -> sn.replicationNodes().forEach(rn -> known.add(rn.id())));
            if (evidence.admins() != null) {
                evidence.admins().forEach(a -> known.add(a.id()));
            } else {
                return;
            }
            List<String> unknown = new ArrayList<>();
            for (String id : result.successSnapshots()) {
                if (!known.contains(id)) {
                    unknown.add(id);
                }
            }
            for (String id : result.failureSnapshots()) {
                if (!known.contains(id)) {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                reasons.add(new Reason(Severity.WARNING, "UNKNOWN_COMPONENTS", "The admin reported components the"
                        + " topology does not have (" + String.join(", ", unknown) + "); the topology may have changed"
                        + " during the run."));
            }
        }

        private String why(ShardReport shard) {
            List<String> states = new ArrayList<>();
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                if (rn.status() != ComponentStatus.OK && rn.serviceStatus() != null && !"RUNNING".equals(rn.serviceStatus())) {
                    states.add(rn.id() + " " + rn.serviceStatus());
                }
            }
            return states.isEmpty() ? "" : " (ping: " + String.join(", ", states) + ")";
        }

        private String pingSays(String id) {
            PingStatus ping = evidence.ping();
            ServiceState state = ping == null ? null : ping.service(id);
            if (state == null || state.isRunning()) {
                return "";
            }
            return " (ping: " + id + " is " + state.status() + ")";
        }

        private String snSays(String snId) {
            PingStatus ping = evidence.ping();
            String status = ping == null ? null : ping.storageNodes().get(snId);
            return status == null || "RUNNING".equals(status) ? "" : " (ping: " + snId + " is " + status + ")";
        }

        private String where(String snId) {
            if (snId == null) {
                return "";
            }
            String host = layout.host(snId);
            return " on " + snId + (host == null ? "" : " (" + host + ")");
        }

        private String nameOrRequested() {
            return name != null ? name : "the snapshot \"" + evidence.requestedName() + "\"";
        }

    }

    static Verdict verdictOf(List<Reason> reasons) {
        Verdict verdict = Verdict.SUCCESS;
        for (Reason reason : reasons) {
            if (reason.severity() == Severity.FAILURE) {
                return Verdict.FAILURE;
            }
            if (reason.severity() == Severity.UNSTABLE) {
                verdict = Verdict.UNSTABLE;
            }
        }
        return verdict;
    }

    private static String describe(PlanFinding plan) {
        return "plan " + plan.id() + " \"" + plan.name() + "\" " + plan.state();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
