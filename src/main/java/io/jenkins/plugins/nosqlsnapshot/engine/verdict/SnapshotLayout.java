package io.jenkins.plugins.nosqlsnapshot.engine.verdict;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminResult;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StoreInfo;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResult;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.store.ReplicationNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.ServiceState;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Shard;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The snapshot's components as the evidence places them: every shard with its Replication Nodes, every admin and
 * Storage Node, each with its status and snapshot directory. It states facts and judges nothing; the
 * {@link VerdictEngine} turns them into reasons. Lookups go through hash indexes built once, so the cost is linear
 * in the store's size.
 */
final class SnapshotLayout {
    private static final String CLI_SUCCESS_WORDS = "Operation ends successfully";

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

    SnapshotLayout(Evidence evidence) {
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

    /** Whether snapshot create returned its lists (false: not run, or refused with no value). */
    boolean taken() {
        return taken;
    }

    /** The full snapshot name, or null. */
    String name() {
        return name;
    }

    String host(String snId) {
        return hosts.get(snId);
    }

    Map<String, StorageNode> storageNodes() {
        return storageNodes;
    }

    List<ShardReport> shards() {
        return evidence.topology() != null ? shardsFromTopology() : shardsFromLists();
    }

    ComponentStatus status(String id) {
        if (!taken) {
            return ComponentStatus.MISSING;
        }
        if (succeeded.contains(id)) {
            return ComponentStatus.OK;
        }
        return failed.contains(id) ? ComponentStatus.FAILED : ComponentStatus.MISSING;
    }

    Set<String> zoneIds() {
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

    boolean inZone(String snId, Set<String> zoneIds) {
        if (zoneIds == null) {
            return true;
        }
        StorageNode sn = storageNodes.get(snId);
        return sn != null && zoneIds.contains(sn.zoneId());
    }

    List<ShardReport> shardsFromTopology() {
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
                String path = rn == null || name == null ? null : parent(rn.storageDirEnvPath()) + "/snapshots/" + name;
                rns.add(rnReport(rnId, snId, path));
            }
            shards.add(shard(shard.id(), rns));
        }
        return shards;
    }

    List<ShardReport> shardsFromLists() {
        Map<String, List<ReplicationNodeReport>> byShard = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        if (taken) {
            ids.addAll(result.successSnapshots());
            ids.addAll(result.failureSnapshots());
        }
        ids.stream()
                .filter(ReplicationNode::isReplicationNodeId)
                .sorted(SnapshotLayout::byNaturalId)
                .forEach(id -> byShard.computeIfAbsent(ReplicationNode.shardOf(id), k -> new ArrayList<>())
                        .add(rnReport(id, null, null)));
        List<ShardReport> shards = new ArrayList<>();
        byShard.forEach((id, rns) -> shards.add(shard(id, rns)));
        return shards;
    }

    ReplicationNodeReport rnReport(String rnId, String snId, String path) {
        ServiceState state = evidence.ping() == null ? null : evidence.ping().service(rnId);
        return new ReplicationNodeReport(
                rnId,
                snId,
                snId == null ? null : hosts.get(snId),
                status(rnId),
                state != null && state.isMaster(),
                path,
                state == null ? null : state.status());
    }

    ShardReport shard(String id, List<ReplicationNodeReport> rns) {
        int ok = (int)
                rns.stream().filter(rn -> rn.status() == ComponentStatus.OK).count();
        ShardStatus status =
                ok == 0 ? ShardStatus.LOST : ok == rns.size() ? ShardStatus.COMPLETE : ShardStatus.DEGRADED;
        return new ShardReport(id, status, ok, rns);
    }

