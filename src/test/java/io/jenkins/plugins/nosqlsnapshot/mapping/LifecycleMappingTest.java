package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreCommands;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lifecycle options to engine options, build selectors, report choice and form checks: no Jenkins needed. */
class LifecycleMappingTest {
    @Test
    void durationsInTheShortAndTheIsoForm() {
        assertEquals(Duration.ofDays(30), LifecycleMapping.duration("30d", "maxAge"));
        assertEquals(Duration.ofHours(36), LifecycleMapping.duration(" 36H ", "maxAge"));
        assertEquals(Duration.ofMinutes(90), LifecycleMapping.duration("90m", "maxAge"));
        assertEquals(Duration.ofSeconds(45), LifecycleMapping.duration("45s", "lockTimeout"));
        assertEquals(Duration.ofDays(14), LifecycleMapping.duration("P14D", "maxAge"));
        assertEquals(Duration.ZERO, LifecycleMapping.duration("0", "lockTimeout"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LifecycleMapping.duration("two weeks", "maxAge"));
        assertTrue(e.getMessage().startsWith("'maxAge' must be a duration"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LifecycleMapping.duration("-3d", "maxAge"));
    }

    @Test
    void lockTimeoutDefaultsToThirtyMinutesLikeTheCli() {
        assertEquals(Duration.ofMinutes(30), LifecycleMapping.lockTimeout(null));
        assertEquals(Duration.ofMinutes(30), LifecycleMapping.lockTimeout(" "));
        assertEquals(Duration.ofHours(2), LifecycleMapping.lockTimeout("2h"));
    }

    @Test
    void retentionAfterASnapshotOnlyWhenKeepOrMaxAgeIsSet() {
        assertNull(LifecycleMapping.retentionAfterSnapshot("nightly", null, null));
        assertEquals(
                new RetentionPolicy("nightly", 3, null, false),
                LifecycleMapping.retentionAfterSnapshot("nightly", 3, null));
        assertEquals(
                new RetentionPolicy("nightly", null, Duration.ofDays(30), false),
                LifecycleMapping.retentionAfterSnapshot("nightly", null, "30d"));
        assertThrows(IllegalArgumentException.class, () -> LifecycleMapping.retention("nightly", null, null, true));
        assertThrows(IllegalArgumentException.class, () -> LifecycleMapping.retention("a/b", 3, null, true));
        assertThrows(IllegalArgumentException.class, () -> LifecycleMapping.retention(null, 3, null, true));
    }

    @Test
    void buildSelectors() {
        assertEquals(new BuildSelector(BuildSelector.Kind.NUMBER, 41), BuildSelector.parse("41"));
        assertEquals(new BuildSelector(BuildSelector.Kind.NUMBER, 41), BuildSelector.parse("#41"));
        assertEquals(
                BuildSelector.Kind.LAST_SUCCESSFUL,
                BuildSelector.parse("lastSuccessful").kind());
        assertEquals(
                BuildSelector.Kind.LAST_STABLE,
                BuildSelector.parse("LAST_STABLE").kind());
        assertEquals(
                BuildSelector.Kind.LAST_COMPLETED,
                BuildSelector.parse("last-completed").kind());
        assertEquals("#41", BuildSelector.parse("41").describe());
        assertThrows(IllegalArgumentException.class, () -> BuildSelector.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> BuildSelector.parse("latest"));
        assertThrows(IllegalArgumentException.class, () -> BuildSelector.parse(""));
    }

    @Test
    void savedReportChoice() {
        List<String> one = List.of("261124-200120-BATCH");
        assertEquals("261124-200120-BATCH", SavedReportChoice.choose(one, null, "build #4"));
        List<String> several = List.of("261124-200120-BATCH", "261124-193913-BACKUP", "261124-194046-BACKUP");
        assertEquals("261124-194046-BACKUP", SavedReportChoice.choose(several, "BACKUP", "build #4"));
        assertEquals("261124-193913-BACKUP", SavedReportChoice.choose(several, "261124-193913-BACKUP", "build #4"));
        IllegalArgumentException which =
                assertThrows(IllegalArgumentException.class, () -> SavedReportChoice.choose(several, null, "build #4"));
        assertTrue(which.getMessage().contains("set 'snapshotName'"), which.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SavedReportChoice.choose(several, "ATCH", "build #4"));
        IllegalArgumentException none = assertThrows(
                IllegalArgumentException.class, () -> SavedReportChoice.choose(List.of(), null, "build #4"));
        assertTrue(none.getMessage().startsWith("build #4 has no archived snapshot report"), none.getMessage());
    }

    @Test
    void restoreCheckNeedsExactlyOneSource() {
        RestoreCheckSettings settings = new RestoreCheckSettings("node1:5000");
        assertThrows(IllegalArgumentException.class, () -> settings.source(s -> s));
        settings.setReportPath("nosql-snapshot/261124-200120-BATCH/report.json");
        assertEquals(
                "nosql-snapshot/261124-200120-BATCH", settings.source(s -> s).reportDirectory());
        settings.setFromBuild("${FROM}");
        assertThrows(IllegalArgumentException.class, () -> settings.source(s -> s.replace("${FROM}", "41")));
        settings.setReportPath(null);
        assertEquals(
                41, settings.source(s -> s.replace("${FROM}", "41")).build().number());
        assertEquals("nosql-snapshot/x", RestoreCheckSettings.reportDirectory("nosql-snapshot/x/"));
        AdminTarget viaCommand = new AdminTarget(List.of("kv_admin"), "node1", 5000, List.of(), null, null);
        assertEquals(
                "$KVHOME/lib/kvstore.jar", settings.commands(s -> s, viaCommand).kvstoreJar());
        assertEquals(
                RestoreCommands.Jar.UNKNOWN,
                settings.commands(s -> s, viaCommand).jar());
    }

    @Test
    void restoreCommandsNameTheJarOnTheNodesElseTheJarTheCheckRuns() {
        RestoreCheckSettings settings = new RestoreCheckSettings("node1:5000");
        AdminTarget viaJar = new AdminTarget(
                AdminTarget.kvstoreJar("/opt/kv/lib/kvstore.jar", null), "node1", 5000, List.of(), null, null);
        assertEquals(
                "/opt/kv/lib/kvstore.jar", settings.commands(s -> s, viaJar).kvstoreJar());
        assertEquals(
                RestoreCommands.Jar.ADMIN_JAR, settings.commands(s -> s, viaJar).jar());
        settings.setKvstoreJarOnNodes("${KV}/lib/kvstore.jar");
        RestoreCommands onNodes = settings.commands(s -> s.replace("${KV}", "/u01/kv"), viaJar);
        assertEquals("/u01/kv/lib/kvstore.jar", onNodes.kvstoreJar());
        assertEquals(RestoreCommands.Jar.ON_NODES, onNodes.jar());
    }

    @Test
    void namedStoreKeepsTheLifecycleOptions() {
        SnapshotSettings settings = new SnapshotSettings("prod", "nightly");
        settings.setKeep(3);
        settings.setMaxAge("30d");
        settings.setLockTimeout("5m");
        SnapshotSettings merged = settings.withProfile(new StoreProfile(
                "prod",
                "node1:5000",
                "/opt/kv/lib/kvstore.jar",
                null,
                null,
                true,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        assertEquals(3, merged.getKeep());
        assertEquals("30d", merged.getMaxAge());
        assertEquals("5m", merged.getLockTimeout());
    }

    @Test
    void formChecks() {
        assertEquals(
                FieldCheck.Level.ERROR, LifecycleFieldCheck.fromBuild("", "").level());
        assertEquals(
                FieldCheck.Level.OK,
                LifecycleFieldCheck.fromBuild("", "nosql-snapshot/x").level());
        assertEquals(
                FieldCheck.Level.ERROR,
                LifecycleFieldCheck.fromBuild("41", "nosql-snapshot/x").level());
        assertEquals(
                FieldCheck.Level.OK,
                LifecycleFieldCheck.fromBuild("lastSuccessful", null).level());
        assertEquals(
                FieldCheck.Level.WARNING,
                LifecycleFieldCheck.fromBuild("${FROM}", null).level());
        assertEquals(
                FieldCheck.Level.ERROR,
                LifecycleFieldCheck.reportPath("/abs", null).level());
        assertEquals(
                FieldCheck.Level.ERROR,
                LifecycleFieldCheck.reportPath("nosql-snapshot/../../x", null).level());
        assertEquals(
                FieldCheck.Level.OK,
                LifecycleFieldCheck.reportPath("nosql-snapshot/x", null).level());
        assertEquals(FieldCheck.Level.ERROR, LifecycleFieldCheck.keep("0").level());
        assertEquals(FieldCheck.Level.OK, LifecycleFieldCheck.keep("3").level());
        assertEquals(
                FieldCheck.Level.ERROR,
                LifecycleFieldCheck.duration("soon", "maxAge").level());
        assertEquals(
                FieldCheck.Level.OK,
                LifecycleFieldCheck.duration("30d", "maxAge").level());
    }
}
