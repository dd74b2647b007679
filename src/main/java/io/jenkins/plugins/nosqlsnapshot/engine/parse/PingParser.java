package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.optionalText;
import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.store.ServiceState;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code ping -json}. Ping reports a degraded store with 5301/5303 and still carries the full status, so any
 * return code with a value is accepted.
 */
public final class PingParser {
    private PingParser() {}

    public static PingStatus parse(AdminDocument document) throws AdminOutputException {
        String source = "ping";
        JsonNode value = DocumentParser.value(document, source);
        JsonNode topology = value.path("topology");
        Map<String, ServiceState> services = new HashMap<>();
        Map<String, String> storageNodes = new HashMap<>();
        for (JsonNode sn : TopologyParser.optionalArray(value, "snStatus")) {
            String snId = text(sn, "resourceId", source);
            String status = optionalText(sn, "serviceStatus");
            if (status != null) {
                storageNodes.put(snId, status);
            }
            JsonNode admin = sn.get("adminStatus");
            if (admin != null && admin.isObject()) {
                put(services, admin, source);
            }
            for (JsonNode rn : TopologyParser.optionalArray(sn, "rnStatus")) {
                put(services, rn, source);
            }
        }
        return new PingStatus(
                optionalText(topology, "storeName"),
                optionalText(topology, "version"),
                topology.path("sequenceNumber").asLong(0),
                services,
                storageNodes);
    }

    private static void put(Map<String, ServiceState> services, JsonNode service, String source)
            throws AdminOutputException {
        String id = text(service, "resourceId", source);
        services.put(
                id,
                new ServiceState(
                        id,
                        optionalText(service, "status"),
                        optionalText(service, "state"),
                        optionalText(service, "expectedStatus")));
    }
}
