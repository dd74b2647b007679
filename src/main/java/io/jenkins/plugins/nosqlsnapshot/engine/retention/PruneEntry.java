package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import java.util.List;

/**
 * One snapshot of the job and what prune did with it.
 *
 * @param takenAt       the local time in its name, ISO-8601 ({@code 2026-11-24T19:57:42})
 * @param why           the rule that decided, as a sentence
 * @param listedOn      the SNs that listed it before
 * @param remainingOn   the SNs that still list it after {@code snapshot remove}
 * @param unconfirmedOn the SNs that could not be listed after {@code snapshot remove}
 */
public record PruneEntry(
        String name,
        String takenAt,
        PruneDecision action,
        String why,
        List<String> listedOn,
        List<String> remainingOn,
        List<String> unconfirmedOn) {
    public PruneEntry {
        listedOn = List.copyOf(listedOn);
        remainingOn = List.copyOf(remainingOn);
        unconfirmedOn = List.copyOf(unconfirmedOn);
    }

    PruneEntry withOutcome(PruneDecision outcome, String reason, List<String> remaining, List<String> unconfirmed) {
        return new PruneEntry(name, takenAt, outcome, reason, listedOn, remaining, unconfirmed);
    }
}
