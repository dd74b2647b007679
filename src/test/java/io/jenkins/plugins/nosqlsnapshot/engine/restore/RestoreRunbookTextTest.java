package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import static io.jenkins.plugins.nosqlsnapshot.engine.testing.LifecycleFixtures.BATCH;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.LifecycleFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook restore-check prints, exactly as an operator follows it, for snapshots saved from the real 3-SN store:
 * the text (which the CLI prints and the plugin logs) and the same steps and warnings in {@code restore-check.json}.
 */
class RestoreRunbookTextTest {
    private static final String KNOWN_JAR = "/opt/kv/lib/kvstore.jar";

    @TempDir
    Path temp;

    private RestoreReadiness check(Path saved, RestoreCommands commands) {
        return new RestoreCheck(new LocalProcessRunner(), null)
                .check(
                        LifecycleFixtures.fakeAdmin("lifecycle-healthy.script", temp.resolve("commands.log")),
                        LifecycleFixtures.read(saved),
                        commands,
                        SessionLimits.DEFAULT);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in%n%s", start, text).isNotNegative();
        int to = text.indexOf(end, from);
        assertThat(to).as("%s in%n%s", end, text).isPositive();
        return text.substring(from, to);
    }

    @Test
    void inPlaceRunbookWithoutAKnownJarSaysKvhomeMustBeSetAndListsStopsWaitsStartsAndPing() {
        String text = RestoreReadinessText.render(
                check(LifecycleFixtures.batch(temp.resolve("batch")), new RestoreCommands(null)));

        assertThat(between(text, "Restore in place, in this order:", "Fallback only"))
                .isEqualTo("""
                Restore in place, in this order:
                  Read first:
                  ! kvstore.jar's path on the Storage Nodes is not known, so the lines say $KVHOME/lib/kvstore.jar: set KVHOME to the Oracle NoSQL installation in the shell on every host before pasting them (unset, it names /lib/kvstore.jar and fails), or give the path as kvstore-jar-on-nodes (--kvstore-jar-on-nodes, kvstoreJarOnNodes).
                  ! A restore discards every write made since the snapshot was taken, and the whole store is down from the first stop until ping reports it RUNNING again (measured: ~2.5 min for 3 Storage Nodes; it grows with the number of Storage Nodes and the data).
                  ! Run each start ... -restore-from-snapshot line exactly once: run again (from a runbook, a boot script, a service definition) it rolls the store back to the snapshot again and loses every write made since. Later restarts use plain start -root ...; never put the restore line in a boot script.
                  ! restore-check cannot tell whether a restore was already applied: it still answers IN_PLACE afterwards.
                  1. [sn1 on 127.0.0.1] java -jar $KVHOME/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn1
                  2. [sn2 on 127.0.0.1] java -jar $KVHOME/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn2
                  3. [sn3 on 127.0.0.1] java -jar $KVHOME/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn3
                  4. [sn1 on 127.0.0.1] Wait until every process of this Storage Node has exited, before any start: the check prints nothing then (a Storage Node Agent can live seconds longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn1( |$)'
                  5. [sn2 on 127.0.0.1] Wait until every process of this Storage Node has exited, before any start: the check prints nothing then (a Storage Node Agent can live seconds longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn2( |$)'
                  6. [sn3 on 127.0.0.1] Wait until every process of this Storage Node has exited, before any start: the check prints nothing then (a Storage Node Agent can live seconds longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn3( |$)'
                  7. [sn1 on 127.0.0.1] java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1 -restore-from-snapshot 261124-200120-BATCH -update-config true
                       ! It runs in the foreground and does not return: run it the way this site runs its Storage Nodes (its service manager), or detached with a log as shown. Run it exactly once; every later restart of sn1 is: java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1
                       detached: nohup java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1 -restore-from-snapshot 261124-200120-BATCH -update-config true > restore-sn1.log 2>&1 &
                  8. [sn2 on 127.0.0.1] java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2 -restore-from-snapshot 261124-200120-BATCH -update-config true
                       ! It runs in the foreground and does not return: run it the way this site runs its Storage Nodes (its service manager), or detached with a log as shown. Run it exactly once; every later restart of sn2 is: java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2
                       detached: nohup java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2 -restore-from-snapshot 261124-200120-BATCH -update-config true > restore-sn2.log 2>&1 &
                  9. [sn3 on 127.0.0.1] java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3 -restore-from-snapshot 261124-200120-BATCH -update-config true
                       ! It runs in the foreground and does not return: run it the way this site runs its Storage Nodes (its service manager), or detached with a log as shown. Run it exactly once; every later restart of sn3 is: java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3
                       detached: nohup java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3 -restore-from-snapshot 261124-200120-BATCH -update-config true > restore-sn3.log 2>&1 &
                  10. Wait until ping reports every Replication Node and admin RUNNING and exits 0 (measured: ~91 s for 3 Storage Nodes; until then it answers 5300/5301 or may hang for a minute: run it again).
                       check: java -jar $KVHOME/lib/kvstore.jar ping -host 127.0.0.1 -port 5000
                """);
    }

