package io.jenkins.plugins.nosqlsnapshot.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.nosqlsnapshot.plugin.FieldCheck.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCheckTest {
    @Test
    void snapshotName() {
        assertEquals(Level.OK, FieldCheck.snapshotName("pre-upgrade-42").level());
        assertEquals(Level.ERROR, FieldCheck.snapshotName("").level());
        assertEquals(Level.ERROR, FieldCheck.snapshotName("a b").level());
        assertEquals(Level.WARNING, FieldCheck.snapshotName("pre-upgrade-${BUILD_NUMBER}").level());
    }

    @Test
    void store() {
        assertEquals(Level.OK, FieldCheck.store("node1:5000,node2:5000").level());
        assertEquals(Level.ERROR, FieldCheck.store("node1").level());
        assertEquals(Level.ERROR, FieldCheck.store(null).level());
        assertEquals(Level.WARNING, FieldCheck.store("${KV_STORE}").level());
    }

    @Test
    void positiveNumbers() {
        assertEquals(Level.OK, FieldCheck.positive("3").level());
        assertEquals(Level.ERROR, FieldCheck.positive("0").level());
        assertEquals(Level.ERROR, FieldCheck.positive("").level());
        assertEquals(Level.ERROR, FieldCheck.positive("x").level());
    }

    @Test
    void environmentVariablesLeftForLaterSteps() {
        assertEquals(Map.of("NOSQL_SNAPSHOT_NAME", "251124-101500-nightly", "NOSQL_SNAPSHOT_VERDICT", "UNSTABLE"),
                SnapshotEnvironment.variables("251124-101500-nightly", "UNSTABLE"));
        assertEquals(Map.of("NOSQL_SNAPSHOT_VERDICT", "FAILURE"), SnapshotEnvironment.variables(null, "FAILURE"));
    }
}
