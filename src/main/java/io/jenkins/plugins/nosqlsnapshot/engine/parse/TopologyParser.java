package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.array;
import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.optionalText;
import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.ReplicationNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Shard;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Zone;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code show topology -verbose -json}. */
public final class TopologyParser {
    private static final String SOURCE = "show topology";

    private TopologyParser() {}

    public static Topology parse(AdminDocument document) throws AdminOutputException {
        JsonNode value = DocumentParser.value(document, SOURCE);
        List<Zone> zones = new ArrayList<>();
        for (JsonNode zone : optionalArray(value, "zns")) {
            zones.add(new Zone(
                    text(zone, "resourceId", SOURCE),
                    optionalText(zone, "name"),
                    optionalText(zone, "type"),
                    zone.path("repFactor").asInt(0)));
        }
        List<StorageNode> storageNodes = new ArrayList<>();
        for (JsonNode sn : array(value, "sns", SOURCE)) {
            String snId = text(sn, "resourceId", SOURCE);
            String root = optionalText(sn, "rootDirPath");
            List<ReplicationNode> rns = new ArrayList<>();
            for (JsonNode rn : optionalArray(sn, "rns")) {
                String rnId = text(rn, "resourceId", SOURCE + " (" + snId + ")");
                String envPath = optionalText(rn, "storageDirEnvPath");
                if (envPath == null) {
                    throw new AdminOutputException(SOURCE + ": " + rnId + " has no \"storageDirEnvPath\";"
                            + " run \"show topology -verbose -json\" (the -verbose flag adds the storage paths)");
                }
                rns.add(new ReplicationNode(rnId, snId, optionalText(rn, "storageDirPath"), envPath));
            }
            JsonNode zone = sn.get("zone");
            String zoneId = zone == null ? null : optionalText(zone, "resourceId");
            storageNodes.add(new StorageNode(
                    snId, optionalText(sn, "hostname"), sn.path("registryPort").asInt(0), zoneId, root, rns));
        }
        List<Shard> shards = new ArrayList<>();
        for (JsonNode shard : array(value, "shards", SOURCE)) {
            List<String> members = new ArrayList<>();
            for (JsonNode rn : optionalArray(shard, "rns")) {
                members.add(text(rn, "resourceId", SOURCE));
            }
            shards.add(new Shard(text(shard, "resourceId", SOURCE), members));
        }
        return new Topology(
                text(value, "storeName", SOURCE),
                value.path("numPartitions").asInt(0),
                value.path("sequenceNumber").asLong(0),
                zones,
                storageNodes,
                shards);
    }

    static Iterable<JsonNode> optionalArray(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value : List.of();
    }
}