    @Test
    void inPlaceRunbookWithTheJarOnTheNodesPrintsThatPathAndNoKvhome() {
        String text = RestoreReadinessText.render(
                check(LifecycleFixtures.batch(temp.resolve("batch")), new RestoreCommands(KNOWN_JAR)));

        assertThat(between(text, "Restore in place, in this order:", "Fallback only"))
                .isEqualTo("""
                Restore in place, in this order:
                  Read first:
                  ! A restore discards every write made since the snapshot was taken, and the whole store is down from the first stop until ping reports it RUNNING again (measured: ~2.5 min for 3 Storage Nodes; it grows with the number of Storage Nodes and the data).
                  ! Run each start ... -restore-from-snapshot line exactly once: run again (from a runbook, a boot script, a service definition) it rolls the store back to the snapshot again and loses every write made since. Later restarts use plain start -root ...; never put the restore line in a boot script.
                  ! restore-check cannot tell whether a restore was already applied: it still answers IN_PLACE afterwards.
                  1. [sn1 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn1
                  2. [sn2 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn2
                  3. [sn3 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn3
                  4. [sn1 on 127.0.0.1] Wait until every process of this Storage Node has exited, before any start: the check prints nothing then (a Storage Node Agent can live seconds longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn1( |$)'
                  5. [sn2 on 127.0.0.1] Wait until every process of this Storage Node has exited, before any start: the check prints nothing then (a Storage Node Agent can live seconds longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn2( |$)'
                  6. [sn3 on 127.0.0.1] Wait until every process of this Storage Node has exited, before any start: the check prints nothing then (a Storage Node Agent can live seconds longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn3( |$)'
                  7. [sn1 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1 -restore-from-snapshot 261124-200120-BATCH -update-config true
                       ! It runs in the foreground and does not return: run it the way this site runs its Storage Nodes (its service manager), or detached with a log as shown. Run it exactly once; every later restart of sn1 is: java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1
                       detached: nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1 -restore-from-snapshot 261124-200120-BATCH -update-config true > restore-sn1.log 2>&1 &
                  8. [sn2 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2 -restore-from-snapshot 261124-200120-BATCH -update-config true
                       ! It runs in the foreground and does not return: run it the way this site runs its Storage Nodes (its service manager), or detached with a log as shown. Run it exactly once; every later restart of sn2 is: java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2
                       detached: nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2 -restore-from-snapshot 261124-200120-BATCH -update-config true > restore-sn2.log 2>&1 &
                  9. [sn3 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3 -restore-from-snapshot 261124-200120-BATCH -update-config true
                       ! It runs in the foreground and does not return: run it the way this site runs its Storage Nodes (its service manager), or detached with a log as shown. Run it exactly once; every later restart of sn3 is: java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3
                       detached: nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3 -restore-from-snapshot 261124-200120-BATCH -update-config true > restore-sn3.log 2>&1 &
                  10. Wait until ping reports every Replication Node and admin RUNNING and exits 0 (measured: ~91 s for 3 Storage Nodes; until then it answers 5300/5301 or may hang for a minute: run it again).
                       check: java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000
                """);
        assertThat(text).doesNotContain("$KVHOME").doesNotContain("KVHOME");
    }

    @Test
    void inPlaceListsTheLoadSourcesOnlyAfterTheRunbookAsTheFallback() {
        String text = RestoreReadinessText.render(
                check(LifecycleFixtures.batch(temp.resolve("batch")), new RestoreCommands(KNOWN_JAR)));

        assertThat(text).doesNotContain("Load sources (copy each directory from its host):");
        assertThat(text.indexOf("Fallback only, if the in-place restore cannot be used: load sources"))
                .isGreaterThan(text.indexOf("Restore in place, in this order:"));
    }

