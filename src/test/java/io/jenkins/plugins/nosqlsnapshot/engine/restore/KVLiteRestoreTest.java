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
        String runbook = text.substring(text.indexOf("Restore in place, in this order"), text.indexOf("Fallback only"));
        assertThat(runbook).isEqualTo("""
                Restore in place, in this order, one step at a time (not a script):
                  Read first:
                  ! This store has KVLite's shape (one Storage Node, one shard of one Replication Node, one admin, zone KVLite), so these steps use kvlite; a single-SN store deployed with makebootconfig and run with start uses instead: java -jar /opt/oracle/kv/lib/kvstore.jar stop -root /opt/oracle/kvlite-sec, then java -jar /opt/oracle/kv/lib/kvstore.jar start -root /opt/oracle/kvlite-sec -restore-from-snapshot 261124-194935-SECBK -update-config true (later restarts: java -jar /opt/oracle/kv/lib/kvstore.jar start -root /opt/oracle/kvlite-sec).
                  ! A restore discards every write made since the snapshot was taken, and the store is down from the shutdown until ping reports it RUNNING again (measured on a 3-SN store: 2.5-3.5 min in all), and again during the restart at the end, as KVLite has one node.
                  ! After its restoring start the kvlite process stays in restore mode for as long as it lives: its Storage Node Agent (kvstore.jar 25.3) keeps -restore-from-snapshot NAME and consults it whenever it starts the Replication Node or the admin, and rolls it back to the snapshot again. The restart at the end (kvlite -shutdown, then the plain kvlite line) ends restore mode; the store is down during it, as KVLite has one node. A site start script that skips a KVLite that is already running never clears restore mode: use the printed lines.
                  ! Run the kvlite RESTORE line exactly once: run again (from a runbook, a boot script, a service definition) it rolls the store back to the snapshot again and loses every write made since. Later starts use the plain kvlite line of the restart at the end, without -restore-from-snapshot; never put the restore line in a boot script.
                  ! These steps are not a script: run one at a time, by hand, on the host named, and go on only when its check shows what the step waits for. Each RESTORE line first asks you to type its Storage Node's name, so pasted with other lines or run from a loop it starts nothing.
                  ! The start lines run the agent detached (setsid nohup, its output in a log file beside its root) with no JVM options: if this site starts its Storage Node Agents with some (e.g. -Xms and -Xmx in its start script), put the same ones between java and -jar.
                  ! restore-check cannot tell whether a restore was already applied: it still answers IN_PLACE afterwards.
                  Stop every Storage Node:
                  1. [sn1 on 127.0.0.1] java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -shutdown
                  2. [sn1 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvlite-sec( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvlite-sec/snaboot_0.log, /opt/oracle/kvlite-sec/kvstore/log/sn1_0.log
                  Start each Storage Node from the snapshot, each RESTORE line exactly once:
                  3. [sn1 on 127.0.0.1] RESTORE, exactly once:
                       ! RESTORE sn1: run this line exactly once, by itself; type sn1 when it asks. It starts sn1's agent from the snapshot in the background, its output in /opt/oracle/kvlite-sec-restore.log. Every later start of sn1 is the plain line of the restart below.

                printf '%s ' 'Type sn1 to restore it from 261124-194935-SECBK:' && read -r answer && [ "$answer" = sn1 ] && { setsid nohup java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -store kvstore -host 127.0.0.1 -port 9000 -secure-config enable -restore-from-snapshot 261124-194935-SECBK < /dev/null > /opt/oracle/kvlite-sec-restore.log 2>&1 & } || echo 'sn1 was not started'

                  Verify:
                  4. Wait (at most 300 s) until ping -json shows "returnCode" : 5000 and every Replication Node and admin RUNNING (snStatus[].rnStatus[].status and snStatus[].adminStatus.status). Measured: 91-154 s from the first start; meanwhile plain ping exits 1, 3 or 101, and a Replication Node may fail once ("Master not found") and be restarted by its agent: ERROR_RESTARTING, then RUNNING. A stuck one stays STARTING, ERROR_RESTARTING or UNREACHABLE, or turns ERROR_NO_RESTART; its log is rgN-rnM_0.log beside its SN's service log.
                       check: java -jar /opt/oracle/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 9000 -security /opt/oracle/kvlite-sec/security/user.security -username admin -json
                       not done after 300 s: go no further; read /opt/oracle/kvlite-sec-restore.log, /opt/oracle/kvlite-sec/snaboot_0.log, /opt/oracle/kvlite-sec/kvstore/log/sn1_0.log
                  5. Check that the data is that of snapshot time, before the restart that ends restore mode: run the application's own check, or count the rows of a table you know (replace <TABLE>; the last line says N rows returned) and compare with its count at snapshot time. If the data is wrong, stop here: do not run the restart, do not run any RESTORE line again and start or restart nothing from the admin; keep the logs (each SN's -restore.log and KVROOT/<store>/log) and either restore again from step 1 (every SN stopped first) or reload with the load sources printed below.
                       e.g.: java -jar /opt/oracle/kv/lib/kvstore.jar runadmin -host 127.0.0.1 -port 9000 -security /opt/oracle/kvlite-sec/security/user.security -username admin -store kvstore get table -name <TABLE>
                  End restore mode: restart with the plain start, one Storage Node at a time:
                  6. [sn1 on 127.0.0.1] java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -shutdown
                       ! Restart of KVLite's one node, to end restore mode: the store is down until ping is clean again.
                  7. [sn1 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvlite-sec( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvlite-sec/snaboot_0.log, /opt/oracle/kvlite-sec/kvstore/log/sn1_0.log
                  8. [sn1 on 127.0.0.1] setsid nohup java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec -store kvstore -host 127.0.0.1 -port 9000 -secure-config enable < /dev/null > /opt/oracle/kvlite-sec-start.log 2>&1 &
                       ! The plain start, without -restore-from-snapshot: its output goes to /opt/oracle/kvlite-sec-start.log.
                  9. [sn1 on 127.0.0.1] Wait (at most 300 s) until ping -json shows "returnCode" : 5000 and sn1's Replication Nodes and admin RUNNING again: then no agent is left in restore mode and the restore is done.
                       check: java -jar /opt/oracle/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 9000 -security /opt/oracle/kvlite-sec/security/user.security -username admin -json
                       not done after 300 s: go no further; read /opt/oracle/kvlite-sec-start.log, /opt/oracle/kvlite-sec/snaboot_0.log, /opt/oracle/kvlite-sec/kvstore/log/sn1_0.log
                """);
        assertThat(readiness.steps())
                .filteredOn(step -> step.phase() == RestoreStep.Phase.ROLLING_RESTART)
                .extracting(RestoreStep::command)
                .as("the restart that ends restore mode is a plain kvlite restart")
                .containsExactly(
                        "java -jar " + JAR + " kvlite -root /opt/oracle/kvlite-sec -shutdown",
                        "pgrep -f -- '-root /opt/oracle/kvlite-sec( |$)'",
                        "setsid nohup java -jar " + JAR + " kvlite -root /opt/oracle/kvlite-sec -store kvstore -host"
                                + " 127.0.0.1 -port 9000 -secure-config enable < /dev/null >"
                                + " /opt/oracle/kvlite-sec-start.log 2>&1 &",
                        "java -jar " + JAR + " ping -host 127.0.0.1 -port 9000 -security"
                                + " /opt/oracle/kvlite-sec/security/user.security -username admin -json");
        assertThat(readiness.warnings()).contains(RestoreRunbook.COST_KVLITE, RestoreRunbook.RESTORE_MODE_KVLITE);
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
                .contains("{ setsid nohup java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec"
                        + " -store kvstore -host 127.0.0.1 -port 9000 -secure-config disable -restore-from-snapshot "
                        + SECBK + " < /dev/null > /opt/oracle/kvlite-sec-restore.log 2>&1 & }");
        assertThat(node.restart())
                .isEqualTo("setsid nohup java -jar /opt/oracle/kv/lib/kvstore.jar kvlite -root /opt/oracle/kvlite-sec"
                        + " -store kvstore -host 127.0.0.1 -port 9000 -secure-config disable < /dev/null >"
                        + " /opt/oracle/kvlite-sec-start.log 2>&1 &");
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
                .filteredOn(RestoreStep::runOnce)
                .extracting(RestoreStep::command)
                .hasSize(3)
                .anyMatch(command -> command.contains("java -jar " + JAR + " start -root /opt/oracle/kvroot/sn1"
                        + " -restore-from-snapshot " + LifecycleFixtures.BATCH + " -update-config true"))
                .anyMatch(command -> command.contains("java -jar " + JAR + " start -root /opt/oracle/kvroot/sn3"
                        + " -restore-from-snapshot " + LifecycleFixtures.BATCH + " -update-config true"));
        assertThat(readiness.steps()).extracting(RestoreStep::command).noneMatch(c -> c.contains(" kvlite "));
        assertThat(readiness.warnings()).doesNotContain(RestoreRunbook.RUN_ONCE_KVLITE);
    }
}
