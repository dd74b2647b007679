package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.SnapshotListings;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides, from the listings of every SN, which of one job's snapshots to keep and which to remove. Pure.
 * Snapshots of other names, and names not of the {@code yyMMdd-HHmmss-NAME} form, are never considered.
 */
final class RetentionPlan {
    private RetentionPlan() {}

    /**
     * @param now the admin host's local time now, the clock the snapshot names were written with
     * @return every snapshot of the job, newest first, each KEPT or WOULD_REMOVE with the rule that decided
     */
    static List<PruneEntry> decide(
            RetentionPolicy policy, SnapshotListings listings, RetentionHistory history, LocalDateTime now) {
        List<DatedSnapshot> mine = listings.allNames().stream()
                .map(n -> DatedSnapshot.parse(n, policy.name()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(DatedSnapshot::takenAt)
                        .thenComparing(DatedSnapshot::fullName)
                        .reversed())
                .toList();
        DatedSnapshot lastGood = mine.stream()
                .filter(s -> history.verdictOf(s.fullName()) != Verdict.FAILURE)
                .findFirst()
                .orElse(null);
        List<PruneEntry> entries = new ArrayList<>();
        for (int rank = 0; rank < mine.size(); rank++) {
            DatedSnapshot snapshot = mine.get(rank);
            Duration age = Duration.between(snapshot.takenAt(), now);
            List<String> keptBecause = new ArrayList<>();
            if (policy.keep() != null && rank < policy.keep()) {
                keptBecause.add("it is one of the newest " + policy.keep());
            }
            if (policy.maxAge() != null && age.compareTo(policy.maxAge()) < 0) {
                keptBecause.add("it is " + human(age) + " old, younger than " + human(policy.maxAge()));
            }
            if (snapshot == lastGood) {
                Verdict verdict = history.verdictOf(snapshot.fullName());
                keptBecause.add(
                        verdict == null
                                ? history.verdicts().isEmpty()
                                        ? "it is the newest one (no earlier reports given: the newest is kept)"
                                        : "it is the newest one (no report given says it failed)"
                                : "it is the newest one whose verdict was not FAILURE (" + verdict + " in its report)");
            }
            String why;
            PruneDecision action;
            if (keptBecause.isEmpty()) {
                action = PruneDecision.WOULD_REMOVE;
                List<String> because = new ArrayList<>();
                if (policy.keep() != null) {
                    because.add("it is number " + (rank + 1) + ", beyond the newest " + policy.keep());
                }
                if (policy.maxAge() != null) {
                    because.add("it is " + human(age) + " old, older than " + human(policy.maxAge()));
                }
                Verdict verdict = history.verdictOf(snapshot.fullName());
                if (verdict == Verdict.FAILURE) {
                    because.add("its report's verdict was FAILURE");
                }
                why = "Due for removal because " + String.join(" and ", because) + ".";
            } else {
                action = PruneDecision.KEPT;
                why = "Kept because " + String.join(" and ", keptBecause) + ".";
            }
            List<String> on = listings.holding(snapshot.fullName());
            entries.add(new PruneEntry(
                    snapshot.fullName(), snapshot.takenAt().toString(), action, why, on, List.of(), List.of()));
        }
        return entries;
    }

    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 86_400 && seconds % 86_400 == 0 || seconds >= 7 * 86_400) {
            return seconds / 86_400 + " d";
        }
        if (seconds >= 3_600) {
            long hours = seconds / 3_600;
            long minutes = seconds % 3_600 / 60;
            return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