    List<AdminReport> admins() {
        List<Admin> known = evidence.admins();
        List<AdminReport> reports = new ArrayList<>();
        if (known == null) {
            Set<String> ids = new LinkedHashSet<>();
            if (taken) {
                result.successSnapshots().stream().filter(Admin::isAdminId).forEach(ids::add);
                result.failureSnapshots().stream().filter(Admin::isAdminId).forEach(ids::add);
            }
            ids.stream()
                    .sorted(SnapshotLayout::byNaturalId)
                    .forEach(id -> reports.add(new AdminReport(id, null, null, status(id), null, null)));
            return reports;
        }
        Set<String> zoneIds = zoneIds();
        for (Admin admin : known) {
            if (!inZone(admin.storageNodeId(), zoneIds)) {
                continue;
            }
            ServiceState state =
                    evidence.ping() == null ? null : evidence.ping().service(admin.id());
            String serviceStatus = state != null ? state.status() : admin.status();
            reports.add(new AdminReport(
                    admin.id(),
                    admin.storageNodeId(),
                    hosts.get(admin.storageNodeId()),
                    status(admin.id()),
                    adminPath(admin),
                    serviceStatus));
        }
        return reports;
    }

    String adminPath(Admin admin) {
        StorageNodeParameters params = evidence.parameters().get(admin.storageNodeId());
        if (name == null || params == null) {
            return null;
        }
        if (params.adminDirPath() != null) {
            return trimSlash(params.adminDirPath()) + "/" + admin.id() + "/snapshots/" + name;
        }
        String store = evidence.topology() != null
                ? evidence.topology().storeName()
                : evidence.ping() != null ? evidence.ping().storeName() : null;
        if (store == null) {
            return null;
        }
        return trimSlash(params.rootDirPath()) + "/" + store + "/" + admin.storageNodeId() + "/" + admin.id()
                + "/snapshots/" + name;
    }

    List<StorageNodeReport> storageNodeReports(List<AdminReport> admins) {
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
            ComponentStatus config = !taken
                    ? ComponentStatus.MISSING
                    : configsOk.contains(id)
                            ? ComponentStatus.OK
                            : configsFailed.contains(id) ? ComponentStatus.FAILED : ComponentStatus.MISSING;
            String root = rootDir(id);
            String configPath = root == null || name == null ? null : trimSlash(root) + "/snapshots/" + name;
            Boolean listed = null;
            List<String> listing = evidence.listings().get(id);
            if (listing != null && name != null && expectListing.containsKey(id)) {
                listed = listing.contains(name);
            }
            reports.add(new StorageNodeReport(
                    id,
                    hosts.get(id),
                    root,
                    config,
                    configPath,
                    listed,
                    evidence.listingErrors().get(id)));
        }
        return reports;
    }

    String rootDir(String snId) {
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
    Map<String, Boolean> expectedListings(List<AdminReport> admins) {
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
            } else if (!sn.replicationNodes().isEmpty()
                    && sn.replicationNodes().stream().allMatch(rn -> status(rn.id()) == ComponentStatus.OK)) {
                expected.put(sn.id(), Boolean.TRUE);
            }
        }
        return expected;
    }

    AdminResult adminResult() {
        if (result == null) {
            return null;
        }
        boolean claims = result.returnCode() == 5000 || CLI_SUCCESS_WORDS.equals(result.description());
        return new AdminResult(result.operation(), result.returnCode(), result.description(), claims);
    }

    StoreInfo storeInfo() {
        Topology topology = evidence.topology();
        PingStatus ping = evidence.ping();
        String store = topology != null ? topology.storeName() : ping != null ? ping.storeName() : null;
        Long sequence = topology != null
                ? Long.valueOf(topology.sequenceNumber())
                : ping != null ? Long.valueOf(ping.topologySequence()) : null;
        return new StoreInfo(
                store,
                ping == null ? null : ping.version(),
                sequence,
                topology == null ? null : topology.numPartitions());
    }

    Summary summary(List<ShardReport> shards, List<AdminReport> admins, List<StorageNodeReport> nodes) {
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
        int adminsOk = (int)
                admins.stream().filter(a -> a.status() == ComponentStatus.OK).count();
        int configsOk = (int) nodes.stream()
                .filter(n -> n.configBackup() == ComponentStatus.OK)
                .count();
        return new Summary(rnsOk, rns, adminsOk, admins.size(), configsOk, nodes.size(), complete, degraded, lost);
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
                int cmp = Long.compare(
                        Long.parseLong(a.substring(si, Math.min(i, si + 18))),
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
}
