package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck.Level;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCheckTest {
    @Test
    void snapshotName() {
        assertEquals(Level.OK, FieldCheck.snapshotName("pre-upgrade-42").level());
        assertEquals(Level.ERROR, FieldCheck.snapshotName("").level());
        assertEquals(Level.ERROR, FieldCheck.snapshotName("a b").level());
        assertEquals(
                Level.WARNING,
                FieldCheck.snapshotName("pre-upgrade-${BUILD_NUMBER}").level());
    }

    @Test
    void store() {
        java.util.List<String> none = java.util.List.of();
        assertEquals(Level.OK, FieldCheck.store("node1:5000,node2:5000", none).level());
        assertEquals(Level.ERROR, FieldCheck.store("node1:x", none).level());
        assertEquals(Level.ERROR, FieldCheck.store(null, none).level());
        assertEquals(Level.WARNING, FieldCheck.store("${KV_STORE}", none).level());
    }

    @Test
    void storeNamesMustBeConfigured() {
        assertEquals(
                Level.OK,
                FieldCheck.store("prod", java.util.List.of("prod", "test")).level());
        FieldCheck unknown = FieldCheck.store("prd", java.util.List.of("prod", "test"));
        assertEquals(Level.ERROR, unknown.level());
        assertTrue(unknown.message().contains("prod, test"));
        assertEquals(Level.ERROR, FieldCheck.storeName("a:b").level());
        assertEquals(Level.OK, FieldCheck.storeName("prod-eu.1").level());
    }

    @Test
    void loginAndLauncherFieldsExcludeEachOther() {
        assertEquals(
                Level.ERROR,
                FieldCheck.securityFile("/k/client.security", "kv-login").level());
        assertEquals(Level.OK, FieldCheck.securityFile("/k/client.security", "").level());
        assertEquals(
                Level.ERROR,
                FieldCheck.kvstoreJar("/kv/lib/kvstore.jar", "kv_admin").level());
        assertEquals(Level.ERROR, FieldCheck.adminCommand("kv_admin 'x", null).level());
        assertEquals(
                Level.ERROR,
                FieldCheck.loginFile("../client.security", "kv-login").level());
        assertEquals(
                Level.WARNING, FieldCheck.loginFile("client.security", null).level());
        assertEquals(Level.OK, FieldCheck.optionalPositive("").level());
        assertEquals(Level.ERROR, FieldCheck.optionalPositive("0").level());
        assertEquals(Level.ERROR, FieldCheck.username("a b").level());
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
        assertEquals(
                Map.of("NOSQL_SNAPSHOT_NAME", "251124-101500-nightly", "NOSQL_SNAPSHOT_VERDICT", "UNSTABLE"),
                SnapshotEnvironment.variables("251124-101500-nightly", "UNSTABLE"));
        assertEquals(Map.of("NOSQL_SNAPSHOT_VERDICT", "FAILURE"), SnapshotEnvironment.variables(null, "FAILURE"));
    }
}
