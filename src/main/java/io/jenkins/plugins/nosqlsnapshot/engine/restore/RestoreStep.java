package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One step of the restore runbook, in order: a command to run, a wait with the command that shows when it is over, or
 * the data check the operator makes before the rolling restart.
 *
 * @param storageNode      the SN it runs on, or null when it runs wherever {@code load} (or {@code ping}) can run
 * @param host             that SN's host, or null
 * @param command          the command line, ready to paste on its own into a shell on that host; for a wait, the
 *                         command to check with; for the data check, an example whose {@code <TABLE>} the operator
 *                         replaces (unedited, a shell refuses it)
 * @param kind             a command to run, a wait before the next step, or the data check
 * @param waitFor          ({@code wait} in JSON) for a wait or the data check, what to look for and what to do; null
 *                         for a command
 * @param warning          what to know before running this step, or null
 * @param phase            which part of the runbook it belongs to; null in {@code restore-check.json} written before
 *                         phases existed
 * @param runOnce          whether running it a second time loses data (the restoring starts): never in a loop or a
 *                         script
 * @param timeLimitSeconds for a wait, how long it may take before something is wrong; null for a command
 * @param logFiles         for a wait, the files to read when the time limit has passed (absolute paths on the
 *                         step's host, or on each SN's host for a store-wide wait); empty otherwise
 */
public record RestoreStep(
        String storageNode,
        String host,
        String command,
        Kind kind,
        @JsonProperty("wait") String waitFor,
        String warning,
        Phase phase,
        boolean runOnce,
        Integer timeLimitSeconds,
        List<String> logFiles) {
    /** What the step is: {@code restore-check.json} written before waits were steps has commands only. */
    public enum Kind {
        COMMAND,
        WAIT,
        /** Check the restored data before the rolling restart; the command is an example to edit. */
        VERIFY_DATA
    }

    /** The parts of a runbook, in the order they come. */
    public enum Phase {
        /** Stop every SN and wait until its processes have exited. */
        STOP,
        /** The restoring starts: each exactly once. */
        RESTORE,
        /** Wait for a clean {@code ping}, then check the data. */
        VERIFY,
        /** Restart every SN with the plain start, one at a time, to end restore mode. */
        ROLLING_RESTART,
        /** {@code load} into a new store. */
        LOAD
    }

    public RestoreStep {
        kind = kind == null ? Kind.COMMAND : kind;
        logFiles = logFiles == null ? List.of() : List.copyOf(logFiles);
    }

    /** A plain command, as every step was before waits and warnings were steps. */
    public RestoreStep(String storageNode, String host, String command) {
        this(storageNode, host, command, Kind.COMMAND, null, null, null, false, null, List.of());
    }

    /** A command of a phase, with what to know before it (or null). */
    static RestoreStep command(String storageNode, String host, String command, Phase phase, String warning) {
        return new RestoreStep(storageNode, host, command, Kind.COMMAND, null, warning, phase, false, null, List.of());
    }

    /** A wait: its check, what it shows when it is over, how long it may take and what to read after that. */
    static RestoreStep waitFor(
            String storageNode,
            String host,
            String check,
            Phase phase,
            String waitFor,
            int timeLimitSeconds,
            List<String> logFiles) {
        return new RestoreStep(
                storageNode, host, check, Kind.WAIT, waitFor, null, phase, false, timeLimitSeconds, logFiles);
    }
}
