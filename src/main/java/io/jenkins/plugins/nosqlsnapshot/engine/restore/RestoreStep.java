package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One step of the restore runbook, in order: a command to run, or a wait with the command that shows when it is over.
 *
 * @param storageNode the SN it runs on, or null when it runs wherever {@code load} (or {@code ping}) can run
 * @param host        that SN's host, or null
 * @param command     the command line, ready to paste into a shell on that host; for a wait, the command to check with
 * @param kind        a command to run, or a wait before the next step
 * @param waitFor     ({@code wait} in JSON) for a wait, what to wait for and how its check shows it; null for a command
 * @param warning     what to know before running this step, or null
 * @param detached    the same command detached with its output in a log file, for a command that never returns; or
 *                    null
 */
public record RestoreStep(
        String storageNode,
        String host,
        String command,
        Kind kind,
        @JsonProperty("wait") String waitFor,
        String warning,
        String detached) {
    /** What the step is: {@code restore-check.json} written before waits were steps has commands only. */
    public enum Kind {
        COMMAND,
        WAIT
    }

    public RestoreStep {
        kind = kind == null ? Kind.COMMAND : kind;
    }

    /** A plain command, as every step was before waits and warnings were steps. */
    public RestoreStep(String storageNode, String host, String command) {
        this(storageNode, host, command, Kind.COMMAND, null, null, null);
    }
}
