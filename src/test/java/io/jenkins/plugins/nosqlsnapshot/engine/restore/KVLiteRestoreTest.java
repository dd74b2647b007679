package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.LifecycleFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot of the secure KVLite of the captures (s01, s05, s07; topology, admins and parameters in KVLite's recorded
 * form) is restored with {@code kvlite ... -restore-from-snapshot}, and a store of any other shape keeps
 * {@code start -root}.
 */
class KVLiteRestoreTest {
    private static final String SECBK = "261124-194935-SECBK";
    private static final String JAR = "/opt/oracle/kv/lib/kvstore.jar";
    private static final AdminReport ADMIN1 = new AdminReport(
            "admin1",
            "sn1",
            "127.0.0.1",
            ComponentStatus.OK,
            "/opt/oracle/kvlite-sec/kvstore/sn1/admin1/snapshots/x",
            "RUNNING");

    @TempDir
    Path temp;

    private RestoreReadiness check(String script) {
        return new RestoreCheck(new LocalProcessRunner(), null)
                .check(
                        LifecycleFixtures.fakeKVLiteAdmin(script, temp.resolve("commands.log")),
                        LifecycleFixtures.read(LifecycleFixtures.kvlite(temp.resolve("secbk"))),
                        new RestoreCommands(JAR),
                        SessionLimits.DEFAULT);
    }

    private static Topology topology(String json) throws Exception {
        return TopologyParser.parse(DocumentParser.parseOutput(json, "test", "show topology"));
    }

    private static String kvliteTopology() {
        return Fixtures.lifecycleOutput("kvlite-show-topology.json").text();
    }

    @Test
    void secureKVLiteSnapshotRestoresInPlaceWithKvliteShutdownThenKvliteRestoreFromSnapshot() {
        RestoreReadiness readiness = check("lifecycle-kvlite-secure.script");
        String text = RestoreReadinessText.render(readiness);

        assertThat(readiness.path()).isEqualTo(RestorePath.IN_PLACE);
        String runbook =
                text.substring(text.indexOf("Restore in place, in this order:"), text.indexOf("Fallback only"));
        assertThat(runbook).isEqualTo("""
                Restore in place, in this order:
                  Read first:
                  ! This store has KVLite's shape (one Storage Node, one shard of one Replication Node, one admin, zone KVLite), so these steps use kvlite; a single-SN store deployed with makebootconfig and run with start uses instead: java -jar /opt/oracle/kv/lib/kvstore.jar stop -root /opt/oracle/kvlite-sec, then java -jar /opt/oracle/kv/lib/kvstore.jar start -root /opt/oracle/kvlite-sec -restore-from-snapshot 261124-194935-SECBK -update-config true (later restarts: java -jar /opt/oracle/kv/lib/kvstore.jar start -root /opt/oracle/kvlite-sec).
                  ! %s
                  ! %s
                  ! %s
                  1. [sn1 on 127.0.0.1] java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -shutdown
                  2. [sn1 on 127.0.0.1] Wait until %s
                       check: pgrep -f -- '-root /opt/oracle/kvlite-sec( |$)'
                  3. [sn1 on 127.0.0.1] java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -store kvstore -host 127.0.0.1 -port 9000 -secure-config enable -restore-from-snapshot 261124-194935-SECBK
                       ! %s Run it exactly once; every later restart of sn1 is: java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -store kvstore -host 127.0.0.1 -port 9000 -secure-config enable
                       detached: nohup java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -store kvstore -host 127.0.0.1 -port 9000 -secure-config enable -restore-from-snapshot 261124-194935-SECBK > restore-sn1.log 2>&1 &
                  4. Wait until %s
                       check: java -jar /opt/oracle/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 9000 -security /opt/oracle/kvlite-sec/security/user.security -username admin
                """.formatted(
                        RestoreRunbook.COST,
                        RestoreRunbook.RUN_ONCE_KVLITE,
                        RestoreRunbook.CANNOT_TELL,
                        RestoreRunbook.WAIT_STOPPED,
                        RestoreRunbook.JVM_OPTIONS,
                        RestoreRunbook.WAIT_RUNNING));
        assertThat(readiness.notes())
                .contains("kvlite also restores the Storage Node's configuration files of snapshot time: it starts the"
                        + " node with -update-config true itself and has no option to keep the current ones.")
                .noneMatch(note -> note.contains("-update-config false"));
        assertThat(text)
                .contains(
                        "admin: admin1 on sn1 (127.0.0.1) /opt/oracle/kvlite-sec/kvstore/sn1/admin1/snapshots/" + SECBK)
                .contains("rg1: rg1-rn1 on sn1 (127.0.0.1) /opt/oracle/kvlite-sec/kvstore/sn1/rg1-rn1/snapshots/"
                        + SECBK);
    }

    @Test
    void nonSecureKVLiteRepeatsSecureConfigDisableBecauseKvliteDefaultsToEnable() throws Exception {
        KVLiteShape shape = KVLiteShape.of(topology(kvliteTopology()), List.of(ADMIN1));

        RestoreRunbook.NodeCommands node = new RestoreCommands(JAR).kvlite(SECBK, shape, false);

        assertThat(node.restore())
                .isEqualTo("java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -store"
                        + " kvstore -host 127.0.0.1 -port 9000 -secure-config disable -restore-from-snapshot " + SECBK);
        assertThat(node.restart())
                .isEqualTo("java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -store"
                        + " kvstore -host 127.0.0.1 -port 9000 -secure-config disable");
    }

    @Test
    void kvliteShapeIsOneSnOneShardOfOneRnOneAdminAndTheZoneKvliteNames() throws Exception {
        String kvlite = kvliteTopology();

        assertThat(KVLiteShape.of(topology(kvlite), List.of(ADMIN1)))
                .extracting(s -> s.storageNode().rootDirPath(), KVLiteShape::storeName)
                .containsExactly("/opt/oracle/kvlite-sec", "kvstore");
        assertThat(KVLiteShape.of(
                        topology(kvlite.replace("\"name\": \"KVLite\"", "\"name\": \"zn1\"")), List.of(ADMIN1)))
                .as("a single-SN store deployed with makebootconfig into a zone of its own name")
                .isNull();
        assertThat(KVLiteShape.of(topology(kvlite), List.of())).as("no admin").isNull();
        assertThat(KVLiteShape.of(
                        topology(Fixtures.read(Fixtures.ondb("a02_show_topology_verbose_json.stdout"))),
                        List.of(ADMIN1)))
                .as("the 3-SN store")
                .isNull();
    }

    @Test
    void threeSnStoreStillRestoresWithStartRootOnEverySn() {
        RestoreReadiness readiness = new RestoreCheck(new LocalProcessRunner(), null)
                .check(
                        LifecycleFixtures.fakeAdmin("lifecycle-healthy.script", temp.resolve("commands.log")),
                        LifecycleFixtures.read(LifecycleFixtures.batch(temp.resolve("batch"))),
                        new RestoreCommands(JAR),
                        SessionLimits.DEFAULT);

        assertThat(readiness.steps())
                .extracting(RestoreStep::command)
                .contains(
                        "java -jar " + JAR + " start -root /opt/oracle/kvroot/sn1 -restore-from-snapshot "
                                + LifecycleFixtures.BATCH + " -update-config true",
                        "java -jar " + JAR + " start -root /opt/oracle/kvroot/sn3 -restore-from-snapshot "
                                + LifecycleFixtures.BATCH + " -update-config true")
                .noneMatch(command -> command.contains(" kvlite "));
        assertThat(readiness.warnings()).doesNotContain(RestoreRunbook.RUN_ONCE_KVLITE);
    }
}
