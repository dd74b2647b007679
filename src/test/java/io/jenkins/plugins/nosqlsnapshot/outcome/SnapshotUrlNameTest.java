package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotUrlNameTest {
    @Test
    void theUrlNamesTheReportDirectorySoItIsStableWhateverOrderBranchesFinishIn() {
        assertEquals(
                "nosql-snapshot-261201-225258-nightly",
                SnapshotUrlName.of("nosql-snapshot/261201-225258-nightly", "nightly", Set.of()));
    }

    @Test
    void twoParallelSnapshotsOfOneBuildGetTwoUrls() {
        List<String> taken = new ArrayList<>();
        taken.add(SnapshotUrlName.of("nosql-snapshot/261201-225258-east", "east", taken));
        taken.add(SnapshotUrlName.of("nosql-snapshot/261201-225258-west", "west", taken));
        assertNotEquals(taken.get(0), taken.get(1));
    }

    @Test
    void theSameDirectoryTwiceIsNumberedRatherThanHidingTheFirstPage() {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(SnapshotUrlName.of("nosql-snapshot/nightly", "nightly", taken));
        }
        assertEquals(List.of("nosql-snapshot-nightly", "nosql-snapshot-nightly-2", "nosql-snapshot-nightly-3"), taken);
    }

    @Test
    void withoutADirectoryTheRequestedNameIsUsedAndMadeSafeForAUrl() {
        assertEquals("nosql-snapshot-a_b_c", SnapshotUrlName.of(null, "a/b c", Set.of()));
        assertEquals("nosql-snapshot-unnamed", SnapshotUrlName.of(null, null, Set.of()));
    }

    @Test
    void pagesRecordedBeforeKeepTheirNumberedUrl() {
        assertEquals("nosql-snapshot-2", SnapshotUrlName.legacy(2));
    }
}
