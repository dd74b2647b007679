package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SavedOutput;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store of {@code storageNodes} SNs with capacity 3 and replication factor 3 (so as many shards as SNs and three
 * RNs per SN), three admins, and the admin CLI's {@code -json} outputs for it, in the shapes captured from a real
 * 25.3 store (core/src/test/resources/fixtures/ondb-25.3: a02 topology, a04 parameters, a05 admins, a06/b03 ping,
 * a08 plans, a13/b02 snapshot create). Shard {@code rgK}'s {@code rnJ} lives on SN {@code K+J-1} (wrapping), on
 * that SN's {@code diskJ}, as the admin spreads replicas over SNs.
 *
 * @param degraded whether every tenth shard lost its third replica's snapshot (stopped RN, as in case b)
 */
public record SyntheticStore(int storageNodes, boolean degraded) {
    public static final String SNAPSHOT_NAME = "261124-193328-BACKUP";
    private static final int REPLICATION_FACTOR = 3;
    private static final int ADMINS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 2-space indent, one array element per line, {@code "key": value}: how the admin CLI prints. */
    private static final ObjectWriter ADMIN_STYLE = JSON.writer(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    public SyntheticStore {
        if (storageNodes < REPLICATION_FACTOR) {
            throw new IllegalArgumentException("a store of replication factor 3 needs at least 3 Storage Nodes");
        }
    }

    public int shards() {
        return storageNodes;
    }

    public int replicationNodes() {
        return storageNodes * REPLICATION_FACTOR;
    }

    /** The Replication Nodes whose snapshot failed: {@code rgK-rn3} for every tenth shard when degraded. */
    public boolean failed(int shard, int replica) {
        return degraded && shard % 10 == 0 && replica == REPLICATION_FACTOR;
    }

    public int failedReplicationNodes() {
        return degraded ? storageNodes / 10 : 0;
    }

    /** The SN (1-based) that hosts replica {@code replica} of shard {@code shard}. */
    public int storageNodeOf(int shard, int replica) {
        return (shard - 1 + replica - 1) % storageNodes + 1;
    }

    static String host(int sn) {
        return String.format("kvhost%04d.example.internal", sn);
    }

    static String rn(int shard, int replica) {
        return "rg" + shard + "-rn" + replica;
    }

    /** What {@code nosql-snapshot evaluate} reads for this store, with the default policy. */
    public Evaluation evaluation() {
        List<SavedOutput> parameters = new ArrayList<>(storageNodes);
        parameters().forEach((sn, text) -> parameters.add(new SavedOutput(sn + ".json", text)));
        return new Evaluation(
                new SavedOutput("snapshot-create.json", snapshotCreate()),
                new SavedOutput("topology.json", topology()),
                parameters,
                new SavedOutput("admins.json", admins()),
                new SavedOutput("ping.json", ping()),
                new SavedOutput("plans.json", plans()),
                null,
                null);
    }

    // ---- snapshot create -json ------------------------------------------------------------------------------

    public String snapshotCreate() {
        ObjectNode value = JSON.createObjectNode().put("snapshotName", SNAPSHOT_NAME);
        ArrayNode success = value.putArray("successSnapshots");
        ArrayNode failure = value.putArray("failureSnapshots");
        for (int a = 1; a <= ADMINS; a++) {
            success.add("admin" + a);
        }
        for (int shard = 1; shard <= shards(); shard++) {
            for (int replica = 1; replica <= REPLICATION_FACTOR; replica++) {
                (failed(shard, replica) ? failure : success).add(rn(shard, replica));
            }
        }
        ArrayNode configs = value.putArray("successSnapshotConfigs");
        for (int sn = 1; sn <= storageNodes; sn++) {
            configs.add("sn" + sn);
        }
        value.putArray("failureSnapshotConfigs");
        return degraded
                ? envelope(
                        "snapshot operation",
                        5301,
                        "Created complete snapshot but the snapshot operation failed on some nodes",
                        value)
                : envelope("snapshot operation", 5000, "Operation ends successfully", value);
    }

    // ---- show topology -verbose -json -----------------------------------------------------------------------

    public String topology() {
        ObjectNode value = JSON.createObjectNode()
                .put("storeName", "kvstore")
                .put("numPartitions", 10 * shards())
                .put("sequenceNumber", 46 + 3 * storageNodes);
        value.putArray("zns").add(zone(true));
        ArrayNode sns = value.putArray("sns");
        for (int sn = 1; sn <= storageNodes; sn++) {
            ObjectNode node = sns.addObject()
                    .put("resourceId", "sn" + sn)
                    .put("hostname", host(sn))
                    .put("registryPort", 5000);
            node.set("zone", zone(true));
            node.put("capacity", 3).put("rootDirPath", "/opt/oracle/kvroot");
            ArrayNode rns = node.putArray("rns");
            for (int replica = 1; replica <= REPLICATION_FACTOR; replica++) {
                int shard = shardOn(sn, replica);
                String disk = "/u01/nosql/data/disk" + replica;
                rns.addObject()
                        .put("resourceId", rn(shard, replica))
                        .put("storageDirPath", disk)
                        .put("storageDirEnvPath", disk + "/" + rn(shard, replica) + "/env")
                        .put("storageDirSize", 0);
            }
            node.putArray("ans");
        }
        ArrayNode shardList = value.putArray("shards");
        for (int shard = 1; shard <= shards(); shard++) {
            ObjectNode group =
                    shardList.addObject().put("resourceId", "rg" + shard).put("numPartitions", 10);
            ArrayNode rns = group.putArray("rns");
            for (int replica = 1; replica <= REPLICATION_FACTOR; replica++) {
                int sn = storageNodeOf(shard, replica);
                rns.addObject()
                        .put("resourceId", rn(shard, replica))
                        .put("snId", "sn" + sn)
                        .put("haPort", host(sn) + ":" + (5010 + replica));
            }
            group.putArray("ans");
            group.put("partition", (10 * shard - 9) + "-" + 10 * shard);
        }
        return envelope("show topology", 5000, "Operation ends successfully", value);
    }

    /** The shard whose replica {@code replica} lives on {@code sn}: the inverse of {@link #storageNodeOf}. */
    private int shardOn(int sn, int replica) {
        return Math.floorMod(sn - 1 - (replica - 1), storageNodes) + 1;
    }

    private static ObjectNode zone(boolean withRepFactor) {
        ObjectNode zone = JSON.createObjectNode().put("resourceId", "zn1").put("name", "zn1");
        if (withRepFactor) {
            zone.put("repFactor", REPLICATION_FACTOR);
        }
        return zone.put("type", "PRIMARY").put("allowArbiters", false).put("masterAffinity", false);
    }

    // ---- show parameter -service snN -json ------------------------------------------------------------------

    /** One document per SN, keyed by SN id. */
    public Map<String, String> parameters() {
        Map<String, String> documents = new LinkedHashMap<>();
        for (int sn = 1; sn <= storageNodes; sn++) {
            documents.put("sn" + sn, parameters(sn));
        }
        return documents;
    }

    public String parameters(int sn) {
        ObjectNode value = JSON.createObjectNode()
                .put("adminWebPort", "-1")
                .put("capacity", "3")
                .put("dnsCacheNegativeTTL", "10")
                .put("dnsCacheTTL", "10")
                .put("haHostname", host(sn))
                .put("haPortRange", "5010,5019")
                .put("hostname", host(sn))
                .put("jvmOverheadPercent", "25")
                .put("memoryMB", "1536")
                .put("mgmtClass", "oracle.kv.impl.mgmt.NoOpAgent")
                .put("mgmtPollPort", "0")
                .put("mgmtTrapPort", "0")
                .put("numCPUs", "2")
                .put("registryPort", "5000")
                .put("rnHeapMaxMB", "0")
                .put("rnHeapPercent", "68")
                .put("rootDirPath", "/opt/oracle/kvroot")
                .put("searchClusterSecure", "false")
                .put("serviceLogFileCompression", "false")
                .put("serviceLogFileCount", "20")
                .put("serviceLogFileLimit", "5242880")
                .put("servicePortRange", "5020,5039")
                .put("storageDirStorageType", "UNKNOWN")
                .put("storageNodeId", Integer.toString(sn));
        ArrayNode dirs = value.putArray("storageDirs");
        for (int disk = 1; disk <= REPLICATION_FACTOR; disk++) {
            dirs.addObject().put("path", "/u01/nosql/data/disk" + disk).put("size", "0");
        }
        if (sn <= ADMINS) {
            // an SN without an admin directory has no "adminDirs" at all (a39)
            value.putArray("adminDirs")
                    .addObject()
                    .put("path", "/u01/nosql/data/admin")
                    .put("size", "0");
        }
        return envelope("show parameters", 5000, "Operation ends successfully", value);
    }

    // ---- show admins -json ----------------------------------------------------------------------------------

    public String admins() {
        ObjectNode value = JSON.createObjectNode();
        ArrayNode admins = value.putArray("admins");
        for (int a = 1; a <= ADMINS; a++) {
            admins.addObject()
                    .put("adminId", "admin" + a)
                    .put("snId", "sn" + a)
                    .put("type", "PRIMARY")
                    .put("connected", a == 1)
                    .put("adminStatus", "RUNNING")
                    .put("replicationState", a == 1 ? "MASTER" : "REPLICA")
                    .put("authoritative", true);
        }
        return envelope("show admins", 5000, "Operation ends successfully", value);
    }

    // ---- ping -json -----------------------------------------------------------------------------------------

    public String ping() {
        ObjectNode value = JSON.createObjectNode();
        value.putObject("topology")
                .put("storeName", "kvstore")
                .put("sequenceNumber", 46 + 3 * storageNodes)
                .put("numPartitions", 10 * shards())
                .put("numStorageNodes", storageNodes)
                .put("time", 1795548732267L)
                .put("version", "25.3.21");
        value.put("adminStatus", "healthy");
        int failed = failedReplicationNodes();
        value.putObject("shardStatus")
                .put("healthy", shards() - failed)
                .put("writable-degraded", failed)
                .put("read-only", 0)
                .put("offline", 0)
                .put("total", shards());
        ObjectNode zone = value.putArray("zoneStatus")
                .addObject()
                .put("resourceId", "zn1")
                .put("name", "zn1")
                .put("type", "PRIMARY")
                .put("allowArbiters", false)
                .put("masterAffinity", false);
        zone.putObject("rnSummaryStatus")
                .put("online", replicationNodes() - failed)
                .put("offline", failed)
                .put("read-only", 0)
                .put("hasReplicas", true)
                .put("maxDelayMillis", 252)
                .put("maxCatchupTimeSecs", 0);
        ArrayNode sns = value.putArray("snStatus");
        for (int sn = 1; sn <= storageNodes; sn++) {
            ObjectNode node = sns.addObject()
                    .put("resourceId", "sn" + sn)
                    .put("hostname", host(sn))
                    .put("registryPort", 5000);
            node.set("zone", zone(false));
            node.put("serviceStatus", "RUNNING")
                    .put("version", "25.3.21 2026-11-24 19:27:17 UTC  Build id: 60eebbc Edition: Community")
                    .put("isMasterBalanced", true)
                    .put("serviceStartTime", "2026-11-24 19:29:30 UTC");
            if (sn <= ADMINS) {
                ObjectNode admin = node.putObject("adminStatus")
                        .put("resourceId", "admin" + sn)
                        .put("status", "RUNNING")
                        .put("state", sn == 1 ? "MASTER" : "REPLICA");
                if (sn == 1) {
                    admin.put("authoritativeMaster", true);
                }
                admin.put("expectedStatus", "RUNNING")
                        .put("serviceStartTime", "2026-11-24 19:29:54 UTC")
                        .put("stateChangeTime", "2026-11-24 19:29:54 UTC")
                        .put("availableStorageSize", "2 GB");
            }
            ArrayNode rns = node.putArray("rnStatus");
            for (int replica = 1; replica <= REPLICATION_FACTOR; replica++) {
                int shard = shardOn(sn, replica);
                ObjectNode status = rns.addObject().put("resourceId", rn(shard, replica));
                if (failed(shard, replica)) {
                    status.put("status", "UNREACHABLE").put("expectedStatus", "UNREACHABLE");
                    continue;
                }
                status.put("status", "RUNNING")
                        .put("requestsEnabled", "ALL")
                        .put("state", replica == 1 ? "MASTER" : "REPLICA");
                if (replica == 1) {
                    status.put("authoritativeMaster", true);
                }
                status.put("expectedStatus", "RUNNING")
                        .put("sequenceNumber", 73)
                        .put("haPort", 5010 + replica)
                        .put("storageType", "HD")
                        .put("availableStorageSize", "74 GB")
                        .put("serviceStartTime", "2026-11-24 19:30:08 UTC")
                        .put("stateChangeTime", "2026-11-24 19:30:31 UTC");
                if (replica != 1) {
                    status.put("networkRestoreUnderway", false)
                            .put("delayMillis", 250)
                            .put("catchupTimeSecs", 0)
                            .put("catchupRateMillisPerMinute", 0);
                }
            }
            node.putArray("anStatus");
        }
        value.put("exit_code", degraded ? 1 : 0);
        return degraded
                ? envelope("ping", 5301, "Store is operational but some services are unavailable", value)
                : envelope("ping", 5000, "No errors found", value);
    }

    // ---- show plans -json -----------------------------------------------------------------------------------

    public String plans() {
        ObjectNode value = JSON.createObjectNode();
        ArrayNode plans = value.putArray("plans");
        List<String> names = new ArrayList<>(List.of(
                "Deploy Zone",
                "Deploy Storage Node",
                "Deploy Admin Service",
                "Deploy Topo",
                "Change Global Security Parameters"));
        for (int id = 1; id <= names.size(); id++) {
            plans.addObject().put("id", id).put("name", names.get(id - 1)).put("state", "SUCCEEDED");
        }
        return envelope("show plans", 5000, "Operation ends successfully", value);
    }

    private static String envelope(String operation, int returnCode, String description, JsonNode value) {
        ObjectNode document = JSON.createObjectNode()
                .put("operation", operation)
                .put("returnCode", returnCode)
                .put("description", description);
        document.set("returnValue", value);
        try {
            return ADMIN_STYLE.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
