package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;

/** A started admin process: its three streams, its exit, and a way to end it with its children. */
public interface RunningProcess {
    OutputStream stdin();

    InputStream stdout();

    InputStream stderr();

    boolean isAlive();

    /** Waits at most {@code timeout}; the exit code, or empty while it still runs. */
    OptionalInt waitFor(Duration timeout) throws InterruptedException;

    /** Ends the process and every process it started. Safe to call more than once. */
    void kill();

    /**
     * Whether the process still works after its last answer, so that its exit must not be cut short: a JVM that
     * writes a class-data archive when it exits ({@link ClassSharingRunner}).
     */
    default boolean worksAtExit() {
        return false;
    }
}
