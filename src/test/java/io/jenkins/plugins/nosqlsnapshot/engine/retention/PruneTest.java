package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.LifecycleFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prune against a fake admin replaying the real store's per-SN listings (g02). */
class PruneTest {
    /** Shortly after g02 was captured; the store's clock was UTC. */
    static final Clock AFTER_G02 = Clock.fixed(Instant.parse("2026-11-24T20:05:00Z"), ZoneOffset.UTC);

    private static final List<String> PERF_REMOVED = List.of(
            "261124-195930-PERF",
            "261124-195923-PERF",
            "261124-195904-PERF",
            "261124-195857-PERF",
            "261124-195837-PERF",
            "261124-195830-PERF",
            "261124-195809-PERF",
            "261124-195748-PERF",
            "261124-195742-PERF");

    @TempDir
    Path temp;

    private Path log;

    private PruneReport prune(String script, RetentionPolicy policy, RetentionHistory history) {
        log = temp.resolve("commands.log");
        return new Prune(new LocalProcessRunner(), null, AFTER_G02)
                .prune(LifecycleFixtures.fakeAdmin(script, log), policy, history, SessionLimits.DEFAULT);
    }

    @Test
    void keepThreeRemovesTheNineOldestAndConfirmsItOnEverySnInOneLaunch() {
        PruneReport report = prune("lifecycle-prune-perf.script", new RetentionPolicy("PERF", 3, null, false), null);

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(report.withAction(PruneDecision.KEPT))
                .extracting(PruneEntry::name)
                .containsExactly("261124-200015-PERF", "261124-195955-PERF", "261124-195948-PERF");
        assertThat(report.withAction(PruneDecision.REMOVED))
                .extracting(PruneEntry::name)
                .containsExactlyElementsOf(PERF_REMOVED);
        assertThat(report.adminLaunches()).isEqualTo(1);
        List<String> sent = LifecycleFixtures.sent(log);
        assertThat(sent.subList(0, 4))
                .containsExactly(
                        "show topology -verbose",
                        "show snapshots -sn sn1",
                        "show snapshots -sn sn2",
                        "show snapshots -sn sn3");
        assertThat(sent.subList(4, 13))
                .containsExactlyElementsOf(PERF_REMOVED.stream()
                        .map(n -> "snapshot remove -name " + n)
                        .toList());
        assertThat(sent.subList(13, sent.size()))
                .containsExactly("show snapshots -sn sn1", "show snapshots -sn sn2", "show snapshots -sn sn3", "exit");
    }

    @Test
    void dryRunSendsNoRemoveAndSaysWhatWouldBeRemovedAndWhy() {
        PruneReport report = prune("lifecycle-healthy.script", new RetentionPolicy("PERF", 3, null, true), null);

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(report.withAction(PruneDecision.WOULD_REMOVE))
                .extracting(PruneEntry::name)
                .containsExactlyElementsOf(PERF_REMOVED);
        assertThat(report.withAction(PruneDecision.WOULD_REMOVE).get(0).why())
                .isEqualTo("Due for removal because it is number 4, beyond the newest 3.");
        assertThat(report.withAction(PruneDecision.KEPT).get(0).why())
                .isEqualTo("Kept because it is one of the newest 3 and it is the newest one (no earlier reports"
                        + " given: the newest is kept).");
        assertThat(LifecycleFixtures.sent(log)).noneMatch(c -> c.startsWith("snapshot remove"));
        assertThat(report.summary())
                .isEqualTo("dry run: 9 of 12 snapshots named yyMMdd-HHmmss-PERF would be removed, 3 kept");
        assertThat(PruneText.render(report))
                .contains("would remove   261124-195742-PERF (on sn1, sn2, sn3): Due for"
                        + " removal because it is number 12, beyond the newest 3.");
    }

