package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.RunLocks;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleMapping;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepGate;
import io.jenkins.plugins.nosqlsnapshot.security.ChosenStoreCheck;
import io.jenkins.plugins.nosqlsnapshot.security.SecurityMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The one sequence every step of this plugin runs against a store, in this order: remove the logins earlier runs
 * left on this node, resolve the store (a named store merged under the step's fields), check its hosts on the node,
 * take the store's lock, make the login ready, run the step's work in the admin session, delete the login, release
 * the lock. Its failures are mapped here, once, the same for every step:
 *
 * <ul>
 *   <li>a setting that cannot be used (a bad endpoint, duration, login combination; a named store this build may not
 *       choose; a host that does not resolve on the node) stops the step with one line before anything happens
 *       ({@code AbortException});
 *   <li>a lock that cannot be had (timeout, an error, an abort while waiting) or a login that cannot be used is a
 *       {@link Refusal}: the step writes its own FAILURE report from it, archives it and fails, as after any other
 *       failed run.
 * </ul>
 */
public final class StoreSession {
    private StoreSession() {}

    /** The build a step runs in. */
    public record Build(
            Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener, StepGate gate) {
        PrintStream log() {
            return listener.getLogger();
        }
    }

    /**
     * The store as this run reaches it.
     *
     * @param effective the step's settings with a named store's merged under them
     * @param storeName the named store's name, or null for {@code host:port}
     */
    public record Store(
            SnapshotSettings effective,
            String storeName,
            AdminTarget target,
            SnapshotSettings.LoginSource login,
            SessionLimits limits,
            Duration lockTimeout) {
        /** How messages name it, e.g. {@code store 'prod' (node1:5000)}. */
        public String describe() {
            return StoreProfile.describe(storeName, target.endpoint());
        }
    }

    /** What the work gets: the target with the login file, the admin launcher on the node, the store-name lock. */
    public record Open(
            AdminTarget target, ProcessRunner runner, StoreNameLock storeNameLock, ProgressListener progress) {}

    /** A step's work inside the session. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Open session) throws IOException, InterruptedException;
    }

    /** Why the session did not start, for the step's FAILURE report. */
    public record Refusal(Kind kind, String problem) {
        public enum Kind {
            LOCK_TIMEOUT,
            LOCK_FAILED,
            LOCK_WAIT_CANCELLED,
            LOGIN_INVALID
        }

        /**
         * The sentence a restore check's or a prune's report gives, without its full stop.
         *
         * @param consequence what did not happen, e.g. {@code the restore check did not run}
         */
        public String why(String consequence) {
            String text = problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
            return switch (kind) {
                case LOCK_TIMEOUT ->
                    text + "; " + consequence + ": run again when the other build has ended, or raise lockTimeout";
                case LOCK_FAILED -> "Cannot take the store lock: " + text + "; " + consequence;
                case LOCK_WAIT_CANCELLED -> "Cancelled while waiting for the store lock; " + consequence;
                case LOGIN_INVALID -> text + "; " + consequence + ": fix the login and run again";
            };
        }
    }

    /** The work's answer, or why there is none. Exactly one is set. */
    public record Result<T>(T value, Refusal refusal) {}

    /**
     * The steps before the lock: left-over logins, the store, its hosts on the node.
     *
     * @throws AbortException naming the setting that cannot be used, or the host that does not resolve
     */
    public static Store resolve(SnapshotSettings settings, Build build) throws IOException, InterruptedException {
        SecurityMaterial.removeStale(build.workspace(), build.listener());
        EnvVars env = build.env();
        Store store;
        try {
            String name = settings.storeName(env::expand);
            SnapshotSettings effective = settings;
            if (name != null) {
                NosqlSnapshotConfiguration configuration = NosqlSnapshotConfiguration.get();
                StoreProfile profile = configuration.profile(name);
                if (profile == null) {
                    throw new IllegalArgumentException("No store named '" + name + "' in Manage Jenkins > System >"
                            + " Oracle NoSQL stores (configured: " + String.join(", ", configuration.names()) + ")");
                }
                ChosenStoreCheck.check(
                        settings.getStore(),
                        name,
                        ChosenStoreCheck.usesStoreLogin(
                                settings.getCredentialsId(), settings.getSecurityFile(), profile),
                        build.run());
                effective = settings.withProfile(profile);
            }
            store = new Store(
                    effective,
                    name,
                    effective.adminTarget(env::expand),
                    effective.loginSource(env::expand),
                    LifecycleMapping.limits(effective.getCommandTimeoutMinutes(), effective.getTimeoutMinutes()),
                    LifecycleMapping.lockTimeout(effective.getLockTimeout()));
        } catch (IllegalArgumentException e) {
            throw new AbortException(Console.PREFIX + "configuration error: " + e.getMessage());
        }
        AgentHostCheck.check(build.workspace(), store.target(), store.storeName());
        return store;
    }

    /**
     * Lock, login, the work, and everything given back again, whatever happens.
     *
     * @param function the step, e.g. {@code nosqlSnapshot}; with {@code name}, shown to builds that wait for the lock
     * @param name     the snapshot name the step works on, or null
     */
    public static <T> Result<T> run(Store store, String function, String name, Build build, Work<T> work)
            throws IOException, InterruptedException {
        PrintStream log = build.log();
        RunLocks lock;
        try {
            lock = StoreLocks.acquire(store.target(), build.run(), function, name, store.lockTimeout(), log);
        } catch (LockTimeoutException e) {
            return refused(Refusal.Kind.LOCK_TIMEOUT, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refused(Refusal.Kind.LOCK_WAIT_CANCELLED, "cancelled while waiting for the store lock");
        } catch (IOException | RuntimeException e) {
            return refused(Refusal.Kind.LOCK_FAILED, String.valueOf(e.getMessage()));
        }
        try {
            SecurityMaterial material;
            try {
                material = SecurityMaterial.prepare(store.login(), build.run(), build.workspace(), build.listener());
            } catch (IOException e) {
                return refused(Refusal.Kind.LOGIN_INVALID, withoutPrefix(e.getMessage()));
            }
            try (material) {
                AdminTarget secured = material.loginFile() == null
                        ? store.target()
                        : SnapshotSettings.withSecurityFile(store.target(), material.loginFile());
                ProcessRunner runner = AgentClassArchives.runner(
                        new LauncherProcessRunner(build.launcher(), build.workspace(), build.env()),
                        store.target(),
                        store.effective().sharesAdminClasses(build.env()::expand),
                        build.workspace(),
                        build.env(),
                        log);
                return new Result<>(
                        work.run(new Open(secured, runner, lock, message -> log.println(Console.PREFIX + message))),
                        null);
            }
        } finally {
            StoreLocks.release(lock, log);
        }
    }

    private static <T> Result<T> refused(Refusal.Kind kind, String problem) {
        return new Result<>(null, new Refusal(kind, problem));
    }

    /** A message as a report says it: without the log prefix, without a trailing full stop. */
    static String withoutPrefix(String message) {
        String text = message == null ? "The login could not be prepared" : message.strip();
        if (text.startsWith(Console.PREFIX)) {
            text = text.substring(Console.PREFIX.length());
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
