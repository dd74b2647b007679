package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import static io.jenkins.plugins.nosqlsnapshot.engine.testing.LifecycleFixtures.BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.SnapshotPresence.State;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.LifecycleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore readiness of snapshots saved from the real store, against a fake admin replaying the store now. */
class RestoreCheckTest {
    @TempDir
    Path temp;

    private Path log;

    private RestoreReadiness check(Path savedDir, String script) {
        log = temp.resolve("commands.log");
        return new RestoreCheck(new LocalProcessRunner(), null)
                .check(
                        LifecycleFixtures.fakeAdmin(script, log),
                        LifecycleFixtures.read(savedDir),
                        new RestoreCommands(null),
                        SessionLimits.DEFAULT);
    }

    /** The restoring start of an SN of the batch fixture, as printed: asked for, detached, logged beside its root. */
    private static String restore(String sn) {
        return "printf '%s ' 'Type " + sn + " to restore it from " + BATCH + ":' && read -r answer && [ \"$answer\" = "
                + sn + " ] && { setsid nohup java -jar $KVHOME/lib/kvstore.jar start -root /opt/oracle/kvroot/" + sn
                + " -restore-from-snapshot " + BATCH + " -update-config true < /dev/null > /opt/oracle/kvroot/" + sn
                + "-restore.log 2>&1 & } || echo '" + sn + " was not started'";
    }

    @Test
    void healthySnapshotOnTheSameTopologyRestoresInPlaceWithTheStartCommandOfEverySn() {
        RestoreReadiness readiness = check(LifecycleFixtures.batch(temp.resolve("batch")), "lifecycle-healthy.script");

        assertThat(readiness.path()).isEqualTo(RestorePath.IN_PLACE);
        assertThat(readiness.path().exitCode()).isZero();
        assertThat(readiness.differences()).isEmpty();
        assertThat(readiness.reasons()).isEmpty();
        assertThat(readiness.presence()).extracting(SnapshotPresence::state).containsOnly(State.HELD);
        String jar = "java -jar $KVHOME/lib/kvstore.jar";
        assertThat(readiness.steps())
                .filteredOn(step -> step.kind() == RestoreStep.Kind.COMMAND)
                .extracting(RestoreStep::command)
                .containsExactly(
                        jar + " stop -root /opt/oracle/kvroot/sn1",
                        jar + " stop -root /opt/oracle/kvroot/sn2",
                        jar + " stop -root /opt/oracle/kvroot/sn3",
                        restore("sn1"),
                        restore("sn2"),
                        restore("sn3"),
                        jar + " stop -root /opt/oracle/kvroot/sn1",
                        "setsid nohup " + jar + " start -root /opt/oracle/kvroot/sn1 < /dev/null >"
                                + " /opt/oracle/kvroot/sn1-start.log 2>&1 &",
                        jar + " stop -root /opt/oracle/kvroot/sn2",
                        "setsid nohup " + jar + " start -root /opt/oracle/kvroot/sn2 < /dev/null >"
                                + " /opt/oracle/kvroot/sn2-start.log 2>&1 &",
                        jar + " stop -root /opt/oracle/kvroot/sn3",
                        "setsid nohup " + jar + " start -root /opt/oracle/kvroot/sn3 < /dev/null >"
                                + " /opt/oracle/kvroot/sn3-start.log 2>&1 &");
        assertThat(readiness.adminLaunches()).isEqualTo(1);
        assertThat(LifecycleFixtures.sent(log))
                .containsExactly(
                        "show topology -verbose",
                        "show admins",
                        "show parameter -service sn1",
                        "show parameter -service sn2",
                        "show parameter -service sn3",
                        "show snapshots -sn sn1",
                        "show snapshots -sn sn2",
                        "show snapshots -sn sn3",
                        "exit");
    }

