package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.LifecycleFixtures;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot-then-prune flow against the fake admin replaying the real store's answers. */
class SnapshotThenPruneTest {
    @TempDir
    Path temp;

    private static SnapshotRequest batch() {
        return new SnapshotRequest("BATCH", null, Policy.DEFAULT, SessionLimits.DEFAULT);
    }

    @Test
    void aFailedSnapshotPrunesNothingAndReadsNoHistory() {
        Path log = temp.resolve("commands.log");
        AdminTarget target = LifecycleFixtures.fakeAdmin("connect-fail.script", log);
        AtomicInteger historyReads = new AtomicInteger();
        SnapshotThenPrune.Outcome outcome = new SnapshotThenPrune(new LocalProcessRunner(), null, PruneTest.AFTER_G02)
                .run(target, batch(), new RetentionPolicy("BATCH", 1, null, false), () -> {
                    historyReads.incrementAndGet();
                    return RetentionHistory.NONE;
                });
        assertThat(outcome.snapshot().report().verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(outcome.prune()).isNull();
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(historyReads).hasValue(0);
        assertThat(LifecycleFixtures.sent(log)).noneMatch(c -> c.startsWith("snapshot remove"));
    }

    @Test
    void withoutAPolicyOnlyTheSnapshotRuns() {
        Path log = temp.resolve("commands.log");
        SnapshotThenPrune.Outcome outcome = new SnapshotThenPrune(new LocalProcessRunner(), null, PruneTest.AFTER_G02)
                .run(LifecycleFixtures.fakeAdmin("healthy.script", log), batch(), null, () -> RetentionHistory.NONE);
        assertThat(outcome.snapshot().report().verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(outcome.prune()).isNull();
        assertThat(outcome.verdict()).isEqualTo(Verdict.SUCCESS);
    }

    @Test
    void aGoodSnapshotIsFollowedByThePruneInASecondSessionThatKeepsTheNewSnapshot() {
        Path log = temp.resolve("commands.log");
        SnapshotThenPrune.Outcome outcome = new SnapshotThenPrune(new LocalProcessRunner(), null, PruneTest.AFTER_G02)
                .run(
                        LifecycleFixtures.fakeAdmin("healthy.script", log),
                        batch(),
                        new RetentionPolicy("BATCH", 1, null, true),
                        () -> RetentionHistory.NONE);
        assertThat(outcome.snapshot().report().verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(outcome.prune()).isNotNull();
        assertThat(outcome.prune().withAction(PruneDecision.KEPT))
                .extracting(PruneEntry::name)
                .contains(outcome.snapshot().report().snapshotName());
        assertThat(LifecycleFixtures.sent(log)).noneMatch(c -> c.startsWith("snapshot remove"));
    }

    @Test
    void anAbortNeverPrunesAndOnlyAGoodSnapshotDoes() {
        RetentionPolicy policy = new RetentionPolicy("BATCH", 1, null, false);
        assertThat(SnapshotThenPrune.shouldPrune(policy, Verdict.SUCCESS, false))
                .isTrue();
        assertThat(SnapshotThenPrune.shouldPrune(policy, Verdict.UNSTABLE, false))
                .isTrue();
        assertThat(SnapshotThenPrune.shouldPrune(policy, Verdict.FAILURE, false))
                .isFalse();
        assertThat(SnapshotThenPrune.shouldPrune(policy, Verdict.SUCCESS, true)).isFalse();
        assertThat(SnapshotThenPrune.shouldPrune(null, Verdict.SUCCESS, false)).isFalse();
    }

    @Test
    void aPruneThatFellShortMakesAGoodSnapshotUnstableButNeverFailsIt() {
        PruneReport unstable = prune(Verdict.UNSTABLE);
        PruneReport failed = prune(Verdict.FAILURE);
        assertThat(SnapshotThenPrune.combined(Verdict.SUCCESS, null)).isEqualTo(Verdict.SUCCESS);
        assertThat(SnapshotThenPrune.combined(Verdict.SUCCESS, prune(Verdict.SUCCESS)))
                .isEqualTo(Verdict.SUCCESS);
        assertThat(SnapshotThenPrune.combined(Verdict.SUCCESS, unstable)).isEqualTo(Verdict.UNSTABLE);
        assertThat(SnapshotThenPrune.combined(Verdict.SUCCESS, failed)).isEqualTo(Verdict.UNSTABLE);
        assertThat(SnapshotThenPrune.combined(Verdict.UNSTABLE, failed)).isEqualTo(Verdict.UNSTABLE);
        assertThat(SnapshotThenPrune.combined(Verdict.FAILURE, prune(Verdict.SUCCESS)))
                .isEqualTo(Verdict.FAILURE);
    }

    private static PruneReport prune(Verdict verdict) {
        return new PruneReport(
                PruneReport.SCHEMA_VERSION,
                "BATCH",
                1,
                null,
                false,
                verdict,
                verdict.name(),
                List.of(),
                List.of(),
                1,
                List.of(),
                "2026-11-24T20:05:00Z",
                1L);
    }
}
