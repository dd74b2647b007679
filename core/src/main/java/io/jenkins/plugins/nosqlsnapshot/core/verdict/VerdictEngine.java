package io.jenkins.plugins.nosqlsnapshot.core.verdict;

import io.jenkins.plugins.nosqlsnapshot.core.parse.SnapshotResult;
import io.jenkins.plugins.nosqlsnapshot.core.report.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.core.report.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.core.report.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.core.report.PlanFinding;
import io.jenkins.plugins.nosqlsnapshot.core.report.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.core.report.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.core.report.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.core.report.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.core.report.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.core.report.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.core.report.StoreInfo;
import io.jenkins.plugins.nosqlsnapshot.core.report.Summary;
import io.jenkins.plugins.nosqlsnapshot.core.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.core.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.core.store.ReplicationNode;
import io.jenkins.plugins.nosqlsnapshot.core.store.ServiceState;
import io.jenkins.plugins.nosqlsnapshot.core.store.Shard;
import io.jenkins.plugins.nosqlsnapshot.core.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.core.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.core.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.core.store.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges a snapshot from the admin's lists <em>joined with the topology</em>, shard by shard, never from the
 * return code or description alone. Cost is linear in the store's size: every lookup goes through a hash index.
 */
public final class VerdictEngine {
    private static final String CLI_SUCCESS_WORDS = "Operation ends successfully";

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
        private final SnapshotResult result;
        private final boolean taken;
        private final String name;
        private final Set<String> succeeded = new HashSet<>();
        private final Set<String> failed = new HashSet<>();
        private final Set<String> configsOk = new HashSet<>();
        private final Set<String> configsFailed = new HashSet<>();
        private final Map<String, StorageNode> storageNodes = new LinkedHashMap<>();
        private final Map<String, String> hosts = new HashMap<>();
        private final List<Reason> reasons = new ArrayList<>();

        Assessment(Evidence evidence) {
            this.evidence = evidence;
            this.result = evidence.result();
            this.taken = result != null && result.hasValue();
            this.name = taken ? result.snapshotName() : null;
            if (taken) {
                succeeded.addAll(result.successSnapshots());
                failed.addAll(result.failureSnapshots());
                configsOk.addAll(result.successSnapshotConfigs());
                configsFailed.addAll(result.failureSnapshotConfigs());
            }
            Topology topology = evidence.topology();
            if (topology != null) {
                for (StorageNode sn : topology.storageNodes()) {
                    storageNodes.put(sn.id(), sn);
                    hosts.put(sn.id(), sn.hostname());
                }
            }
            evidence.parameters().values().forEach(p -> hosts.putIfAbsent(p.storageNodeId(), p.hostname()));
        }

        SnapshotReport report() {
            reasons.addAll(evidence.sessionReasons());
            preflightReasons(evidence.preflight());
            List<ShardReport> shards = evidence.topology() != null ? shardsFromTopology() : shardsFromLists();
            List<AdminReport> admins = admins();
            List<StorageNodeReport> nodes = storageNodeReports(admins);
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
            AdminResult adminResult = adminResult();
            if (adminResult != null && adminResult.claimsSuccess() && verdict != Verdict.SUCCESS) {
                reasons.add(new Reason(Severity.INFO, "ADMIN_DISAGREES", "The admin CLI said " + adminResult.returnCode()
                        + " \"" + adminResult.description() + "\" (and exits 0); this verdict is " + verdict
                        + " because it checks every shard, admin and configuration itself."));
            }
            reasons.sort(Comparator.comparing(Reason::severity));
            return new SnapshotReport(SnapshotReport.SCHEMA_VERSION, name, evidence.requestedName(), evidence.zone(),
                    verdict, reasons, summary(shards, admins, nodes), storeInfo(), adminResult, shards, admins, nodes,
                    evidence.preflight(), evidence.topology() != null, evidence.adminLaunches(), evidence.commands(),
                    evidence.startedAt(), evidence.durationMillis());
        }

        // ---- components --------------------------------------------------------------------------------------

        private ComponentStatus status(String id) {
            if (!taken) {
                return ComponentStatus.MISSING;
            }
            if (succeeded.contains(id)) {
                return ComponentStatus.OK;
            }
            return failed.contains(id) ? ComponentStatus.FAILED : ComponentStatus.MISSING;
        }

        private Set<String> zoneIds() {
            String zone = evidence.zone();
            if (zone == null || evidence.topology() == null) {
                return null;
            }
            Set<String> ids = new HashSet<>();
            for (Zone z : evidence.topology().zones()) {
                if (zone.equals(z.id()) || zone.equals(z.name())) {
                    ids.add(z.id());
                }
            }
            return ids;
        }

        private boolean inZone(String snId, Set<String> zoneIds) {
            if (zoneIds == null) {
                return true;
            }
            StorageNode sn = storageNodes.get(snId);
            return sn != null && zoneIds.contains(sn.zoneId());
        }