    @Test
    void jarTheCheckRanIsPrintedWithANoteToGiveThePathOnTheNodesIfItDiffers() {
        AdminTarget viaJar = new AdminTarget(
                AdminTarget.kvstoreJar("/home/ci/kv/lib/kvstore.jar", null), "node1", 5000, List.of(), null, "admin");
        RestoreCommands commands = RestoreCommands.of(null, viaJar);
        RestoreReadiness readiness = check(LifecycleFixtures.batch(temp.resolve("batch")), commands);

        assertThat(readiness.steps().get(0).command())
                .isEqualTo("java -jar /home/ci/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn1");
        assertThat(readiness.notes())
                .contains("kvstore.jar is named as this check ran it (/home/ci/kv/lib/kvstore.jar); if the Storage"
                        + " Nodes' hosts have it elsewhere, give that path as kvstore-jar-on-nodes"
                        + " (--kvstore-jar-on-nodes, kvstoreJarOnNodes).");
        assertThat(readiness.warnings()).doesNotContain(new RestoreCommands(null).jarNote());
        assertThat(RestoreCommands.of(KNOWN_JAR, viaJar).kvstoreJar()).isEqualTo(KNOWN_JAR);
        assertThat(RestoreCommands.of(null, new AdminTarget(List.of("kv_admin"), "node1", 5000, List.of(), null, null))
                        .kvstoreJar())
                .isEqualTo("$KVHOME/lib/kvstore.jar");
    }

    @Test
    void pingUsesTheConnectionOfTheCheckWithoutItsJsonFlag() {
        AdminTarget secured = new AdminTarget(
                List.of("kv_admin"), null, 0, List.of("node1:5000", "node2:5000"), "/etc/kv/client.security", "admin");

        assertThat(new RestoreCommands(KNOWN_JAR).ping(secured))
                .isEqualTo("java -jar /opt/kv/lib/kvstore.jar ping -helper-hosts node1:5000,node2:5000"
                        + " -security /etc/kv/client.security -username admin");
    }

    @Test
    void loadRequiredRunbookWithoutAKnownJarSaysKvhomeMustBeSetAndWhatAReloadDiscards() {
        String text = RestoreReadinessText.render(
                check(LifecycleFixtures.rnDown(temp.resolve("b02")), new RestoreCommands(null)));

        assertThat(between(text, "Load sources (copy", "  (1 admin")).isEqualTo("""
                Load sources (copy each directory from its host):
                  admin: admin1 on sn1 (127.0.0.1) /u01/nosql/data/sn1/admin/admin1/snapshots/261124-193913-BACKUP
                  rg1: rg1-rn2 on sn2 (127.0.0.1) /u01/nosql/data/sn2/disk1/rg1-rn2/snapshots/261124-193913-BACKUP [master at snapshot time]
                  rg2: rg2-rn3 on sn3 (127.0.0.1) /u01/nosql/data/sn3/disk2/rg2-rn3/snapshots/261124-193913-BACKUP [master at snapshot time]
                  rg3: rg3-rn1 on sn1 (127.0.0.1) /u01/nosql/data/sn1/disk3/rg3-rn1/snapshots/261124-193913-BACKUP [master at snapshot time]
                Notes:
                  - load writes into a new, empty store deployed with the wanted topology; load the admin metadata first, before security is enabled on the new store.
                  - Copy each source directory from its host to where load runs (the snapshots are hard links on the Storage Nodes' disks), keeping them all from 261124-193913-BACKUP.
                Reload, in this order:
                  Read first:
                  ! kvstore.jar's path on the Storage Nodes is not known, so the lines say $KVHOME/lib/kvstore.jar: set KVHOME to the Oracle NoSQL installation in the shell on every host before pasting them (unset, it names /lib/kvstore.jar and fails), or give the path as kvstore-jar-on-nodes (--kvstore-jar-on-nodes, kvstoreJarOnNodes).
                  ! A reload discards every write made since the snapshot was taken: the new store holds the data of snapshot time only.
                  1. java -jar $KVHOME/lib/kvstore.jar load -store kvstore -host 127.0.0.1 -port 5000 -load-admin -source /u01/nosql/data/sn1/admin/admin1/snapshots/261124-193913-BACKUP
                  2. java -jar $KVHOME/lib/kvstore.jar load -store kvstore -host 127.0.0.1 -port 5000 -source /u01/nosql/data/sn2/disk1/rg1-rn2/snapshots/261124-193913-BACKUP,/u01/nosql/data/sn3/disk2/rg2-rn3/snapshots/261124-193913-BACKUP,/u01/nosql/data/sn1/disk3/rg3-rn1/snapshots/261124-193913-BACKUP
                """);
        assertThat(text).doesNotContain("Fallback only");
    }

    @Test
    void loadRequiredRunbookWithTheJarOnTheNodesPrintsThatPath() {
        RestoreReadiness readiness =
                check(LifecycleFixtures.rnDown(temp.resolve("b02")), new RestoreCommands(KNOWN_JAR));
        String text = RestoreReadinessText.render(readiness);

        String reload = between(text, "Reload, in this order:", "  (1 admin");
        assertThat(reload)
                .startsWith("Reload, in this order:\n  Read first:\n  ! "
                        + RestoreRunbook.load(List.of()).warnings().get(0)
                        + "\n  1. java -jar /opt/kv/lib/kvstore.jar load -store kvstore -host 127.0.0.1 -port 5000"
                        + " -load-admin -source /u01/nosql/data/sn1/admin/admin1/snapshots/"
                        + LifecycleFixtures.RN_DOWN + "\n  2. java -jar /opt/kv/lib/kvstore.jar load -store kvstore");
        assertThat(text).doesNotContain("KVHOME");
        assertThat(readiness.warnings())
                .containsExactly(RestoreRunbook.load(List.of()).warnings().get(0));
    }