    @Test
    void removeThatTheAdminCallsSuccessfulButLeavesTheSnapshotListedIsReportedWithItsSns() {
        // lifecycle-healthy answers every remove with a29 (5000 for a name that does not exist) and lists as before
        PruneReport report = prune("lifecycle-healthy.script", new RetentionPolicy("PERF", 3, null, false), null);

        assertThat(report.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(report.withAction(PruneDecision.NOT_REMOVED)).hasSize(9).allSatisfy(e -> {
            assertThat(e.remainingOn()).containsExactly("sn1", "sn2", "sn3");
            assertThat(e.why())
                    .contains("snapshot remove answered 5000 \"Operation ends successfully\", yet it is"
                            + " still listed on sn1, sn2, sn3");
        });
        assertThat(report.withAction(PruneDecision.REMOVED)).isEmpty();
        assertThat(report.summary())
                .isEqualTo("0 removed, 3 kept, 9 could not be removed of 12 snapshots named" + " yyMMdd-HHmmss-PERF");
    }

    @Test
    void storageNodeDownLeavesEachRemovalUnconfirmedThereAndNamesIt() {
        PruneReport report = prune("lifecycle-sn3-down.script", new RetentionPolicy("PERF", 3, null, false), null);

        assertThat(report.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(report.withAction(PruneDecision.NOT_REMOVED)).hasSize(9).allSatisfy(e -> {
            assertThat(e.remainingOn()).isEmpty();
            assertThat(e.unconfirmedOn()).containsExactly("sn3");
            assertThat(e.why())
                    .contains("snapshot remove answered 5500 \"Operation ends successfully\"")
                    .contains("sn3 was not listed afterwards");
        });
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("sn3 could not be listed before (5100"));
    }

    @Test
    void onlyNamesOfTheExactFormAreTouchedNeverAnotherJobsThatSharesAPrefix() {
        // g02 lists 261124-195401-FINAL and 261124-195406-FINALJSON
        PruneReport report = prune("lifecycle-healthy.script", new RetentionPolicy("FINAL", 1, null, true), null);

        assertThat(report.entries()).extracting(PruneEntry::name).containsExactly("261124-195401-FINAL");
    }

    @Test
    void snapshotsThatOneSnMissedAreFoundOnTheOthers() {
        // sn1 was down when 261124-195150-BACKUP and 261124-195154-BACKUP were taken
        PruneReport report = prune("lifecycle-healthy.script", new RetentionPolicy("BACKUP", 1, null, true), null);

        PruneEntry newest = report.entries().get(0);
        assertThat(newest.name()).isEqualTo("261124-195154-BACKUP");
        assertThat(newest.listedOn()).containsExactly("sn2", "sn3");
        assertThat(report.entries())
                .extracting(PruneEntry::name)
                .containsExactly(
                        "261124-195154-BACKUP",
                        "261124-195150-BACKUP",
                        "261124-194046-BACKUP",
                        "261124-194042-BACKUP",
                        "261124-193913-BACKUP",
                        "261124-193906-BACKUP");
    }

    @Test
    void newestSnapshotWithoutAReportAmongGivenReportsSaysNoReportSaysItFailed() {
        RetentionHistory unrelated = new RetentionHistory(Map.of("261124-100000-OTHER", Verdict.FAILURE));

        PruneReport report = prune("lifecycle-healthy.script", new RetentionPolicy("PERF", 3, null, true), unrelated);

        assertThat(report.withAction(PruneDecision.KEPT).get(0).why())
                .isEqualTo("Kept because it is one of the newest 3 and it is the newest one (no report given says it"
                        + " failed).");
    }

    @Test
    void newestSnapshotWhoseReportWasNotFailureIsKeptBeyondTheCount() throws IOException {
        Path reports = temp.resolve("reports");
        LifecycleFixtures.shardDown(reports.resolve("build-7"));
        LifecycleFixtures.rnDown(reports.resolve("build-6"));
        RetentionHistory scanned = RetentionHistory.scan(reports);
        assertThat(scanned.verdicts())
                .containsEntry(LifecycleFixtures.SHARD_DOWN, Verdict.FAILURE)
                .containsEntry(LifecycleFixtures.RN_DOWN, Verdict.UNSTABLE);
        RetentionHistory history = new RetentionHistory(Map.of(
                "261124-195154-BACKUP",
                Verdict.FAILURE,
                "261124-195150-BACKUP",
                Verdict.FAILURE,
                LifecycleFixtures.SHARD_DOWN,
                Verdict.FAILURE,
                "261124-194042-BACKUP",
                Verdict.FAILURE,
                LifecycleFixtures.RN_DOWN,
                Verdict.UNSTABLE));

        PruneReport report = prune("lifecycle-healthy.script", new RetentionPolicy("BACKUP", 1, null, true), history);

        assertThat(report.withAction(PruneDecision.KEPT))
                .extracting(PruneEntry::name, PruneEntry::why)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "261124-195154-BACKUP", "Kept because it is one of the newest 1."),
                        org.assertj.core.groups.Tuple.tuple(
                                LifecycleFixtures.RN_DOWN,
                                "Kept because it is the newest one"
                                        + " whose verdict was not FAILURE (UNSTABLE in its report)."));
        assertThat(report.withAction(PruneDecision.WOULD_REMOVE))
                .filteredOn(e -> e.name().equals(LifecycleFixtures.SHARD_DOWN))
                .singleElement()
                .extracting(PruneEntry::why)
                .asString()
                .endsWith("and its report's verdict was FAILURE.");
    }

    @Test
    void unreachableAdminRemovesNothingAndFails() {
        PruneReport report = prune("connect-fail.script", new RetentionPolicy("PERF", 3, null, false), null);

        assertThat(report.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(report.entries()).isEmpty();
        assertThat(report.summary()).startsWith("nothing was removed: Cannot connect to the admin at 127.0.0.1:5000");
    }

    @Test
    void jsonRoundTrips() throws IOException {
        PruneReport report = prune("lifecycle-sn3-down.script", new RetentionPolicy("PERF", 3, null, false), null);

        assertThat(LifecycleJson.read(LifecycleJson.write(report), PruneReport.class))
                .isEqualTo(report);
    }
}
