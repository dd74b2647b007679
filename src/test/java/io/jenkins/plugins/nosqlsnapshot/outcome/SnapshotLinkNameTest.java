package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnapshotLinkNameTest {
    @Test
    void theFirstSnapshotsLinkIsShortAndNamesNoSnapshot() {
        assertEquals("NoSQL snapshot", SnapshotLinkName.of(1));
    }

    @Test
    void aSecondSnapshotInTheSameBuildIsNumberedSoTheLinksDiffer() {
        assertEquals("NoSQL snapshot 2", SnapshotLinkName.of(2));
    }
}