    @Test
    void notRestorablePrintsNoRunbookAndNoWarningsWithOrWithoutAJar() {
        for (RestoreCommands commands : List.of(new RestoreCommands(null), new RestoreCommands(KNOWN_JAR))) {
            RestoreReadiness readiness =
                    check(LifecycleFixtures.shardDown(temp.resolve("c02-" + commands.jar())), commands);
            String text = RestoreReadinessText.render(readiness);

            assertThat(readiness.path()).isEqualTo(RestorePath.NOT_RESTORABLE);
            assertThat(readiness.steps()).isEmpty();
            assertThat(readiness.warnings()).isEmpty();
            assertThat(between(text, "Copies still confirmed:", "  (1 admin"))
                    .isEqualTo("Copies still confirmed:\n"
                            + "  admin: admin1 on sn1 (127.0.0.1) /u01/nosql/data/sn1/admin/admin1/snapshots/"
                            + LifecycleFixtures.SHARD_DOWN + "\n"
                            + "  rg1: rg1-rn2 on sn2 (127.0.0.1) /u01/nosql/data/sn2/disk1/rg1-rn2/snapshots/"
                            + LifecycleFixtures.SHARD_DOWN + " [master at snapshot time]\n"
                            + "  rg2: rg2-rn3 on sn3 (127.0.0.1) /u01/nosql/data/sn3/disk2/rg2-rn3/snapshots/"
                            + LifecycleFixtures.SHARD_DOWN + " [master at snapshot time]\n");
            assertThat(text)
                    .doesNotContain("Read first")
                    .doesNotContain("Restore in place")
                    .doesNotContain("Reload, in this order")
                    .doesNotContain("KVHOME")
                    .doesNotContain("Load sources");
        }
    }

    @Test
    void jsonHoldsTheSameStepsWaitsAndWarningsAsTheText() throws IOException {
        RestoreReadiness readiness =
                check(LifecycleFixtures.batch(temp.resolve("batch")), new RestoreCommands(KNOWN_JAR));
        String json = LifecycleJson.write(readiness);
        RestoreReadiness read = LifecycleJson.read(json, RestoreReadiness.class);

        assertThat(read).isEqualTo(readiness);
        assertThat(read.warnings())
                .containsExactly(RestoreRunbook.COST, RestoreRunbook.RUN_ONCE, RestoreRunbook.CANNOT_TELL);
        assertThat(read.steps())
                .extracting(RestoreStep::kind)
                .containsExactly(
                        RestoreStep.Kind.COMMAND,
                        RestoreStep.Kind.COMMAND,
                        RestoreStep.Kind.COMMAND,
                        RestoreStep.Kind.WAIT,
                        RestoreStep.Kind.WAIT,
                        RestoreStep.Kind.WAIT,
                        RestoreStep.Kind.COMMAND,
                        RestoreStep.Kind.COMMAND,
                        RestoreStep.Kind.COMMAND,
                        RestoreStep.Kind.WAIT);
        assertThat(json)
                .contains("\"wait\" : \"" + RestoreRunbook.WAIT_RUNNING + "\"")
                .contains("\"command\" : \"java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000\"")
                .contains("\"detached\" : \"nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1"
                        + " -restore-from-snapshot " + BATCH + " -update-config true > restore-sn1.log 2>&1 &\"");
        String text = RestoreReadinessText.render(read);
        for (String warning : read.warnings()) {
            assertThat(text).contains("  ! " + warning + "\n");
        }
        for (RestoreStep step : read.steps()) {
            assertThat(text).contains(step.command());
        }
    }

    @Test
    void restoreCheckJsonWrittenBeforeWaitsWereStepsStillReads() throws IOException {
        RestoreReadiness readiness = LifecycleJson.read("""
                {"schemaVersion": 1, "path": "IN_PLACE", "summary": "s", "differences": [], "reasons": [],
                 "notes": [], "presence": [], "shardSources": [], "commands": [],
                 "steps": [{"storageNode": "sn1", "host": "h1", "command": "java -jar k stop -root /r"}]}
                """, RestoreReadiness.class);

        assertThat(readiness.warnings()).isEmpty();
        assertThat(readiness.steps()).containsExactly(new RestoreStep("sn1", "h1", "java -jar k stop -root /r"));
        assertThat(readiness.steps().get(0).kind()).isEqualTo(RestoreStep.Kind.COMMAND);
    }
}
