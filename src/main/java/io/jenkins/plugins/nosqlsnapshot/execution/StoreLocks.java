package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreLock;
import io.jenkins.plugins.nosqlsnapshot.mapping.LockNames;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import jenkins.model.Jenkins;

/**
 * The per-store lock across builds: every snapshot, restore check and prune of a store holds it, so two builds
 * (two jobs, or a retry) never interleave against one store. Taken on the controller, where step code runs, in
 * {@code JENKINS_HOME/nosql-snapshot-locks/}, keyed by the store's endpoint ({@code AdminTarget.storeKey()}); the
 * waiting build says in its log who holds it. An aborted build interrupts the wait.
 */
public final class StoreLocks {
    static final String DIRECTORY = LockNames.DIRECTORY;

    private StoreLocks() {}

    /**
     * @param function the step about to run, e.g. {@code nosqlSnapshot}; with {@code name}, shown to builds that wait
     * @param name     the snapshot name it works on, or null
     * @throws io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException when another build kept it longer
     */
    static StoreLock acquire(
            AdminTarget target, Run<?, ?> run, String function, String name, Duration timeout, PrintStream log)
            throws IOException, InterruptedException {
        Path directory = LockNames.directory(Jenkins.get().getRootDir());
        StoreLock lock = StoreLock.acquire(
                directory,
                target.storeKey(),
                LockNames.holder(run.getExternalizableId(), function, name),
                timeout,
                message -> log.println(Console.PREFIX + message));
        log.println(Console.PREFIX + "Holding the lock on store " + target.storeKey());
        return lock;
    }

    /** Releases it; a failure to release is a warning (the operating system drops the lock with the channel). */
    static void release(StoreLock lock, PrintStream log) {
        try {
            lock.close();
        } catch (IOException e) {
            log.println(Console.PREFIX + "WARNING: could not release the store lock cleanly: " + e);
        }
    }
}
