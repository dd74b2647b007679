package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotHistoryTest {
    private static SnapshotHistory.Taken taken(String url, Verdict verdict, ComponentStatus rn2) {
        return new SnapshotHistory.Taken(
                url,
                SnapshotSummary.of(
                        Reports.report(verdict, List.of(), rn2, ComponentStatus.OK),
                        "nosql-snapshot/251124-101500-nightly",
                        true,
                        true));
    }

    @Test
    void afterAFailedSnapshotTheJobPageShowsTheFailureNotTheLastSuccess() {
        SnapshotHistory h = SnapshotHistory.of(List.of(
                new SnapshotHistory.Build(
                        42, "FAILURE", List.of(taken("nosql-snapshot-b", Verdict.FAILURE, ComponentStatus.FAILED))),
                new SnapshotHistory.Build(
                        41, "SUCCESS", List.of(taken("nosql-snapshot-a", Verdict.SUCCESS, ComponentStatus.OK)))));
        assertEquals(42, h.latest().build());
        assertEquals("FAILURE", h.latest().verdict());
        assertEquals("42/nosql-snapshot-b/", h.latest().path());
    }

    @Test
    void aLastBuildThatTookNoSnapshotIsShownAsSuchRatherThanAnOlderSnapshot() {
        SnapshotHistory h = SnapshotHistory.of(List.of(
                new SnapshotHistory.Build(43, "FAILURE", List.of()),
                new SnapshotHistory.Build(
                        42, "SUCCESS", List.of(taken("nosql-snapshot-a", Verdict.SUCCESS, ComponentStatus.OK)))));
        assertEquals(43, h.latest().build());
        assertFalse(h.latest().isTaken());
        assertNull(h.latest().path());
        assertEquals(1, h.rows().size(), "the older snapshot is still in the table");
    }

    @Test
    void theTableListsEverySnapshotOfTheLastTenBuildsNewestFirstWithItsShardsAndDuration() {
        List<SnapshotHistory.Build> builds = new ArrayList<>();
        for (int n = 15; n >= 1; n--) {
            builds.add(new SnapshotHistory.Build(
                    n,
                    "UNSTABLE",
                    List.of(
                            taken("nosql-snapshot-first", Verdict.SUCCESS, ComponentStatus.OK),
                            taken("nosql-snapshot-second", Verdict.UNSTABLE, ComponentStatus.FAILED))));
        }
        SnapshotHistory h = SnapshotHistory.of(builds);
        assertEquals(20, h.rows().size(), "two snapshots in each of ten builds");
        SnapshotHistory.Row newest = h.rows().get(0);
        assertEquals(15, newest.build());
        assertEquals("15/nosql-snapshot-second/", newest.path());
        assertEquals("UNSTABLE", newest.verdict());
        assertEquals(1, newest.shardsDegraded());
        assertEquals(0, newest.shardsLost());
        assertEquals("1.2 s", newest.duration());
        assertEquals(6, h.rows().get(19).build());
        assertEquals("15/nosql-snapshot-second/", h.latest().path(), "a build's last snapshot speaks for it");
    }

    @Test
    void aJobWithoutCompletedBuildsHasNothingToShow() {
        SnapshotHistory h = SnapshotHistory.of(List.of());
        assertNull(h.latest());
        assertEquals(List.of(), h.rows());
    }

    @Test
    void durationsAreShortAndAnUnknownOneIsADash() {
        assertEquals("0.3 s", SnapshotHistory.duration(300));
        assertEquals("3 min 05 s", SnapshotHistory.duration(185_000));
        assertEquals("\u2014", SnapshotHistory.duration(0));
    }
}
