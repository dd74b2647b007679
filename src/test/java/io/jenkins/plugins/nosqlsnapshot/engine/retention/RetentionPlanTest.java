package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nosqlsnapshot.engine.survey.SnapshotListings;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The keep rules alone, on the names the real store listed (g02, e09). */
class RetentionPlanTest {
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-24T20:05:00");
    /** sn2's listing in g02. */
    private static final List<String> SN2 = List.of(
            "261124-194316-ZONEDOWN",
            "261124-195401-FINAL",
            "261124-194748-VIA6000",
            "261124-200120-BATCH",
            "261124-194503-DURINGPLAN",
            "261124-195327-V1INTER",
            "261124-195904-PERF",
            "261124-195748-PERF",
            "261124-195204-HH",
            "261124-195742-PERF",
            "261124-195150-BACKUP",
            "261124-195923-PERF",
            "261124-193913-BACKUP",
            "261124-195837-PERF",
            "261124-195948-PERF",
            "261124-193906-BACKUP",
            "261124-195830-PERF",
            "261124-195930-PERF",
            "261124-195406-FINALJSON",
            "261124-194046-BACKUP",
            "261124-195955-PERF",
            "261124-195154-BACKUP",
            "261124-195857-PERF",
            "261124-200015-PERF",
            "261124-195809-PERF",
            "261124-194042-BACKUP",
            "261124-194454-DURINGPLAN");

    private static List<PruneEntry> decide(RetentionPolicy policy) {
        return RetentionPlan.decide(
                policy, new SnapshotListings(Map.of("sn2", SN2), Map.of()), RetentionHistory.NONE, NOW);
    }

    @Test
    void maxAgeKeepsTheYoungerOnesAndRemovesTheOlder() {
        List<PruneEntry> entries = decide(new RetentionPolicy("PERF", null, Duration.ofMinutes(6), false));

        assertThat(entries)
                .filteredOn(e -> e.action() == PruneDecision.KEPT)
                .extracting(PruneEntry::name)
                .containsExactly(
                        "261124-200015-PERF",
                        "261124-195955-PERF",
                        "261124-195948-PERF",
                        "261124-195930-PERF",
                        "261124-195923-PERF",
                        "261124-195904-PERF");
        assertThat(entries.get(6)).satisfies(e -> {
            assertThat(e.name()).isEqualTo("261124-195857-PERF");
            assertThat(e.why()).isEqualTo("Due for removal because it is 6 min old, older than 6 min.");
        });
    }

    @Test
    void keepAndMaxAgeTogetherKeepWhatEitherRuleKeeps() {
        List<PruneEntry> entries = decide(new RetentionPolicy("PERF", 8, Duration.ofMinutes(6), false));

        assertThat(entries).filteredOn(e -> e.action() == PruneDecision.KEPT).hasSize(8);
        assertThat(entries.get(7).why()).isEqualTo("Kept because it is one of the newest 8.");
    }

    @Test
    void whenEveryOneIsTooOldTheNewestIsStillKept() {
        List<PruneEntry> entries = decide(new RetentionPolicy("BACKUP", null, Duration.ofMinutes(1), false));

        assertThat(entries.get(0).action()).isEqualTo(PruneDecision.KEPT);
        assertThat(entries.get(0).name()).isEqualTo("261124-195154-BACKUP");
        assertThat(entries.subList(1, entries.size()))
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(PruneDecision.WOULD_REMOVE));
    }

    @Test
    void onlyTheExactDatedFormMatches() {
        assertThat(DatedSnapshot.parse("261124-193719-bad", "bad")).isPresent();
        assertThat(DatedSnapshot.parse("261124-193334-BACKUPV1", "BACKUP")).isEmpty();
        assertThat(DatedSnapshot.parse("261124-193334-nightly-BACKUP", "BACKUP"))
                .isEmpty();
        assertThat(DatedSnapshot.parse("BACKUP", "BACKUP")).isEmpty();
        assertThat(DatedSnapshot.parse("261399-193334-BACKUP", "BACKUP")).isEmpty();
        assertThat(DatedSnapshot.parse("261124-193328-BACKUP", "BACKUP")
                        .orElseThrow()
                        .takenAt())
                .isEqualTo(LocalDateTime.parse("2026-11-24T19:33:28"));
    }

    @Test
    void policyRefusesNamesTheServerWouldNestAndRulesThatKeepNothing() {
        assertThatThrownBy(() -> new RetentionPolicy("bad/name", 3, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/'");
        assertThatThrownBy(() -> new RetentionPolicy("PERF", null, null, false))
                .hasMessageContaining("keep")
                .hasMessageContaining("maxAge");
        assertThatThrownBy(() -> new RetentionPolicy("PERF", 0, null, false)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new RetentionPolicy("PERF", null, Duration.ZERO, false))
                .hasMessageContaining("positive");
    }
}
