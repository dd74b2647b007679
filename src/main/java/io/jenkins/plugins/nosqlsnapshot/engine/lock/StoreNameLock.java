package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import java.io.IOException;

/**
 * The second lock of a run, keyed by the store's own name: the flows call it as soon as their first
 * {@code show topology} names the store, before anything is taken or removed ({@link RunLocks}).
 */
@FunctionalInterface
public interface StoreNameLock {
    /** For runs that hold no lock (tests, {@code evaluate}). */
    StoreNameLock NONE = storeName -> {};

    /**
     * Holds the lock of {@code storeName} until the run ends, waiting while another run holds it; holding it already
     * is a no-op.
     *
     * @throws LockTimeoutException when another run keeps it longer than this run's lock timeout
     * @throws IOException          when its lock file cannot be created or locked
     * @throws InterruptedException when the wait is interrupted (an aborted build)
     */
    void holdStoreName(String storeName) throws IOException, InterruptedException;
}
