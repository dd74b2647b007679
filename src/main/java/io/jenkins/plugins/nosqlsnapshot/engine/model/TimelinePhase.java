package io.jenkins.plugins.nosqlsnapshot.engine.model;

/**
 * One phase of a run, in milliseconds since the run started ({@code startedAt}).
 *
 * @param phase what ran: {@code admin start}, a command as it was sent, {@code verdict}, {@code reports},
 *              {@code admin exit}
 * @param note  how the admin ended (by itself, or ended after its grace), or null
 */
public record TimelinePhase(String phase, Kind kind, long startMillis, long durationMillis, String note) {
    /** What a phase is. */
    public enum Kind {
        /** From the admin JVM's launch to its first prompt: JVM start, connection, login. */
        ADMIN_START,
        /** One admin command, until its answer arrived; a command written with others starts when the one before it was answered. */
        COMMAND,
        VERDICT,
        /** Rendering and writing the report files, while the admin exits. */
        REPORTS,
        /** From {@code exit} until the admin's process tree was gone. */
        ADMIN_EXIT
    }

    public long endMillis() {
        return startMillis + durationMillis;
    }
}
