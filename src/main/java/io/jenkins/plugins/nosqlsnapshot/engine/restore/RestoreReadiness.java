package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import java.util.List;

/**
 * The answer of a restore check, as written to {@code restore-check.json}.
 *
 * @param snapshotName the saved snapshot's full name, or null when the saved run took none
 * @param savedVerdict the verdict the saved run gave its snapshot
 * @param path         the answer
 * @param summary      one sentence saying the answer and why
 * @param differences  each way the current topology differs from the snapshot's, as a sentence
 * @param reasons      everything else that decided the answer (missing copies, unreadable SNs), most severe first
 * @param notes        what to know before following the steps
 * @param warnings     what the steps cost and must not be done, to read before the first step; empty without steps
 *                     (absent from {@code restore-check.json} written before it existed)
 * @param presence     for each SN of the snapshot's topology, whether it still lists the snapshot
 * @param adminSource  the admin snapshot for {@code load -load-admin}, or null when none is left
 * @param shardSources one directory per shard to load from (master at snapshot time preferred)
 * @param steps        the runbook of the chosen path, in order (commands and waits); empty when there is none
 * @param adminLaunches how many admin JVMs the check started (1, or 0 when it could not start one)
 */
public record RestoreReadiness(
        int schemaVersion,
        String snapshotName,
        String storeName,
        Verdict savedVerdict,
        RestorePath path,
        String summary,
        List<String> differences,
        List<String> reasons,
        List<String> notes,
        List<String> warnings,
        List<SnapshotPresence> presence,
        LoadSource adminSource,
        List<LoadSource> shardSources,
        List<RestoreStep> steps,
        int adminLaunches,
        List<CommandRecord> commands,
        String checkedAt,
        long durationMillis) {
    public static final int SCHEMA_VERSION = 1;

    public RestoreReadiness {
        differences = List.copyOf(differences);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        presence = List.copyOf(presence);
        shardSources = List.copyOf(shardSources);
        steps = List.copyOf(steps);
        commands = List.copyOf(commands);
    }
}
