package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Named stores: which {@code store} values are names, and how a step's own fields override the store's. */
class StoreProfileTest {
    private static final UnaryOperator<String> NO_VARS = s -> s;
    private static final StoreProfile PROD = new StoreProfile(
            "prod",
            "node1:5000,node2:5000",
            "/opt/kv/lib/kvstore.jar",
            null,
            null,
            true,
            true,
            null,
            null,
            "kv-prod-login",
            "security/client.security",
            "backup",
            "zn2",
            "FAILURE",
            null,
            2,
            "WARN");

    @Test
    void aValueWithoutColonIsAStoreName() {
        assertTrue(StoreProfile.isName("prod"));
        assertTrue(StoreProfile.isName("eu-west.1_a"));
        assertFalse(StoreProfile.isName("node1:5000"));
        assertFalse(StoreProfile.isName("${STORE}"));
        assertFalse(StoreProfile.isName(""));
        assertEquals("prod", new SnapshotSettings("${S}", "n").storeName(s -> s.replace("${S}", "prod")));
        assertNull(new SnapshotSettings("node1:5000", "n").storeName(NO_VARS));
    }

    @Test
    void theStoreFillsWhatTheStepLeavesEmpty() {
        SnapshotSettings step = new SnapshotSettings("prod", "nightly");
        step.setOnConfigFailure("FAILURE");
        SnapshotSettings merged = step.withProfile(PROD);
        AdminTarget target = merged.adminTarget(NO_VARS);
        assertEquals(List.of("node1:5000", "node2:5000"), target.helperHosts());
        assertEquals(
                List.of(
                        "java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        "/opt/kv/lib/kvstore.jar",
                        "runadmin"),
                target.launcher());
        assertEquals("backup", target.username());
        assertNull(target.securityFile(), "a credential's login file is only known once unpacked");
        SnapshotSettings.LoginSource login = merged.loginSource(NO_VARS);
        assertEquals("kv-prod-login", login.credentialsId());
        assertEquals("security/client.security", login.loginFile());
        SnapshotRequest request = merged.request(NO_VARS);
        assertEquals(Verdict.FAILURE, request.policy().onPartial());
        assertEquals(Verdict.FAILURE, request.policy().onConfigFailure());
        assertEquals(2, request.policy().minReplicasPerShard());
        assertEquals(PreflightMode.WARN, request.policy().preflight());
    }

    @Test
    void theStoresZoneIsUsedWhenTheStepNamesNone() {
        SnapshotSettings merged = new SnapshotSettings("prod", "nightly").withProfile(PROD);
        assertEquals("zn2", merged.getZone());
        assertEquals("zn2", merged.request(NO_VARS).zone());
    }

    @Test
    void theStepsOwnZoneWinsOverTheStores() {
        SnapshotSettings step = new SnapshotSettings("prod", "nightly");
        step.setZone("zn1");
        assertEquals("zn1", step.withProfile(PROD).request(NO_VARS).zone());
    }

    @Test
    void theStepsOwnFieldsWinAndReplaceTheLoginAndLauncherAsAWhole() {
        SnapshotSettings step = new SnapshotSettings("prod", "nightly");
        step.setAdminCommand("kv_admin");
        step.setSecurityFile("/etc/kv/client.security");
        step.setOnPartial("UNSTABLE");
        step.setMinReplicasPerShard(1);
        SnapshotSettings merged = step.withProfile(PROD);
        AdminTarget target = merged.adminTarget(NO_VARS);
        assertEquals(List.of("kv_admin"), target.launcher());
        assertEquals("/etc/kv/client.security", target.securityFile());
        SnapshotSettings.LoginSource login = merged.loginSource(NO_VARS);
        assertNull(login.credentialsId());
        assertEquals(Verdict.UNSTABLE, merged.request(NO_VARS).policy().onPartial());
        assertEquals(1, merged.request(NO_VARS).policy().minReplicasPerShard());
    }

    @Test
    void oneLoginSourceOnlyAndNoUnresolvedName() {
        SnapshotSettings both = new SnapshotSettings("node1:5000", "n");
        both.setSecurityFile("/k/client.security");
        both.setCredentialsId("kv-login");
        assertThrows(IllegalArgumentException.class, () -> both.loginSource(NO_VARS));
        SnapshotSettings orphan = new SnapshotSettings("node1:5000", "n");
        orphan.setLoginFile("client.security");
        assertThrows(IllegalArgumentException.class, () -> orphan.loginSource(NO_VARS));
        SnapshotSettings named = new SnapshotSettings("prod", "n");
        named.setKvstoreJar("/kv.jar");
        assertThrows(IllegalArgumentException.class, () -> named.adminTarget(NO_VARS));
    }

    @Test
    void theLogNamesANamedStoreAndItsEndpoint() {
        assertEquals("store 'prod' (127.0.0.1:5000)", StoreProfile.describe("prod", "127.0.0.1:5000"));
        assertEquals("127.0.0.1:5000", StoreProfile.describe(null, "127.0.0.1:5000"));
    }

    @Test
    void onlyANamedStoreHasAStoreName() {
        assertEquals("prod", new SnapshotSettings("prod", "n").storeName(NO_VARS));
        assertNull(new SnapshotSettings("127.0.0.1:5000", "n").storeName(NO_VARS));
    }
}
