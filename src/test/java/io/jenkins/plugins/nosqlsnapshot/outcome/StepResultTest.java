package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepResultTest {
    @Test
    void mapHasTheDocumentedKeysInOrder() {
        Map<String, Object> map =
                StepResult.toMap(Reports.healthy(), "nosql-snapshot/251124-101500-nightly/report.json");
        assertEquals(StepResult.keys(), new ArrayList<>(map.keySet()));
        assertEquals("251124-101500-nightly", map.get("snapshotName"));
        assertEquals("nightly", map.get("requestedName"));
        assertEquals("SUCCESS", map.get("verdict"));
        assertEquals(List.of(), map.get("reasons"));
        assertEquals(List.of(), map.get("failedComponents"));
        assertEquals(List.of(), map.get("failedConfigs"));
        assertEquals("nosql-snapshot/251124-101500-nightly/report.json", map.get("reportPath"));
        assertEquals(1, map.get("adminLaunches"));
    }

    @Test
    void shardsAndFailuresAreListedById() {
        Map<String, Object> map = StepResult.toMap(Reports.rnFailed(), null);
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("id", "rg1");
        shard.put("status", "DEGRADED");
        shard.put("okReplicas", 1);
        shard.put("replicas", 2);
        shard.put("failedReplicas", List.of("rg1-rn2"));
        assertEquals(List.of(shard), map.get("shards"));
        assertEquals(List.of("rg1-rn2"), map.get("failedComponents"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) map.get("reasons");
        assertEquals(
                Map.of("severity", "UNSTABLE", "code", "COMPONENT_FAILED", "message", "rg1-rn2 has no snapshot"),
                reasons.get(0));
        assertEquals(
                List.of("sn1"), StepResult.toMap(Reports.configFailed(), null).get("failedConfigs"));
    }

    @Test
    void mapHoldsOnlySerializableJdkTypes() throws Exception {
        Map<String, Object> map = StepResult.toMap(Reports.rnFailed(), "x/report.json");
        assertJdkOnly(map);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(map, in.readObject());
        }
    }

    private static void assertJdkOnly(Object value) {
        if (value == null) {
            return;
        }
        assertTrue(value.getClass().getName().startsWith("java."), "not a JDK type: " + value.getClass());
        if (value instanceof Map<?, ?> m) {
            m.values().forEach(StepResultTest::assertJdkOnly);
        } else if (value instanceof List<?> l) {
            l.forEach(StepResultTest::assertJdkOnly);
        }
    }
}
