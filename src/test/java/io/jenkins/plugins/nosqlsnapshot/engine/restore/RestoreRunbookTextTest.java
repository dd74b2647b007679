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
    void inPlaceRunbookWithoutAKnownJarSaysKvhomeMustBeSetFirstAndNamesKvhomeInEveryLine() {
        String unknown = RestoreReadinessText.render(
                check(LifecycleFixtures.batch(temp.resolve("batch")), new RestoreCommands(null)));
        String known = RestoreReadinessText.render(
                check(LifecycleFixtures.batch(temp.resolve("known")), new RestoreCommands(KNOWN_JAR)));

        String block = between(unknown, "Restore in place, in this order", "Fallback only");
        assertThat(block)
                .startsWith("Restore in place, in this order, one step at a time (not a script):\n  Read first:\n"
                        + "  ! kvstore.jar's path on the Storage Nodes is not known, so the lines say"
                        + " $KVHOME/lib/kvstore.jar: set KVHOME to the Oracle NoSQL installation in the shell on every"
                        + " host before pasting them (unset, it names /lib/kvstore.jar and fails), or give the path as"
                        + " kvstore-jar-on-nodes (--kvstore-jar-on-nodes, kvstoreJarOnNodes).\n");
        assertThat(block.substring(block.indexOf("\n  ! A restore discards")))
                .isEqualTo(between(known, "\n  ! A restore discards", "Fallback only")
                        .replace(KNOWN_JAR, "$KVHOME/lib/kvstore.jar"));
    }

    @Test
    void inPlaceRunbookStopsRestoresOnceVerifiesThenRestartsEverySnWithThePlainStartOneAtATime() {
        String text = RestoreReadinessText.render(
                check(LifecycleFixtures.batch(temp.resolve("batch")), new RestoreCommands(KNOWN_JAR)));

        assertThat(between(text, "Restore in place, in this order", "Fallback only"))
                .isEqualTo("""
                Restore in place, in this order, one step at a time (not a script):
                  Read first:
                  ! A restore discards every write made since the snapshot was taken, and the whole store is down from the first stop until ping reports it RUNNING again. Measured on 3 Storage Nodes: stops 46-56 s, first start to a clean ping 91-154 s, 2.5-3.5 min in all; it grows with the number of Storage Nodes and the data. The rolling restart at the end keeps the store up (one Storage Node at a time).
                  ! After its restoring start every Storage Node Agent stays in restore mode for as long as its process lives: kvstore.jar 25.3 keeps -restore-from-snapshot NAME and consults it whenever the agent starts a Replication Node or admin (a plan start-service, a restart from the admin), and rolls that node back to the snapshot again. The rolling restart at the end restarts every agent with the plain start -root line and ends restore mode; until it is done, start or restart no service from the admin. A site start script that skips Storage Nodes that are already running never clears restore mode: use the printed stop and start lines.
                  ! Run each RESTORE line exactly once: run again (from a runbook, a boot script, a service definition) it rolls the store back to the snapshot again and loses every write made since. Later starts use the plain start -root line of the rolling restart; never put a restore line in a boot script.
                  ! These steps are not a script: run one at a time, by hand, on the host named, and go on only when its check shows what the step waits for. Each RESTORE line first asks you to type its Storage Node's name, so pasted with other lines or run from a loop it starts nothing.
                  ! The start lines run the agent detached (setsid nohup, its output in a log file beside its root) with no JVM options: if this site starts its Storage Node Agents with some (e.g. -Xms and -Xmx in its start script), put the same ones between java and -jar.
                  ! restore-check cannot tell whether a restore was already applied: it still answers IN_PLACE afterwards.
                  Stop every Storage Node:
                  1. [sn1 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn1
                  2. [sn2 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn2
                  3. [sn3 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn3
                  4. [sn1 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn1( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvroot/sn1/snaboot_0.log, /opt/oracle/kvroot/sn1/kvstore/log/sn1_0.log
                  5. [sn2 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn2( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvroot/sn2/snaboot_0.log, /opt/oracle/kvroot/sn2/kvstore/log/sn2_0.log
                  6. [sn3 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn3( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvroot/sn3/snaboot_0.log, /opt/oracle/kvroot/sn3/kvstore/log/sn3_0.log
                  Start each Storage Node from the snapshot, each RESTORE line exactly once:
                  7. [sn1 on 127.0.0.1] RESTORE, exactly once:
                       ! RESTORE sn1: run this line exactly once, by itself; type sn1 when it asks. It starts sn1's agent from the snapshot in the background, its output in /opt/oracle/kvroot/sn1-restore.log. Every later start of sn1 is the plain line of the rolling restart below.

                printf '%s ' 'Type sn1 to restore it from 261124-200120-BATCH:' && read -r answer && [ "$answer" = sn1 ] && { setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1 -restore-from-snapshot 261124-200120-BATCH -update-config true < /dev/null > /opt/oracle/kvroot/sn1-restore.log 2>&1 & } || echo 'sn1 was not started'

                  8. [sn2 on 127.0.0.1] RESTORE, exactly once:
                       ! RESTORE sn2: run this line exactly once, by itself; type sn2 when it asks. It starts sn2's agent from the snapshot in the background, its output in /opt/oracle/kvroot/sn2-restore.log. Every later start of sn2 is the plain line of the rolling restart below.

                printf '%s ' 'Type sn2 to restore it from 261124-200120-BATCH:' && read -r answer && [ "$answer" = sn2 ] && { setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2 -restore-from-snapshot 261124-200120-BATCH -update-config true < /dev/null > /opt/oracle/kvroot/sn2-restore.log 2>&1 & } || echo 'sn2 was not started'

                  9. [sn3 on 127.0.0.1] RESTORE, exactly once:
                       ! RESTORE sn3: run this line exactly once, by itself; type sn3 when it asks. It starts sn3's agent from the snapshot in the background, its output in /opt/oracle/kvroot/sn3-restore.log. Every later start of sn3 is the plain line of the rolling restart below.

                printf '%s ' 'Type sn3 to restore it from 261124-200120-BATCH:' && read -r answer && [ "$answer" = sn3 ] && { setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3 -restore-from-snapshot 261124-200120-BATCH -update-config true < /dev/null > /opt/oracle/kvroot/sn3-restore.log 2>&1 & } || echo 'sn3 was not started'

                  Verify:
                  10. Wait (at most 300 s) until ping -json shows "returnCode" : 5000 and every Replication Node and admin RUNNING (snStatus[].rnStatus[].status and snStatus[].adminStatus.status). Measured: 91-154 s from the first start; meanwhile plain ping exits 1, 3 or 101, and a Replication Node may fail once ("Master not found") and be restarted by its agent: ERROR_RESTARTING, then RUNNING. A stuck one stays STARTING, ERROR_RESTARTING or UNREACHABLE, or turns ERROR_NO_RESTART; its log is rgN-rnM_0.log beside its SN's service log.
                       check: java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json
                       not done after 300 s: go no further; read /opt/oracle/kvroot/sn1-restore.log, /opt/oracle/kvroot/sn1/snaboot_0.log, /opt/oracle/kvroot/sn1/kvstore/log/sn1_0.log, /opt/oracle/kvroot/sn2-restore.log, /opt/oracle/kvroot/sn2/snaboot_0.log, /opt/oracle/kvroot/sn2/kvstore/log/sn2_0.log, /opt/oracle/kvroot/sn3-restore.log, /opt/oracle/kvroot/sn3/snaboot_0.log, /opt/oracle/kvroot/sn3/kvstore/log/sn3_0.log
                  11. Check that the data is that of snapshot time, before the restart that ends restore mode: run the application's own check, or count the rows of a table you know (replace <TABLE>; the last line says N rows returned) and compare with its count at snapshot time. If the data is wrong, stop here: do not run the restart, do not run any RESTORE line again and start or restart nothing from the admin; keep the logs (each SN's -restore.log and KVROOT/<store>/log) and either restore again from step 1 (every SN stopped first) or reload with the load sources printed below.
                       e.g.: java -jar /opt/kv/lib/kvstore.jar runadmin -host 127.0.0.1 -port 5000 -store kvstore get table -name <TABLE>
                  End restore mode: restart with the plain start, one Storage Node at a time:
                  12. [sn1 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn1
                       ! Rolling restart, to end restore mode: stop only sn1; every shard keeps a majority on the other Storage Nodes.
                  13. [sn1 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn1( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvroot/sn1/snaboot_0.log, /opt/oracle/kvroot/sn1/kvstore/log/sn1_0.log
                  14. [sn1 on 127.0.0.1] setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn1 < /dev/null > /opt/oracle/kvroot/sn1-start.log 2>&1 &
                       ! The plain start, without -restore-from-snapshot: its output goes to /opt/oracle/kvroot/sn1-start.log.
                  15. [sn1 on 127.0.0.1] Wait (at most 300 s) until ping -json shows "returnCode" : 5000 and sn1's Replication Nodes and admin RUNNING again, before the next Storage Node is stopped.
                       check: java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json
                       not done after 300 s: go no further; read /opt/oracle/kvroot/sn1-start.log, /opt/oracle/kvroot/sn1/snaboot_0.log, /opt/oracle/kvroot/sn1/kvstore/log/sn1_0.log
                  16. [sn2 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn2
                       ! Rolling restart, to end restore mode: stop only sn2; every shard keeps a majority on the other Storage Nodes.
                  17. [sn2 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn2( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvroot/sn2/snaboot_0.log, /opt/oracle/kvroot/sn2/kvstore/log/sn2_0.log
                  18. [sn2 on 127.0.0.1] setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn2 < /dev/null > /opt/oracle/kvroot/sn2-start.log 2>&1 &
                       ! The plain start, without -restore-from-snapshot: its output goes to /opt/oracle/kvroot/sn2-start.log.
                  19. [sn2 on 127.0.0.1] Wait (at most 300 s) until ping -json shows "returnCode" : 5000 and sn2's Replication Nodes and admin RUNNING again, before the next Storage Node is stopped.
                       check: java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json
                       not done after 300 s: go no further; read /opt/oracle/kvroot/sn2-start.log, /opt/oracle/kvroot/sn2/snaboot_0.log, /opt/oracle/kvroot/sn2/kvstore/log/sn2_0.log
                  20. [sn3 on 127.0.0.1] java -jar /opt/kv/lib/kvstore.jar stop -root /opt/oracle/kvroot/sn3
                       ! Rolling restart, to end restore mode: stop only sn3; every shard keeps a majority on the other Storage Nodes.
                  21. [sn3 on 127.0.0.1] Wait (at most 120 s) until every process of this Storage Node has exited, before it is started again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).
                       check: pgrep -f -- '-root /opt/oracle/kvroot/sn3( |$)'
                       not done after 120 s: go no further; read /opt/oracle/kvroot/sn3/snaboot_0.log, /opt/oracle/kvroot/sn3/kvstore/log/sn3_0.log
                  22. [sn3 on 127.0.0.1] setsid nohup java -jar /opt/kv/lib/kvstore.jar start -root /opt/oracle/kvroot/sn3 < /dev/null > /opt/oracle/kvroot/sn3-start.log 2>&1 &
                       ! The plain start, without -restore-from-snapshot: its output goes to /opt/oracle/kvroot/sn3-start.log.
                  23. [sn3 on 127.0.0.1] Wait (at most 300 s) until ping -json shows "returnCode" : 5000 and sn3's Replication Nodes and admin RUNNING again: then no agent is left in restore mode and the restore is done.
                       check: java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json
                       not done after 300 s: go no further; read /opt/oracle/kvroot/sn3-start.log, /opt/oracle/kvroot/sn3/snaboot_0.log, /opt/oracle/kvroot/sn3/kvstore/log/sn3_0.log
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
    void pingUsesTheConnectionOfTheCheckAndJsonForItsReturnCode() {
        AdminTarget secured = new AdminTarget(
                List.of("kv_admin"), null, 0, List.of("node1:5000", "node2:5000"), "/etc/kv/client.security", "admin");

        assertThat(new RestoreCommands(KNOWN_JAR).ping(secured))
                .isEqualTo("java -jar /opt/kv/lib/kvstore.jar ping -helper-hosts node1:5000,node2:5000"
                        + " -security /etc/kv/client.security -username admin -json");
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
                .containsExactly(
                        RestoreRunbook.COST,
                        RestoreRunbook.RESTORE_MODE,
                        RestoreRunbook.RUN_ONCE,
                        RestoreRunbook.NOT_A_SCRIPT,
                        RestoreRunbook.JVM_OPTIONS,
                        RestoreRunbook.CANNOT_TELL);
        assertThat(read.steps())
                .extracting(RestoreStep::phase)
                .containsExactly(
                        RestoreStep.Phase.STOP,
                        RestoreStep.Phase.STOP,
                        RestoreStep.Phase.STOP,
                        RestoreStep.Phase.STOP,
                        RestoreStep.Phase.STOP,
                        RestoreStep.Phase.STOP,
                        RestoreStep.Phase.RESTORE,
                        RestoreStep.Phase.RESTORE,
                        RestoreStep.Phase.RESTORE,
                        RestoreStep.Phase.VERIFY,
                        RestoreStep.Phase.VERIFY,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART,
                        RestoreStep.Phase.ROLLING_RESTART);
        assertThat(read.steps().subList(9, 11))
                .extracting(RestoreStep::kind)
                .containsExactly(RestoreStep.Kind.WAIT, RestoreStep.Kind.VERIFY_DATA);
        assertThat(read.steps())
                .filteredOn(RestoreStep::runOnce)
                .hasSize(3)
                .allMatch(s -> s.command().contains("-restore-from-snapshot " + BATCH));
        assertThat(read.steps())
                .filteredOn(s -> !s.runOnce())
                .noneMatch(s -> s.command().contains("-restore-from-snapshot"));
        assertThat(read.steps())
                .filteredOn(s -> s.kind() == RestoreStep.Kind.WAIT)
                .extracting(RestoreStep::timeLimitSeconds)
                .containsExactly(120, 120, 120, 300, 120, 300, 120, 300, 120, 300);
        assertThat(json)
                .contains("\"wait\" : \"" + RestoreRunbook.WAIT_RUNNING.replace("\"", "\\\"") + "\"")
                .contains("\"command\" : \"java -jar /opt/kv/lib/kvstore.jar ping -host 127.0.0.1 -port 5000 -json\"")
                .contains("\"phase\" : \"ROLLING_RESTART\"")
                .contains("\"runOnce\" : true")
                .contains("\"timeLimitSeconds\" : 300")
                .contains(
                        "\"logFiles\" : [ \"/opt/oracle/kvroot/sn1-start.log\", \"/opt/oracle/kvroot/sn1/snaboot_0.log\","
                                + " \"/opt/oracle/kvroot/sn1/kvstore/log/sn1_0.log\" ]");
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
                 "steps": [{"storageNode": "sn1", "host": "h1", "command": "java -jar k stop -root /r"},
                           {"storageNode": "sn1", "host": "h1", "command": "java -jar k start -root /r", "kind": "COMMAND",
                            "wait": null, "warning": "w", "detached": "nohup java -jar k start -root /r > l 2>&1 &"}]}
                """, RestoreReadiness.class);

        assertThat(readiness.warnings()).isEmpty();
        assertThat(readiness.steps())
                .containsExactly(
                        new RestoreStep("sn1", "h1", "java -jar k stop -root /r"),
                        new RestoreStep(
                                "sn1",
                                "h1",
                                "java -jar k start -root /r",
                                RestoreStep.Kind.COMMAND,
                                null,
                                "w",
                                null,
                                false,
                                null,
                                List.of()));
        assertThat(readiness.steps().get(0).kind()).isEqualTo(RestoreStep.Kind.COMMAND);
    }
}
