package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SnapshotSettingsTest {
    private static final UnaryOperator<String> NO_VARS = UnaryOperator.identity();

    private static UnaryOperator<String> vars(Map<String, String> values) {
        return s -> {
            String out = s;
            for (Map.Entry<String, String> e : values.entrySet()) {
                out = out.replace("${" + e.getKey() + "}", e.getValue());
            }
            return out;
        };
    }

    private static SnapshotSettings jar(String store, String name) {
        SnapshotSettings settings = new SnapshotSettings(store, name);
        settings.setKvstoreJar("/opt/kv/lib/kvstore.jar");
        return settings;
    }

    @Test
    void theCredentialsIdReachesTheLookupUnexpandedSoTheCredentialsPluginChecksTheParameter() {
        // SecurityMaterial passes loginSource().credentialsId() to CredentialsProvider.findCredentialById as is:
        // that method resolves ${NAME} from the build's credentials parameter and checks USE_OWN/USE_ITEM of the
        // user who triggered the build; a value expanded here would skip that check.
        UnaryOperator<String> env = vars(Map.of("KV_LOGIN", "someone-elses-login", "DIR", "security"));
        SnapshotSettings settings = jar("node1:5000", "nightly");
        settings.setCredentialsId(" ${KV_LOGIN} ");
        settings.setLoginFile("${DIR}/client.security");
        SnapshotSettings.LoginSource login = settings.loginSource(env);
        assertEquals("${KV_LOGIN}", login.credentialsId());
        assertEquals("security/client.security", login.loginFile());
        SnapshotSettings plain = jar("node1:5000", "nightly");
        plain.setCredentialsId("kv-login");
        assertEquals("kv-login", plain.loginSource(env).credentialsId());
    }

    @Test
    void oneHostPortMapsToHostAndPort() {
        AdminTarget target = jar("node1:5000", "nightly").adminTarget(NO_VARS);
        assertEquals("node1", target.host());
        assertEquals(5000, target.port());
        assertEquals(List.of(), target.helperHosts());
        assertEquals(
                List.of(
                        "java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        "/opt/kv/lib/kvstore.jar",
                        "runadmin",
                        "-host",
                        "node1",
                        "-port",
                        "5000",
                        "-json"),
                target.sessionCommand());
    }

    @Test
    void severalHostsMapToHelperHosts() {
        AdminTarget target = jar(" node1:5000, node2:5000 ", "nightly").adminTarget(NO_VARS);
        assertNull(target.host());
        assertEquals(List.of("node1:5000", "node2:5000"), target.helperHosts());
    }

    @Test
    void javaCommandSecurityFileAndUserArePassedAsSeparateArguments() {
        SnapshotSettings settings = jar("node1:5000", "nightly");
        settings.setJavaCommand("/usr/lib/jvm/jdk 21/bin/java");
        settings.setSecurityFile("${WORKSPACE}/login.properties");
        settings.setUsername("backup");
        AdminTarget target = settings.adminTarget(vars(Map.of("WORKSPACE", "/ws")));
        assertEquals(
                List.of(
                        "/usr/lib/jvm/jdk 21/bin/java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        "/opt/kv/lib/kvstore.jar",
                        "runadmin",
                        "-host",
                        "node1",
                        "-port",
                        "5000",
                        "-security",
                        "/ws/login.properties",
                        "-username",
                        "backup",
                        "-json"),
                target.sessionCommand());
    }

    @Test
    void adminCommandIsSplitWithoutAShell() {
        SnapshotSettings settings = new SnapshotSettings("node1:5000", "nightly");
        settings.setAdminCommand("sudo -u oracle '/opt/kv/bin/kv admin'");
        assertEquals(
                List.of("sudo", "-u", "oracle", "/opt/kv/bin/kv admin"),
                settings.adminTarget(NO_VARS).launcher());
    }

    @Test
    void launcherMustBeGivenExactlyOnce() {
        SnapshotSettings neither = new SnapshotSettings("node1:5000", "nightly");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> neither.adminTarget(NO_VARS))
                .getMessage()
                .contains("kvstoreJar"));
        SnapshotSettings both = jar("node1:5000", "nightly");
        both.setAdminCommand("kv_admin");
        assertThrows(IllegalArgumentException.class, () -> both.adminTarget(NO_VARS));
    }

    @Test
    void missingOrMalformedStoreIsAClearError() {
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> jar(" ", "n").adminTarget(NO_VARS))
                        .getMessage()
                        .contains("No store"));
        assertThrows(IllegalArgumentException.class, () -> jar("node1", "n").adminTarget(NO_VARS));
    }

    @Test
    void nameIsExpandedAndValidatedByTheEngine() {
        SnapshotRequest request =
                jar("node1:5000", "pre-upgrade-${BUILD_NUMBER}").request(vars(Map.of("BUILD_NUMBER", "42")));
        assertEquals("pre-upgrade-42", request.name());
        assertThrows(
                IllegalArgumentException.class, () -> jar("node1:5000", "a/b").request(NO_VARS));
        assertThrows(
                IllegalArgumentException.class, () -> jar("node1:5000", null).request(NO_VARS));
    }

    @Test
    void defaultsMapToTheEngineDefaults() {
        SnapshotRequest request = jar("node1:5000", "nightly").request(NO_VARS);
        assertEquals(Policy.DEFAULT, request.policy());
        assertNull(request.zone());
        assertEquals(Duration.ofMinutes(5), request.limits().commandTimeout());
        assertEquals(Duration.ofMinutes(30), request.limits().sessionTimeout());
    }

    @Test
    void policyZoneAndTimeoutsMapOneToOne() {
        SnapshotSettings settings = jar("node1:5000", "nightly");
        settings.setOnPartial("failure");
        settings.setOnConfigFailure("SUCCESS");
        settings.setPreflight("warn");
        settings.setMinReplicasPerShard(2);
        settings.setZone("zn1");
        settings.setCommandTimeoutMinutes(2);
        settings.setTimeoutMinutes(10);
        SnapshotRequest request = settings.request(NO_VARS);
        assertEquals(new Policy(Verdict.FAILURE, Verdict.SUCCESS, 2, PreflightMode.WARN), request.policy());
        assertEquals("zn1", request.zone());
        assertEquals(Duration.ofMinutes(2), request.limits().commandTimeout());
        assertEquals(Duration.ofMinutes(10), request.limits().sessionTimeout());
    }

    @Test
    void blankChoicesFallBackToDefaultsAndBadOnesAreNamed() {
        SnapshotSettings settings = jar("node1:5000", "nightly");
        settings.setOnPartial(" ");
        assertEquals(null, settings.getOnPartial());
        assertEquals(
                io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict.UNSTABLE,
                settings.request(NO_VARS).policy().onPartial());
        settings.setPreflight("sometimes");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings.request(NO_VARS))
                .getMessage()
                .contains("preflight"));
        SnapshotSettings zeroTimeout = jar("node1:5000", "nightly");
        zeroTimeout.setTimeoutMinutes(0);
        assertThrows(IllegalArgumentException.class, () -> zeroTimeout.request(NO_VARS));
        SnapshotSettings zeroReplicas = jar("node1:5000", "nightly");
        zeroReplicas.setMinReplicasPerShard(0);
        assertThrows(IllegalArgumentException.class, () -> zeroReplicas.request(NO_VARS));
    }

    @Test
    void settingsAreSerializable() throws Exception {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(jar("node1:5000", "nightly"));
        }
    }
}
