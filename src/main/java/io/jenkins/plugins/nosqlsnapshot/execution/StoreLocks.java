package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.RunLocks;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreKey;
import io.jenkins.plugins.nosqlsnapshot.mapping.LockNames;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import jenkins.model.Jenkins;

/**
 * The per-store lock across builds: every snapshot, restore check and prune of a store holds it, so two builds
 * (two jobs, or a retry) never interleave against one store. Taken on the controller, where step code runs, in
 * {@code JENKINS_HOME/nosql-snapshot-locks/}, keyed as the command line keys it ({@link StoreKey}): the endpoints
 * with every host resolved to its addresses. The names are resolved on the controller, not on the agent that runs
 * the admin; a name only the agent can resolve is keyed as given (lower-cased, sorted), and the log says so. Once
 * the engine's flow reads the topology it also holds the store's name lock ({@link RunLocks}), so two builds that
 * reach one store through different admins are kept apart too. The waiting build says in its log who holds it. An
 * aborted build interrupts the wait.
 */
public final class StoreLocks {
    private StoreLocks() {}

    /**
     * @param function the step about to run, e.g. {@code nosqlSnapshot}; with {@code name}, shown to builds that wait
     * @param name     the snapshot name it works on, or null
     * @throws io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException when another build kept it longer
     */
    static RunLocks acquire(
            AdminTarget target, Run<?, ?> run, String function, String name, Duration timeout, PrintStream log)
            throws IOException, InterruptedException {
        Path directory = LockNames.directory(Jenkins.get().getRootDir());
        StoreKey key = key(target, log);
        RunLocks lock = RunLocks.acquire(
                directory,
                key,
                LockNames.holder(run.getExternalizableId(), function, name),
                timeout,
                message -> log.println(Console.PREFIX + message));
        log.println(Console.PREFIX + "Holding the lock on store " + key.label() + " (" + key.value() + ")");
        return lock;
    }

    private static StoreKey key(AdminTarget target, PrintStream log) {
        try {
            return StoreKey.of(target);
        } catch (UnknownHostException e) {
            log.println(Console.PREFIX + "The controller cannot resolve " + target.endpoint()
                    + "; the store lock is keyed by the names as given");
            return StoreKey.asGiven(target);
        }
    }

    /** Releases it; a failure to release is a warning (the operating system drops the lock with the channel). */
    static void release(RunLocks lock, PrintStream log) {
        try {
            lock.close();
        } catch (IOException e) {
            log.println(Console.PREFIX + "WARNING: could not release the store lock cleanly: " + e);
        }
    }
}