        private List<ShardReport> shardsFromTopology() {
            Set<String> zoneIds = zoneIds();
            Map<String, ReplicationNode> placement = new HashMap<>();
            for (StorageNode sn : storageNodes.values()) {
                for (ReplicationNode rn : sn.replicationNodes()) {
                    placement.put(rn.id(), rn);
                }
            }
            List<ShardReport> shards = new ArrayList<>();
            for (Shard shard : evidence.topology().shards()) {
                List<ReplicationNodeReport> rns = new ArrayList<>();
                for (String rnId : shard.replicationNodeIds()) {
                    ReplicationNode rn = placement.get(rnId);
                    String snId = rn == null ? null : rn.storageNodeId();
                    if (snId != null && !inZone(snId, zoneIds)) {
                        continue;
                    }
                    String path = rn == null || name == null ? null
                            : parent(rn.storageDirEnvPath()) + "/snapshots/" + name;
                    rns.add(rnReport(rnId, snId, path));
                }
                shards.add(shard(shard.id(), rns));
            }
            return shards;
        }

        private List<ShardReport> shardsFromLists() {
            Map<String, List<ReplicationNodeReport>> byShard = new LinkedHashMap<>();
            Set<String> ids = new LinkedHashSet<>();
            if (taken) {
                ids.addAll(result.successSnapshots());
                ids.addAll(result.failureSnapshots());
            }
            ids.stream().filter(ReplicationNode::isReplicationNodeId).sorted(VerdictEngine::byNaturalId).forEach(
                    id -> byShard.computeIfAbsent(ReplicationNode.shardOf(id), k -> new ArrayList<>())
                            .add(rnReport(id, null, null)));
            List<ShardReport> shards = new ArrayList<>();
            byShard.forEach((id, rns) -> shards.add(shard(id, rns)));
            return shards;
        }

        private ReplicationNodeReport rnReport(String rnId, String snId, String path) {
            ServiceState state = evidence.ping() == null ? null : evidence.ping().service(rnId);
            return new ReplicationNodeReport(rnId, snId, snId == null ? null : hosts.get(snId), status(rnId),
                    state != null && state.isMaster(), path, state == null ? null : state.status());
        }

        private ShardReport shard(String id, List<ReplicationNodeReport> rns) {
            int ok = (int) rns.stream().filter(rn -> rn.status() == ComponentStatus.OK).count();
            ShardStatus status = ok == 0 ? ShardStatus.LOST
                    : ok == rns.size() ? ShardStatus.COMPLETE : ShardStatus.DEGRADED;
            return new ShardReport(id, status, ok, rns);
        }

        private List<AdminReport> admins() {
            List<Admin> known = evidence.admins();
            List<AdminReport> reports = new ArrayList<>();
            if (known == null) {
                Set<String> ids = new LinkedHashSet<>();
                if (taken) {
                    result.successSnapshots().stream().filter(Admin::isAdminId).forEach(ids::add);
                    result.failureSnapshots().stream().filter(Admin::isAdminId).forEach(ids::add);
                }
                ids.stream().sorted(VerdictEngine::byNaturalId)
                        .forEach(id -> reports.add(new AdminReport(id, null, null, status(id), null, null)));
                return reports;
            }
            Set<String> zoneIds = zoneIds();
            for (Admin admin : known) {
                if (!inZone(admin.storageNodeId(), zoneIds)) {
                    continue;
                }
                ServiceState state = evidence.ping() == null ? null : evidence.ping().service(admin.id());
                String serviceStatus = state != null ? state.status() : admin.status();
                reports.add(new AdminReport(admin.id(), admin.storageNodeId(), hosts.get(admin.storageNodeId()),
                        status(admin.id()), adminPath(admin), serviceStatus));
            }
            return reports;
        }

        private String adminPath(Admin admin) {
            StorageNodeParameters params = evidence.parameters().get(admin.storageNodeId());
            if (name == null || params == null) {
                return null;
            }
            if (params.adminDirPath() != null) {
                return trimSlash(params.adminDirPath()) + "/" + admin.id() + "/snapshots/" + name;
            }
            String store = evidence.topology() != null ? evidence.topology().storeName()
                    : evidence.ping() != null ? evidence.ping().storeName() : null;
            if (store == null) {
                return null;
            }
            return trimSlash(params.rootDirPath()) + "/" + store + "/" + admin.storageNodeId() + "/" + admin.id()
                    + "/snapshots/" + name;
        }