    @Test
    void loadSourcesAreTheMastersAtSnapshotTimeAndTheAdminSnapshotDirectory() {
        RestoreReadiness readiness = check(LifecycleFixtures.batch(temp.resolve("batch")), "lifecycle-healthy.script");

        // g02's ping: rg1-rn2 on sn2, rg2-rn3 on sn3 and rg3-rn1 on sn1 were the masters
        assertThat(readiness.shardSources())
                .extracting(LoadSource::shard, LoadSource::component, LoadSource::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "rg1", "rg1-rn2", "/u01/nosql/data/sn2/disk1/rg1-rn2/snapshots/" + BATCH),
                        org.assertj.core.groups.Tuple.tuple(
                                "rg2", "rg2-rn3", "/u01/nosql/data/sn3/disk2/rg2-rn3/snapshots/" + BATCH),
                        org.assertj.core.groups.Tuple.tuple(
                                "rg3", "rg3-rn1", "/u01/nosql/data/sn1/disk3/rg3-rn1/snapshots/" + BATCH));
        assertThat(readiness.shardSources())
                .allSatisfy(s -> assertThat(s.masterAtSnapshot()).isTrue());
        assertThat(readiness.adminSource().path()).isEqualTo("/u01/nosql/data/sn1/admin/admin1/snapshots/" + BATCH);
    }

    @Test
    void snapshotWithAFailedReplicaMustBeReloadedAndTheLoadCommandsNameEveryShard() {
        RestoreReadiness readiness = check(LifecycleFixtures.rnDown(temp.resolve("b02")), "lifecycle-healthy.script");

        assertThat(readiness.path()).isEqualTo(RestorePath.LOAD_REQUIRED);
        assertThat(readiness.path().exitCode()).isEqualTo(3);
        assertThat(readiness.differences()).isEmpty();
        assertThat(readiness.reasons())
                .anySatisfy(r -> assertThat(r)
                        .startsWith(
                                "Replication Node rg3-rn3 has no snapshot " + LifecycleFixtures.RN_DOWN + " (FAILED"));
        assertThat(readiness.steps()).hasSize(2);
        assertThat(readiness.steps().get(0).command())
                .isEqualTo("java -jar $KVHOME/lib/kvstore.jar load -store kvstore"
                        + " -host 127.0.0.1 -port 5000 -load-admin -source "
                        + readiness.adminSource().path());
        assertThat(readiness.steps().get(1).command())
                .isEqualTo("java -jar $KVHOME/lib/kvstore.jar load -store kvstore"
                        + " -host 127.0.0.1 -port 5000 -source "
                        + String.join(
                                ",",
                                readiness.shardSources().stream()
                                        .map(LoadSource::path)
                                        .toList()));
        assertThat(readiness.shardSources()).extracting(LoadSource::shard).containsExactly("rg1", "rg2", "rg3");
        assertThat(readiness.shardSources()).extracting(LoadSource::component).doesNotContain("rg3-rn3");
    }

    @Test
    void shardWithoutAnySnapshotIsNotRestorable() {
        RestoreReadiness readiness =
                check(LifecycleFixtures.shardDown(temp.resolve("c02")), "lifecycle-healthy.script");

        assertThat(readiness.path()).isEqualTo(RestorePath.NOT_RESTORABLE);
        assertThat(readiness.path().exitCode()).isEqualTo(1);
        assertThat(readiness.reasons()).hasSize(1);
        assertThat(readiness.reasons().get(0))
                .isEqualTo("Shard rg3 has no snapshot on any of its 3 Replication Nodes"
                        + " (rg3-rn1, rg3-rn2, rg3-rn3): the store cannot be restored from "
                        + LifecycleFixtures.SHARD_DOWN + ".");
        assertThat(readiness.steps()).isEmpty();
    }

    @Test
    void snapshotRemovedFromTheSnsThatHeldItIsNotRestorable() {
        // a13's snapshot was removed by "snapshot remove -all" (a31) before g02's listings were taken
        RestoreReadiness readiness =
                check(LifecycleFixtures.removedLater(temp.resolve("a13")), "lifecycle-healthy.script");

        assertThat(readiness.path()).isEqualTo(RestorePath.NOT_RESTORABLE);
        assertThat(readiness.presence()).extracting(SnapshotPresence::state).containsOnly(State.GONE);
        assertThat(readiness.reasons())
                .anySatisfy(r -> assertThat(r)
                        .startsWith("The admin snapshots of " + LifecycleFixtures.REMOVED_LATER
                                + " (admin1 on sn1, admin2 on sn2, admin3 on sn3) are gone"));
        assertThat(readiness.reasons()).anySatisfy(r -> assertThat(r).startsWith("Shard rg1's copies of"));
    }

    @Test
    void replacedStorageNodeNeedsALoadAndEachDifferenceIsASentence() {
        RestoreReadiness readiness = check(LifecycleFixtures.batch(temp.resolve("batch")), "lifecycle-migrated.script");

        assertThat(readiness.path()).isEqualTo(RestorePath.LOAD_REQUIRED);
        assertThat(readiness.differences())
                .contains(
                        "Storage Node sn3 (127.0.0.1:7000) of the snapshot is no longer in the topology (a replaced or removed"
                                + " SN is a topology change).",
                        "Storage Node sn4 (127.0.0.1:8000) is new since the snapshot.",
                        "Replication Node rg1-rn3 is now on sn4; at snapshot time it was on sn3.",
                        "Admin admin3 is now on sn4; at snapshot time it was on sn3.");
        assertThat(readiness.notes()).anySatisfy(n -> assertThat(n).contains("sequence number is now 52"));
        // rg2's master at snapshot time, rg2-rn3, lived on sn3, which is gone: a replica is named, with the reason
        LoadSource rg2 = readiness.shardSources().get(1);
        assertThat(rg2.component()).isEqualTo("rg2-rn1");
        assertThat(rg2.masterAtSnapshot()).isFalse();
        assertThat(rg2.note()).startsWith("rg2-rn3, the master at snapshot time, has no confirmed copy (sn3: UNKNOWN)");
        assertThat(readiness.reasons())
                .contains("sn3 is no longer part of the store, so whether its copies of " + BATCH
                        + " are still on 127.0.0.1 cannot be checked.");
        assertThat(LifecycleFixtures.sent(log))
                .contains("show snapshots -sn sn4")
                .doesNotContain("show snapshots -sn sn3");
    }

    @Test
    void storageNodeDownNowCannotBeConfirmedSoTheCopiesOfTheOthersAreLoaded() {
        RestoreReadiness readiness = check(LifecycleFixtures.batch(temp.resolve("batch")), "lifecycle-sn3-down.script");

        assertThat(readiness.path()).isEqualTo(RestorePath.LOAD_REQUIRED);
        assertThat(readiness.presence())
                .extracting(SnapshotPresence::storageNode, SnapshotPresence::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sn1", State.HELD),
                        org.assertj.core.groups.Tuple.tuple("sn2", State.HELD),
                        org.assertj.core.groups.Tuple.tuple("sn3", State.UNKNOWN));
        assertThat(readiness.reasons())
                .anySatisfy(
                        r -> assertThat(r)
                                .startsWith(
                                        "sn3 could not be asked for its"
                                                + " snapshots (5100 \"oracle.kv.impl.admin.IllegalCommandException:Cannot list snapshots"));
        assertThat(readiness.shardSources()).extracting(LoadSource::storageNode).doesNotContain("sn3");
    }

    @Test
    void listingReadFromAnAdminWithoutACopyNeitherConfirmsNorDeniesTheSnsOtherCopies() throws IOException {
        Path dir = LifecycleFixtures.batch(temp.resolve("batch"));
        // recorded form: g02's report with admin3's snapshot marked FAILED, so sn3's listing (which reads admin3's
        // snapshots directory) does not name the snapshot; a20, an earlier captured listing, stands for it
        Path report = dir.resolve(ReportFiles.REPORT_JSON);
        String json = Files.readString(report);
        Files.writeString(report, json.replaceFirst("(\"id\" : \"admin3\",[^}]*\"status\" : )\"OK\"", "$1\"FAILED\""));
        Path script = temp.resolve("admin3-failed.script");
        Files.writeString(
                script,
                Files.readString(io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures.script(
                                "lifecycle-healthy.script"))
                        .replace(
                                "show snapshots -sn sn3 = ../fixtures/ondb-25.3/g02.stdout#4",
                                "show snapshots -sn sn3 = ../fixtures/ondb-25.3/a20_show_snapshots_sn1_json.stdout")
                        .replace(
                                "../fixtures",
                                io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures.root()
                                        .toString()));
        log = temp.resolve("commands.log");

        RestoreReadiness readiness = new RestoreCheck(new LocalProcessRunner(), null)
                .check(
                        LifecycleFixtures.fakeAdmin(script, log),
                        LifecycleFixtures.read(dir),
                        new RestoreCommands(null),
                        SessionLimits.DEFAULT);

        assertThat(readiness.presence().get(2).state()).isEqualTo(State.UNKNOWN);
        assertThat(readiness.presence().get(2).detail()).contains("reads the snapshots directory of admin3");
        assertThat(readiness.path()).isEqualTo(RestorePath.LOAD_REQUIRED);
        assertThat(readiness.reasons()).anySatisfy(r -> assertThat(r).startsWith("Admin admin3 has no snapshot"));
    }

    @Test
    void unreachableAdminIsUnknownAndExitsOne() {
        RestoreReadiness readiness = check(LifecycleFixtures.batch(temp.resolve("batch")), "connect-fail.script");

        assertThat(readiness.path()).isEqualTo(RestorePath.UNKNOWN);
        assertThat(readiness.path().exitCode()).isEqualTo(1);
        assertThat(readiness.path().verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(readiness.summary()).contains("Cannot connect to any admins.");
        assertThat(readiness.steps()).isEmpty();
    }

    @Test
    void reportDirectoryWithoutTopologyIsRefusedWithAClearMessage() throws IOException {
        Path dir = LifecycleFixtures.batch(temp.resolve("batch"));
        Files.delete(dir.resolve(ReportFiles.TOPOLOGY_JSON));

        assertThatThrownBy(() -> SavedSnapshot.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("has no topology.json");
        assertThatThrownBy(() -> SavedSnapshot.read(temp.resolve("nowhere")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("report.json does not exist");
    }

    @Test
    void jsonRoundTripsAndTheTextShowsTheCommandsToPaste() throws IOException {
        RestoreReadiness readiness = check(LifecycleFixtures.rnDown(temp.resolve("b02")), "lifecycle-healthy.script");

        assertThat(LifecycleJson.read(LifecycleJson.write(readiness), RestoreReadiness.class))
                .isEqualTo(readiness);
        String text = RestoreReadinessText.render(readiness);
        assertThat(text)
                .startsWith("nosql-snapshot restore-check: LOAD_REQUIRED - ")
                .contains(readiness.steps().get(1).command())
                .contains("Load sources");
        assertThat(List.of(LifecycleJson.write(readiness)))
                .allSatisfy(json -> assertThat(json).contains("\"path\" : \"LOAD_REQUIRED\""));
    }
}
