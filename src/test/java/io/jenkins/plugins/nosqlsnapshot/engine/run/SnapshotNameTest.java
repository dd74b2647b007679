package io.jenkins.plugins.nosqlsnapshot.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SnapshotNameTest {
    @Test
    void namesTheServerWouldMangleAreRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> SnapshotName.validate("bad/name*?"))
                .hasMessageContaining("'/'")
                .hasMessageContaining("'*'")
                .hasMessageContaining("nested directories");
        assertThatThrownBy(() -> SnapshotName.validate("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SnapshotName.validate("with space")).hasMessageContaining("a blank");
        assertThatThrownBy(() -> SnapshotName.validate("tab\there")).hasMessageContaining("U+0009");
        assertThatThrownBy(() -> SnapshotName.validate("x".repeat(101))).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> SnapshotName.validate("ünïcode")).hasMessageContaining("'ü'");
        assertThatThrownBy(() -> SnapshotName.validate("..")).hasMessageContaining("not allowed");
    }

    @Test
    void ordinaryNamesPass() {
        assertThat(SnapshotName.validate("pre-upgrade_42.v1")).isEqualTo("pre-upgrade_42.v1");
    }

    @Test
    void requestedPartIsWhatFollowsTheTimestamp() {
        assertThat(SnapshotName.requestedPart("261124-193328-BACKUP")).isEqualTo("BACKUP");
        assertThat(SnapshotName.requestedPart("261124-193733-")).isEmpty();
        assertThat(SnapshotName.requestedPart("BACKUP")).isNull();
    }

    @Test
    void zoneIdsUseZnAndNamesUseZnname() {
        assertThat(new SnapshotRequest("X", "zn1", null, null).createCommand())
                .isEqualTo("snapshot create -name X -zn zn1");
        assertThat(new SnapshotRequest("X", "Boston", null, null).createCommand())
                .isEqualTo("snapshot create -name X -znname Boston");
        assertThatThrownBy(() -> new SnapshotRequest("X", "a zone", null, null)).hasMessageContaining("zone");
    }
}
