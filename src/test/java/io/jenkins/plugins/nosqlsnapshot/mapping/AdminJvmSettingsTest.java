package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminJvm;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck.Level;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The admin JVM fields of the steps, builders and named stores ({@code adminJavaOptions}, {@code adminStartupFlags},
 * {@code adminClassDataSharing}) mapped to the engine's {@link AdminJvm} and the launcher, merged with a named store,
 * and checked in the forms.
 */
class AdminJvmSettingsTest {
    private static final UnaryOperator<String> NO_VARS = UnaryOperator.identity();
    private static final String JAR = "/opt/kv/lib/kvstore.jar";

    private static SnapshotSettings jar() {
        SnapshotSettings settings = new SnapshotSettings("node1:5000", "nightly");
        settings.setKvstoreJar(JAR);
        return settings;
    }

    private static SnapshotSettings named() {
        return new SnapshotSettings("prod", "nightly");
    }

    private static StoreProfile store(
            String kvstoreJar, String adminCommand, String options, boolean startupFlags, boolean cds) {
        return new StoreProfile(
                "prod",
                "node1:5000",
                kvstoreJar,
                null,
                options,
                startupFlags,
                cds,
                adminCommand,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void byDefaultTheAdminJvmHasTheStartupFlagsClassDataSharingAndNoOption() {
        SnapshotSettings settings = jar();
        assertTrue(settings.isAdminStartupFlags());
        assertTrue(settings.isAdminClassDataSharing());
        assertEquals(AdminJvm.DEFAULT, settings.adminJvm(NO_VARS));
        assertEquals(
                List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR, "runadmin"),
                settings.adminTarget(NO_VARS).launcher());
    }

    @Test
    void optionsAreOneALineExpandedAndFollowTheStartupFlags() {
        SnapshotSettings settings = jar();
        settings.setAdminJavaOptions("-Xmx${HEAP}\n\n  -Djava.io.tmpdir=/var/tmp  \r\n");
        UnaryOperator<String> env = s -> s.replace("${HEAP}", "512m");
        assertEquals(
                new AdminJvm(true, true, List.of("-Xmx512m", "-Djava.io.tmpdir=/var/tmp")), settings.adminJvm(env));
        assertEquals(
                List.of(
                        "java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmx512m",
                        "-Djava.io.tmpdir=/var/tmp",
                        "-jar",
                        JAR,
                        "runadmin"),
                settings.adminTarget(env).launcher());
    }

    @Test
    void theStartupFlagsAndClassDataSharingCanBeTurnedOff() {
        SnapshotSettings settings = jar();
        settings.setAdminStartupFlags(false);
        settings.setAdminClassDataSharing(false);
        settings.setAdminJavaOptions("-XX:+UseG1GC");
        assertEquals(new AdminJvm(false, false, List.of("-XX:+UseG1GC")), settings.adminJvm(NO_VARS));
        assertEquals(
                List.of("java", "-XX:+UseG1GC", "-jar", JAR, "runadmin"),
                settings.adminTarget(NO_VARS).launcher());
    }

    @Test
    void aLineThatIsNotOneJvmOptionIsNamedByItsNumber() {
        SnapshotSettings settings = jar();
        settings.setAdminJavaOptions("-Xmx512m\n-Xms64m -Xss1m");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings.adminTarget(NO_VARS));
        assertEquals(
                "'adminJavaOptions' line 2: The admin Java option \"-Xms64m -Xss1m\" is not one JVM option: give one"
                        + " option per entry starting with -, e.g. -Xmx512m or -Djava.io.tmpdir=/var/tmp",
                e.getMessage());
        settings.setAdminJavaOptions("-jar");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings.adminJvm(NO_VARS))
                .getMessage()
                .startsWith("'adminJavaOptions' line 1: "));
    }

    @Test
    void optionsOrFlagsTurnedOffWithAnAdminCommandAreRefusedNamingTheField() {
        SnapshotSettings options = new SnapshotSettings("node1:5000", "nightly");
        options.setAdminCommand("kv_admin");
        options.setAdminJavaOptions("-Xmx512m");
        assertEquals(
                "'adminJavaOptions' applies only with 'kvstoreJar': an 'adminCommand' starts its JVM itself; remove"
                        + " it, or run the admin with 'kvstoreJar'",
                assertThrows(IllegalArgumentException.class, () -> options.adminTarget(NO_VARS))
                        .getMessage());
        SnapshotSettings flags = new SnapshotSettings("node1:5000", "nightly");
        flags.setAdminCommand("kv_admin");
        flags.setAdminStartupFlags(false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> flags.adminTarget(NO_VARS))
                .getMessage()
                .startsWith("'adminStartupFlags: false' applies only with 'kvstoreJar'"));
        SnapshotSettings cds = new SnapshotSettings("node1:5000", "nightly");
        cds.setAdminCommand("kv_admin");
        cds.setAdminClassDataSharing(false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cds.adminTarget(NO_VARS))
                .getMessage()
                .startsWith("'adminClassDataSharing: false' applies only with 'kvstoreJar'"));
    }

    @Test
    void anAdminCommandWithTheDefaultsIsLeftAsItIs() {
        SnapshotSettings settings = new SnapshotSettings("node1:5000", "nightly");
        settings.setAdminCommand("kv_admin --site eu");
        assertEquals(
                List.of("kv_admin", "--site", "eu"),
                settings.adminTarget(NO_VARS).launcher());
        assertEquals(AdminJvm.DEFAULT, settings.adminJvm(NO_VARS));
    }

    @Test
    void theNamedStoresJvmSettingsApplyWhenTheStepSetsNone() {
        SnapshotSettings merged = named().withProfile(store(JAR, null, "-Xmx512m", false, false));
        assertEquals(new AdminJvm(false, false, List.of("-Xmx512m")), merged.adminJvm(NO_VARS));
        assertEquals(
                List.of("java", "-Xmx512m", "-jar", JAR, "runadmin"),
                merged.adminTarget(NO_VARS).launcher());
    }

    @Test
    void theStepsOptionsReplaceTheStoresAndOffOnEitherSideIsOff() {
        SnapshotSettings step = named();
        step.setAdminJavaOptions("-Xmx1g");
        step.setAdminClassDataSharing(false);
        SnapshotSettings merged = step.withProfile(store(JAR, null, "-Xmx512m\n-Dx=y", false, true));
        assertEquals(new AdminJvm(false, false, List.of("-Xmx1g")), merged.adminJvm(NO_VARS));
        // a step with its own kvstore.jar still runs the store's JVM settings, as it does the store's javaCommand
        SnapshotSettings ownJar = named();
        ownJar.setKvstoreJar("/other/kvstore.jar");
        assertEquals(
                new AdminJvm(true, false, List.of("-Dx=y")),
                ownJar.withProfile(store(JAR, null, "-Dx=y", true, false)).adminJvm(NO_VARS));
    }

    @Test
    void aStepWithItsOwnAdminCommandLeavesTheStoresJvmSettingsBehind() {
        SnapshotSettings step = named();
        step.setAdminCommand("kv_admin");
        SnapshotSettings merged = step.withProfile(store(JAR, null, "-Xmx512m", false, false));
        assertEquals(List.of("kv_admin"), merged.adminTarget(NO_VARS).launcher());
        assertTrue(merged.isAdminStartupFlags());
        assertTrue(merged.isAdminClassDataSharing());
    }

    @Test
    void aStoreWithAnAdminCommandAndOptionsStopsTheBuild() {
        SnapshotSettings merged = named().withProfile(store(null, "kv_admin", "-Xmx512m", true, true));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> merged.adminTarget(NO_VARS))
                .getMessage()
                .startsWith("'adminJavaOptions' applies only with 'kvstoreJar'"));
    }

    @Test
    void theSettingsKeepTheJvmFieldsWhenSerialised() throws Exception {
        SnapshotSettings settings = jar();
        settings.setAdminJavaOptions("-Xmx512m");
        settings.setAdminStartupFlags(false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        SnapshotSettings read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (SnapshotSettings) in.readObject();
        }
        assertEquals(new AdminJvm(false, true, List.of("-Xmx512m")), read.adminJvm(NO_VARS));
    }

    @Test
    void theFormCheckNamesTheBadLineAndWarnsWithAnAdminCommand() {
        assertEquals(Level.OK, FieldCheck.adminJavaOptions("", null).level());
        assertEquals(
                Level.OK, FieldCheck.adminJavaOptions("-Xmx512m\n\n-Dx=y", "").level());
        FieldCheck bad = FieldCheck.adminJavaOptions("-Xmx512m\nXms64m", null);
        assertEquals(Level.ERROR, bad.level());
        assertEquals(
                "Line 2 (Xms64m) is not one JVM option: give one option a line, starting with -, e.g. -Xmx512m or"
                        + " -Djava.io.tmpdir=/var/tmp",
                bad.message());
        assertEquals(Level.ERROR, FieldCheck.adminJavaOptions("-jar", null).level());
        FieldCheck wrapper = FieldCheck.adminJavaOptions("-Xmx512m", "kv_admin");
        assertEquals(Level.WARNING, wrapper.level());
        assertTrue(wrapper.message().startsWith("Not used with an admin command"), wrapper.message());
        assertEquals(
                Level.WARNING, FieldCheck.adminJavaOptions("-Xmx${HEAP}", null).level());
        assertEquals(
                Level.ERROR,
                FieldCheck.adminJavaOptions("-Xmx${HEAP}\n-X a", null).level());
        assertFalse(FieldCheck.adminJavaOptions("-Xmx${HEAP}", null).message().contains("Line"));
    }

    @Test
    void onlyAKvstoreJarLaunchSharesTheAdminClassesAndOnlyUntilTurnedOff() {
        assertTrue(jar().sharesAdminClasses(NO_VARS));
        SnapshotSettings off = jar();
        off.setAdminClassDataSharing(false);
        assertFalse(off.sharesAdminClasses(NO_VARS));
        SnapshotSettings wrapper = new SnapshotSettings("node1:5000", "nightly");
        wrapper.setAdminCommand("kv_admin");
        assertFalse(wrapper.sharesAdminClasses(NO_VARS));
    }
}
