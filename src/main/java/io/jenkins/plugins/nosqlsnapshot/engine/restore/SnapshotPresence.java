package io.jenkins.plugins.nosqlsnapshot.engine.restore;

/**
 * Whether a Storage Node of the snapshot still has it.
 *
 * @param held   whether the saved report says the SN received a copy (admin, RN or configuration)
 * @param state  HELD (listed now), GONE (not listed now), UNKNOWN (the SN could not be listed), NEVER (never held)
 * @param detail the listing error for UNKNOWN, otherwise null
 */
public record SnapshotPresence(String storageNode, String host, boolean held, State state, String detail) {
    public enum State {
        HELD,
        GONE,
        UNKNOWN,
        NEVER
    }
}
