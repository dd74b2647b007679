package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * The restore procedure as an operator follows it literally: the commands of {@link RestoreCommands} (or of another
 * kind of store) in order, with the waits between them and what each one costs. Measured on a 3-SN Oracle NoSQL 25.3
 * store: 46 s of stops, one Storage Node Agent alive ~7 s after its {@code stop} returned, ~91 s from the first start
 * to a healthy {@code ping}; the store came back with exactly the rows of snapshot time.
 */
public final class RestoreRunbook {
    /** Item 5 of the procedure: what every restore costs. */
    public static final String COST = "A restore discards every write made since the snapshot was taken, and the whole"
            + " store is down from the first stop until ping reports it RUNNING again (measured: ~2.5 min for 3"
            + " Storage Nodes; it grows with the number of Storage Nodes and the data).";
    /** Item 4: the restore line rolls the store back each time it runs. */
    public static final String RUN_ONCE = "Run each start ... -restore-from-snapshot line exactly once: run again (from"
            + " a runbook, a boot script, a service definition) it rolls the store back to the snapshot again and"
            + " loses every write made since. Later restarts use plain start -root ...; never put the restore line in"
            + " a boot script.";
    /** {@link #RUN_ONCE} for a store restarted with {@code kvlite}. */
    public static final String RUN_ONCE_KVLITE =
            "Run the kvlite ... -restore-from-snapshot line exactly once: run again"
                    + " (from a runbook, a boot script, a service definition) it rolls the store back to the snapshot again and"
                    + " loses every write made since. Later restarts use plain kvlite -root ... without -restore-from-snapshot;"
                    + " never put the restore line in a boot script.";
    /** Item 4: the check's answer does not change once a restore is applied. */
    public static final String CANNOT_TELL = "restore-check cannot tell whether a restore was already applied: it"
            + " still answers IN_PLACE afterwards.";
    /** The wait after the stops. */
    public static final String WAIT_STOPPED = "every process of this Storage Node has exited, before any start: the"
            + " check prints nothing then (a Storage Node Agent can live seconds longer than its stop command).";
    /** The wait after the starts. */
    public static final String WAIT_RUNNING = "ping reports every Replication Node and admin RUNNING and exits 0"
            + " (measured: ~91 s for 3 Storage Nodes; until then it answers 5300/5301 or may hang for a minute: run"
            + " it again).";
    /** The warning of a restoring start. */
    public static final String FOREGROUND = "It runs in the foreground and does not return: run it the way this site"
            + " runs its Storage Nodes (its service manager), or detached with a log as shown.";

    private RestoreRunbook() {}

    /**
     * The commands of one Storage Node (or of a single-process store) for an in-place restore.
     *
     * @param storageNode  the SN, e.g. {@code sn1}
     * @param host         its host
     * @param stop         stops it
     * @param stoppedCheck prints nothing once every process of it has exited
     * @param restore      starts it from the snapshot; runs in the foreground
     * @param detached     {@code restore}, detached with its output in a log file
     * @param restart      the plain start for every later restart
     */
    public record NodeCommands(
            String storageNode,
            String host,
            String stop,
            String stoppedCheck,
            String restore,
            String detached,
            String restart) {}

    /** The steps and the warnings to read before the first one. */
    public record Runbook(List<String> warnings, List<RestoreStep> steps) {
        public Runbook {
            warnings = List.copyOf(warnings);
            steps = List.copyOf(steps);
        }
    }

    /**
     * Stop every node; wait until each has exited; start each from the snapshot (exactly once); wait until {@code ping}
     * reports everything RUNNING.
     *
     * @param ping the {@code ping} command with the check's connection
     */
    public static Runbook inPlace(List<NodeCommands> nodes, String ping) {
        return new Runbook(List.of(COST, RUN_ONCE, CANNOT_TELL), steps(nodes, ping));
    }

    /**
     * A KVLite's one node through {@code kvlite}, with the same waits; first the line that names the {@code start}
     * form, for the single-SN store of the same shape that was deployed with {@code makebootconfig}.
     *
     * @param otherwise that line
     */
    public static Runbook kvlite(NodeCommands node, String ping, String otherwise) {
        return new Runbook(List.of(otherwise, COST, RUN_ONCE_KVLITE, CANNOT_TELL), steps(List.of(node), ping));
    }

    private static List<RestoreStep> steps(List<NodeCommands> nodes, String ping) {
        List<RestoreStep> steps = new ArrayList<>();
        for (NodeCommands node : nodes) {
            steps.add(new RestoreStep(node.storageNode(), node.host(), node.stop()));
        }
        for (NodeCommands node : nodes) {
            steps.add(new RestoreStep(
                    node.storageNode(),
                    node.host(),
                    node.stoppedCheck(),
                    RestoreStep.Kind.WAIT,
                    WAIT_STOPPED,
                    null,
                    null));
        }
        for (NodeCommands node : nodes) {
            steps.add(new RestoreStep(
                    node.storageNode(),
                    node.host(),
                    node.restore(),
                    RestoreStep.Kind.COMMAND,
                    null,
                    FOREGROUND + " Run it exactly once; every later restart of " + node.storageNode() + " is: "
                            + node.restart(),
                    node.detached()));
        }
        steps.add(new RestoreStep(null, null, ping, RestoreStep.Kind.WAIT, WAIT_RUNNING, null, null));
        return steps;
    }

    /** The two {@code load} commands into a new, empty store. */
    public static Runbook load(List<RestoreStep> loads) {
        return new Runbook(
                List.of("A reload discards every write made since the snapshot was taken: the new store holds the"
                        + " data of snapshot time only."),
                loads);
    }
}
