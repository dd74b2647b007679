package io.jenkins.plugins.nosqlsnapshot.engine.verdict;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PlanFinding;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Timeline;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResult;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.store.ServiceState;
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
                    reasons.add(ReasonCode.TOPOLOGY_NOT_CHECKED.reason());
                }
            } else {
                judgeNotTaken();
            }
            Verdict verdict = verdictOf(reasons);
            if (taken && verdict == Verdict.SUCCESS && result.returnCode() != 5000) {
                reasons.add(ReasonCode.ADMIN_REPORTED_PROBLEM.reason(
                        result.returnCode(), result.description(), nameOrRequested()));
                verdict = Verdict.UNSTABLE;
            }
            AdminResult adminResult = layout.adminResult();
            if (adminResult != null && adminResult.claimsSuccess() && verdict != Verdict.SUCCESS) {
                reasons.add(ReasonCode.ADMIN_DISAGREES.reason(
                        adminResult.returnCode(), adminResult.description(), verdict));
            }
            reasons.sort(Comparator.comparing(Reason::severity));
            return new SnapshotReport(
                    SnapshotReport.SCHEMA_VERSION,
                    name,
                    evidence.requestedName(),
                    evidence.zone(),
                    verdict,
                    reasons,
                    layout.summary(shards, admins, nodes),
                    layout.storeInfo(),
                    adminResult,
                    shards,
                    admins,
                    nodes,
                    evidence.preflight(),
                    evidence.topology() != null,
                    evidence.adminLaunches(),
                    evidence.commands(),
                    evidence.startedAt(),
                    evidence.durationMillis(),
                    Timeline.NONE);
        }

        // ---- judgement ---------------------------------------------------------------------------------------

        private void preflightReasons(PreflightReport preflight) {
            if (preflight == null) {
                return;
            }
            String plans =
                    preflight.plans().stream().map(VerdictEngine::describe).collect(Collectors.joining(", "));
            if (preflight.blocks()) {
                String why = preflight.note() != null
                        ? preflight.note() + ", so no topology change could be ruled out"
                        : "a topology change is in process (" + plans + ")";
                reasons.add(ReasonCode.PREFLIGHT_BLOCKED.reason(why));
            } else if ("WARN".equals(preflight.decision())) {
                String why =
                        preflight.note() != null ? preflight.note() : "plans that may change the topology: " + plans;
                reasons.add(ReasonCode.PREFLIGHT_WARNING.reason(why));
            }
        }

        private void judgeNotTaken() {
            if (result != null) {
                ReasonCode what =
                        result.returnCode() == 5300 || "connect store or admin service".equals(result.operation())
                                ? ReasonCode.ADMIN_UNREACHABLE
                                : ReasonCode.ADMIN_REFUSED_CREATE;
                reasons.add(what.reason(result.returnCode(), firstLine(result.description())));
            } else if (reasons.stream().noneMatch(r -> r.severity() == Severity.FAILURE)) {
                reasons.add(ReasonCode.NOT_TAKEN.reason());
            }
        }

        private void judgeShards(List<ShardReport> shards) {
            if (shards.isEmpty()) {
                reasons.add(ReasonCode.NO_SHARDS.reason(nameOrRequested()));
            }
            for (ShardReport shard : shards) {
                int total = shard.replicationNodes().size();
                String members = shard.replicationNodes().stream()
                        .map(ReplicationNodeReport::id)
                        .collect(Collectors.joining(", "));
                if (shard.status() == ShardStatus.LOST) {
                    String inZone = evidence.zone() != null && total == 0 ? " in zone " + evidence.zone() : "";
                    reasons.add(ReasonCode.SHARD_LOST.reason(
                            shard.id(),
                            total == 0
                                    ? " (it has no Replication Node" + inZone + ")"
                                    : " on any of its " + total + " Replication Nodes (" + members + ")",
                            total > 0
                                            && shard.replicationNodes().stream()
                                                    .allMatch(rn -> rn.status() == ComponentStatus.MISSING)
                                    ? "; the admin named none of them in either list"
                                    : "",
                            nameOrRequested(),
                            why(shard)));
                    continue;
                }
                if (shard.okReplicas() < policy.minReplicasPerShard()) {
                    reasons.add(ReasonCode.SHARD_BELOW_MINIMUM.reason(
                            shard.id(), shard.okReplicas(), total, policy.minReplicasPerShard(), why(shard)));
                }
                for (ReplicationNodeReport rn : shard.replicationNodes()) {
                    if (rn.status() != ComponentStatus.OK) {
                        ReasonCode code =
                                rn.status() == ComponentStatus.FAILED ? ReasonCode.RN_FAILED : ReasonCode.RN_MISSING;
                        reasons.add(code.reasonAt(
                                partialSeverity(),
                                rn.id(),
                                where(rn.storageNode()),
                                pingSays(rn.id()),
                                shard.id(),
                                shard.okReplicas(),
                                total));
                    }
                }
            }
        }

        private void judgeAdmins(List<AdminReport> admins) {
            boolean anyOk = admins.stream().anyMatch(a -> a.status() == ComponentStatus.OK);
            if (!anyOk) {
                reasons.add(ReasonCode.NO_ADMIN_SNAPSHOT.reason(
                        admins.isEmpty()
                                ? " (the result names no admin)"
                                : " (" + admins.stream().map(AdminReport::id).collect(Collectors.joining(", ")) + ")",
                        nameOrRequested()));
                return;
            }
            for (AdminReport admin : admins) {
                if (admin.status() != ComponentStatus.OK) {
                    ReasonCode code = admin.status() == ComponentStatus.FAILED
                            ? ReasonCode.ADMIN_FAILED
                            : ReasonCode.ADMIN_MISSING;
                    reasons.add(code.reasonAt(
                            partialSeverity(), admin.id(), where(admin.storageNode()), pingSays(admin.id())));
                }
            }
        }

        private void judgeConfigs(List<StorageNodeReport> nodes) {
            for (StorageNodeReport sn : nodes) {
                if (sn.configBackup() != ComponentStatus.OK) {
                    ReasonCode code = sn.configBackup() == ComponentStatus.FAILED
                            ? ReasonCode.CONFIG_FAILED
                            : ReasonCode.CONFIG_MISSING;
                    reasons.add(code.reasonAt(
                            severityOf(policy.onConfigFailure()),
                            sn.id(),
                            where(sn.id()).replace(" on " + sn.id(), ""),
                            snSays(sn.id())));
                }
            }
        }

        private void judgeListings(List<StorageNodeReport> nodes) {
            for (StorageNodeReport sn : nodes) {
                if (Boolean.FALSE.equals(sn.listed())) {
                    reasons.add(ReasonCode.SNAPSHOT_NOT_LISTED.reasonAt(
                            partialSeverity(), sn.id(), name, sn.host() == null ? sn.id() : sn.host()));
                } else if (sn.listingError() != null) {
                    reasons.add(ReasonCode.LISTING_FAILED.reason(sn.id(), sn.listingError()));
                }
            }
        }

        private void judgeName() {
            if (name == null) {
                reasons.add(ReasonCode.NAME_UNKNOWN.reason(evidence.requestedName()));
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
                reasons.add(ReasonCode.UNKNOWN_COMPONENTS.reason(String.join(", ", unknown)));
            }
        }

        private String why(ShardReport shard) {
            List<String> states = new ArrayList<>();
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                if (rn.status() != ComponentStatus.OK
                        && rn.serviceStatus() != null
                        && !"RUNNING".equals(rn.serviceStatus())) {
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
