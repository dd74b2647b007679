package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import java.util.List;

/**
 * What a prune did, as written to {@code prune.json}.
 *
 * @param verdict  SUCCESS when every planned removal is confirmed on every SN (or nothing was due, or a dry run);
 *                 UNSTABLE when a snapshot could not be removed or an SN could not be listed; FAILURE when the
 *                 store could not be asked at all
 * @param entries  every snapshot of the job, newest first
 * @param problems sentences on what went wrong (unreadable SN, failed session)
 * @param maxAge   ISO-8601 duration, or null
 */
public record PruneReport(
        int schemaVersion,
        String name,
        Integer keep,
        String maxAge,
        boolean dryRun,
        Verdict verdict,
        String summary,
        List<PruneEntry> entries,
        List<String> problems,
        int adminLaunches,
        List<CommandRecord> commands,
        String startedAt,
        long durationMillis) {
    public static final int SCHEMA_VERSION = 1;

    public PruneReport {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        commands = List.copyOf(commands);
    }

    public List<PruneEntry> withAction(PruneDecision action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }
}