        private List<StorageNodeReport> storageNodeReports(List<AdminReport> admins) {
            Set<String> zoneIds = zoneIds();
            List<StorageNodeReport> reports = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            if (evidence.topology() != null) {
                storageNodes.keySet().stream().filter(id -> inZone(id, zoneIds)).forEach(ids::add);
            } else if (taken) {
                result.successSnapshotConfigs().forEach(ids::add);
                result.failureSnapshotConfigs().forEach(ids::add);
            }
            Map<String, Boolean> expectListing = expectedListings(admins);
            for (String id : ids) {
                ComponentStatus config = !taken ? ComponentStatus.MISSING
                        : configsOk.contains(id) ? ComponentStatus.OK
                        : configsFailed.contains(id) ? ComponentStatus.FAILED : ComponentStatus.MISSING;
                String root = rootDir(id);
                String configPath = root == null || name == null ? null : trimSlash(root) + "/snapshots/" + name;
                Boolean listed = null;
                List<String> listing = evidence.listings().get(id);
                if (listing != null && name != null && expectListing.containsKey(id)) {
                    listed = listing.contains(name);
                }
                reports.add(new StorageNodeReport(id, hosts.get(id), root, config, configPath, listed,
                        evidence.listingErrors().get(id)));
            }
            return reports;
        }

        private String rootDir(String snId) {
            StorageNode sn = storageNodes.get(snId);
            if (sn != null && sn.rootDirPath() != null) {
                return sn.rootDirPath();
            }
            StorageNodeParameters params = evidence.parameters().get(snId);
            return params == null ? null : params.rootDirPath();
        }

        /**
         * Which SNs must list the new snapshot: {@code show snapshots -sn} reads the snapshots directory of the SN's
         * admin when it hosts one, otherwise of its first RN, so an SN is judged only when that is certain.
         */
        private Map<String, Boolean> expectedListings(List<AdminReport> admins) {
            Map<String, Boolean> expected = new HashMap<>();
            if (!taken || evidence.admins() == null || evidence.topology() == null) {
                return expected;
            }
            Map<String, AdminReport> adminBySn = new HashMap<>();
            admins.forEach(a -> adminBySn.put(a.storageNode(), a));
            for (StorageNode sn : storageNodes.values()) {
                AdminReport admin = adminBySn.get(sn.id());
                if (admin != null) {
                    if (admin.status() == ComponentStatus.OK) {
                        expected.put(sn.id(), Boolean.TRUE);
                    }
                } else if (!sn.replicationNodes().isEmpty() && sn.replicationNodes().stream()
                        .allMatch(rn -> status(rn.id()) == ComponentStatus.OK)) {
                    expected.put(sn.id(), Boolean.TRUE);
                }
            }
            return expected;
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
            storageNodes.values().forEach(sn -> sn.replicationNodes().forEach(rn -> known.add(rn.id())));
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
            String host = hosts.get(snId);
            return " on " + snId + (host == null ? "" : " (" + host + ")");
        }

        private String nameOrRequested() {
            return name != null ? name : "the snapshot \"" + evidence.requestedName() + "\"";
        }

        private AdminResult adminResult() {
            if (result == null) {
                return null;
            }
            boolean claims = result.returnCode() == 5000 || CLI_SUCCESS_WORDS.equals(result.description());
            return new AdminResult(result.operation(), result.returnCode(), result.description(), claims);
        }

        private StoreInfo storeInfo() {
            Topology topology = evidence.topology();
            PingStatus ping = evidence.ping();
            String store = topology != null ? topology.storeName() : ping != null ? ping.storeName() : null;
            Long sequence = topology != null ? Long.valueOf(topology.sequenceNumber())
                    : ping != null ? Long.valueOf(ping.topologySequence()) : null;
            return new StoreInfo(store, ping == null ? null : ping.version(), sequence,
                    topology == null ? null : topology.numPartitions());
        }

        private Summary summary(List<ShardReport> shards, List<AdminReport> admins, List<StorageNodeReport> nodes) {
            int rns = 0;
            int rnsOk = 0;
            int complete = 0;
            int degraded = 0;
            int lost = 0;
            for (ShardReport shard : shards) {
                rns += shard.replicationNodes().size();
                rnsOk += shard.okReplicas();
                switch (shard.status()) {
                    case COMPLETE -> complete++;
                    case DEGRADED -> degraded++;
                    default -> lost++;
                }
            }
            int adminsOk = (int) admins.stream().filter(a -> a.status() == ComponentStatus.OK).count();
            int configsOk = (int) nodes.stream().filter(n -> n.configBackup() == ComponentStatus.OK).count();
            return new Summary(rnsOk, rns, adminsOk, admins.size(), configsOk, nodes.size(), complete, degraded, lost);
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

    /** Orders {@code rg2-rn10} after {@code rg2-rn9} and {@code admin10} after {@code admin9}. */
    static int byNaturalId(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int cmp = Long.compare(Long.parseLong(a.substring(si, Math.min(i, si + 18))),
                        Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
                if (cmp != 0) {
                    return cmp;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static String parent(String path) {
        String trimmed = trimSlash(path);
        int slash = trimmed.lastIndexOf('/');
        return slash <= 0 ? trimmed : trimmed.substring(0, slash);
    }

    static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
