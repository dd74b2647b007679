package io.jenkins.plugins.nosqlsnapshot.engine.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where one run's time went: its phases in the order they started (the admin's exit starts right after its last
 * answer, before the verdict), and the total from the run's start to the end of
 * the last one (the reports and the admin's exit run side by side, so the total is not the sum).
 */
public record Timeline(long totalMillis, List<TimelinePhase> phases) {
    public static final Timeline NONE = new Timeline(0, List.of());

    public Timeline {
        List<TimelinePhase> sorted = new ArrayList<>(phases == null ? List.of() : phases);
        sorted.sort(Comparator.comparingLong(TimelinePhase::startMillis));
        phases = List.copyOf(sorted);
    }

    /** This timeline and one more phase. */
    public Timeline and(TimelinePhase phase) {
        List<TimelinePhase> more = new ArrayList<>(phases);
        more.add(phase);
        return new Timeline(Math.max(totalMillis, phase.endMillis()), more);
    }

    /** The first phase of that kind, or null. */
    public TimelinePhase first(TimelinePhase.Kind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
    }
}
