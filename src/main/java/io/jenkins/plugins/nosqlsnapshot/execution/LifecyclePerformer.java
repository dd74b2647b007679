package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.Prune;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.PruneText;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.RestoreCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.RestoreCommands;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.RestoreReadinessText;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.RetentionHistory;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.RetentionPolicy;
import io.jenkins.plugins.nosqlsnapshot.engine.lifecycle.SnapshotThenPrune;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.RunLocks;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleMapping;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.RestoreCheckSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepGate;
import io.jenkins.plugins.nosqlsnapshot.security.SecurityMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import jenkins.util.BuildListenerAdapter;

/**
 * The glue of the lifecycle steps: the per-store lock around every admin session, the restore check of a saved
 * report, and retention (after a snapshot, or on its own). The engine decides every answer; this reads the saved
 * report, runs the engine through the build's launcher, writes and archives its JSON, and words the outcome.
 */
public final class LifecyclePerformer {
    private static final String PREFIX = Console.PREFIX;

    private LifecyclePerformer() {}

    /** A prune that ran, and where its {@code prune.json} was written (null when it could not be). */
    public record Pruned(PruneReport report, String reportPath) {}

    /** The snapshot, and the prune after it when {@code keep}/{@code maxAge} asked for one. */
    record Locked(RunResult result, Pruned pruned) {}

    /** A restore check that ran. */
    public record Checked(RestoreReadiness readiness, String reportPath, String savedFrom, BuildOutcome outcome) {}

    /**
     * {@code nosqlSnapshot}'s admin session under the store's lock, then, when the snapshot is not a FAILURE and
     * {@code keep}/{@code maxAge} is set, the prune in the same hold. The lock comes first and the login is made
     * ready last, just before the session, so no unpacked login waits on disk for a lock. A lock that cannot be had
     * is a FAILURE report ({@code LOCK_TIMEOUT}), never a snapshot taken beside another run's prune; a login that
     * cannot be used (no such credential, a login file that would prompt, a zip with no or several login files) is
     * a FAILURE report ({@code LOGIN_INVALID}) like any other, so it is written, archived and left in the variables.
     * An abort while waiting leaves the thread interrupted and a CANCELLED report.
     */
    static Locked snapshot(
            SnapshotSettings effective,
            AdminTarget target,
            SnapshotRequest request,
            SnapshotSettings.LoginSource login,
            ProcessRunner runner,
            Run<?, ?> run,
            FilePath workspace,
            Launcher launcher,
            TaskListener listener,
            StepGate gate)
            throws InterruptedException {
        PrintStream log = listener.getLogger();
        RetentionPolicy policy;
        Duration lockTimeout;
        try {
            lockTimeout = LifecycleMapping.lockTimeout(effective.getLockTimeout());
            policy =
                    LifecycleMapping.retentionAfterSnapshot(request.name(), effective.getKeep(), effective.getMaxAge());
        } catch (IllegalArgumentException e) {
            // the request exists: a FAILURE report, written and archived like any other
            return new Locked(
                    SnapshotRun.notRun(request, ReasonCode.CONFIGURATION_INVALID.reason(e.getMessage())), null);
        }
        RunLocks lock;
        try {
            lock = StoreLocks.acquire(target, run, "nosqlSnapshot", request.name(), lockTimeout, log);
        } catch (LockTimeoutException e) {
            return new Locked(
                    SnapshotRun.notRun(request, ReasonCode.LOCK_TIMEOUT.reason(e.getMessage(), "build", "lockTimeout")),
                    null);
        } catch (IOException e) {
            return new Locked(SnapshotRun.notRun(request, ReasonCode.LOCK_FAILED.reason(e.getMessage())), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Locked(
                    SnapshotRun.notRun(request, ReasonCode.LOCK_WAIT_CANCELLED.reason("; no snapshot was taken")),
                    null);
        }
        try {
            SecurityMaterial prepared;
            try {
                prepared = SecurityMaterial.prepare(login, run, workspace, listener);
            } catch (IOException e) {
                return new Locked(
                        SnapshotRun.notRun(
                                request,
                                ReasonCode.LOGIN_INVALID.reason(SnapshotPerformer.withoutPrefix(e.getMessage()))),
                        null);
            }
            try (SecurityMaterial material = prepared) {
                AdminTarget secured = material.loginFile() == null
                        ? target
                        : SnapshotSettings.withSecurityFile(target, material.loginFile());
                // the engine's one flow: prune only after a snapshot that is not a FAILURE and no abort
                SnapshotThenPrune.Outcome outcome = new SnapshotThenPrune(
                                runner,
                                progress(log),
                                policy == null ? Clock.systemDefaultZone() : clockOf(workspace, log),
                                lock)
                        .run(secured, request, policy, () -> ArchivedReports.history(run, request.name(), log));
                RunResult result = outcome.snapshot();
                Pruned pruned = null;
                if (outcome.prune() != null) {
                    PruneReport report = outcome.prune();
                    log.println(PruneText.render(report));
                    String directory = ReportLayout.directory(result.report());
                    pruned = new Pruned(
                            report,
                            write(
                                    directory,
                                    LifecycleJson.PRUNE_JSON,
                                    LifecycleJson.write(report),
                                    effective.isArchive(),
                                    run,
                                    workspace,
                                    launcher,
                                    listener,
                                    gate));
                }
                return new Locked(result, pruned);
            }
        } finally {
            StoreLocks.release(lock, log);
        }
    }

    /** {@code nosqlRestoreCheck} and its builder: read the saved report, check it under the store's lock. */
    public static Checked restoreCheck(
            RestoreCheckSettings settings,
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener,
            StepGate gate)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        SecurityMaterial.removeStale(workspace, listener);
        SnapshotSettings effective;
        AdminTarget target;
        SessionLimits limits;
        RestoreCheckSettings.Source source;
        RestoreCommands commands;
        SnapshotSettings.LoginSource login;
        Duration lockTimeout;
        try {
            effective = SnapshotPerformer.resolveStore(settings.connection(), env);
            target = effective.adminTarget(env::expand);
            limits = LifecycleMapping.limits(effective.getCommandTimeoutMinutes(), effective.getTimeoutMinutes());
            source = settings.source(env::expand);
            commands = settings.commands(env::expand, target);
            login = effective.loginSource(env::expand);
            lockTimeout = LifecycleMapping.lockTimeout(effective.getLockTimeout());
        } catch (IllegalArgumentException e) {
            throw new AbortException(PREFIX + "configuration error: " + e.getMessage());
        }
        AgentHostCheck.check(workspace, target, settings.connection().storeName(env::expand));
        ArchivedReports.Saved saved = source.build() != null
                ? ArchivedReports.fromBuild(run, source.build(), source.snapshotName())
                : ArchivedReports.fromWorkspace(workspace, source.reportDirectory());
        String name = saved.snapshot().report().snapshotName();
        log.println(PREFIX + "Checking whether snapshot " + (name == null ? "(none taken)" : "'" + name + "'")
                + " of " + saved.from() + " can be restored on "
                + StoreProfile.describe(settings.connection().storeName(env::expand), target.endpoint()));
        RestoreReadiness readiness;
        RunLocks lock;
        try {
            lock = StoreLocks.acquire(target, run, "nosqlRestoreCheck", name, lockTimeout, log);
        } catch (LockTimeoutException e) {
            throw new AbortException(PREFIX + e.getMessage() + " The restore check did not run.");
        }
        try (SecurityMaterial material = SecurityMaterial.prepare(login, run, workspace, listener)) {
            AdminTarget secured = material.loginFile() == null
                    ? target
                    : SnapshotSettings.withSecurityFile(target, material.loginFile());
            ProcessRunner runner = AgentClassArchives.runner(
                    new LauncherProcessRunner(launcher, workspace, env),
                    target,
                    effective.sharesAdminClasses(env::expand),
                    workspace,
                    env,
                    log);
            readiness =
                    new RestoreCheck(runner, progress(log), lock).check(secured, saved.snapshot(), commands, limits);
        } finally {
            StoreLocks.release(lock, log);
        }
        log.println(RestoreReadinessText.render(readiness));
        String path = write(
                ReportLayout.directory(saved.snapshot().report()),
                LifecycleJson.RESTORE_CHECK_JSON,
                LifecycleJson.write(readiness),
                effective.isArchive(),
                run,
                workspace,
                launcher,
                listener,
                gate);
        BuildOutcome outcome = LifecycleOutcome.of(readiness);
        if (Thread.interrupted()) {
            throw OutcomeEffects.aborted("restore check step", path, outcome, listener);
        }
        OutcomeEffects.print(outcome, listener);
        return new Checked(readiness, path, saved.from(), outcome);
    }

    /** {@code nosqlPrune}: the snapshots named {@code yyMMdd-HHmmss-NAME}, under the store's lock. */
    public static Pruned prune(
            SnapshotSettings settings,
            boolean dryRun,
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener,
            StepGate gate)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        SecurityMaterial.removeStale(workspace, listener);
        SnapshotSettings effective;
        AdminTarget target;
        SessionLimits limits;
        RetentionPolicy policy;
        SnapshotSettings.LoginSource login;
        Duration lockTimeout;
        try {
            effective = SnapshotPerformer.resolveStore(settings, env);
            target = effective.adminTarget(env::expand);
            limits = LifecycleMapping.limits(effective.getCommandTimeoutMinutes(), effective.getTimeoutMinutes());
            String name = effective.getSnapshotName() == null ? null : env.expand(effective.getSnapshotName());
            policy = LifecycleMapping.retention(name, effective.getKeep(), effective.getMaxAge(), dryRun);
            login = effective.loginSource(env::expand);
            lockTimeout = LifecycleMapping.lockTimeout(effective.getLockTimeout());
        } catch (IllegalArgumentException e) {
            throw new AbortException(PREFIX + "configuration error: " + e.getMessage());
        }
        AgentHostCheck.check(workspace, target, settings.storeName(env::expand));
        RetentionHistory history = ArchivedReports.history(run, policy.name(), log);
        PruneReport report;
        RunLocks lock;
        try {
            lock = StoreLocks.acquire(target, run, "nosqlPrune", policy.name(), lockTimeout, log);
        } catch (LockTimeoutException e) {
            throw new AbortException(PREFIX + e.getMessage() + " Nothing was removed.");
        }
        try (SecurityMaterial material = SecurityMaterial.prepare(login, run, workspace, listener)) {
            AdminTarget secured = material.loginFile() == null
                    ? target
                    : SnapshotSettings.withSecurityFile(target, material.loginFile());
            report = prune(
                    AgentClassArchives.runner(
                            new LauncherProcessRunner(launcher, workspace, env),
                            target,
                            effective.sharesAdminClasses(env::expand),
                            workspace,
                            env,
                            log),
                    secured,
                    policy,
                    history,
                    limits,
                    workspace,
                    lock,
                    log);
        } finally {
            StoreLocks.release(lock, log);
        }
        String path = write(
                ReportLayout.ROOT + "/prune-" + policy.name(),
                LifecycleJson.PRUNE_JSON,
                LifecycleJson.write(report),
                effective.isArchive(),
                run,
                workspace,
                launcher,
                listener,
                gate);
        if (Thread.interrupted()) {
            throw OutcomeEffects.aborted("prune step", path, LifecycleOutcome.of(report), listener);
        }
        return new Pruned(report, path);
    }

    private static PruneReport prune(
            ProcessRunner runner,
            AdminTarget target,
            RetentionPolicy policy,
            RetentionHistory history,
            SessionLimits limits,
            FilePath workspace,
            StoreNameLock storeNameLock,
            PrintStream log) {
        log.println(PREFIX + (policy.dryRun() ? "Dry run: pruning" : "Pruning") + " snapshots named "
                + PruneText.pattern(policy.name()) + " (keep " + (policy.keep() == null ? "any number" : policy.keep())
                + (policy.maxAge() == null ? "" : ", younger than " + policy.maxAge()) + ")");
        PruneReport report = new Prune(runner, progress(log), clockOf(workspace, log), storeNameLock)
                .prune(target, policy, history, limits);
        log.println(PruneText.render(report));
        return report;
    }

    /** The clock in the zone of the node that runs the admin CLI, which wrote the snapshot names' times. */
    private static Clock clockOf(FilePath workspace, PrintStream log) {
        try {
            return Clock.system(ZoneId.of(workspace.act(new AgentTimeZone())));
        } catch (IOException | RuntimeException e) {
            log.println(PREFIX + "WARNING: could not read the node's time zone, using the controller's: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Clock.systemDefaultZone();
    }

    private static ProgressListener progress(PrintStream log) {
        return message -> log.println(PREFIX + message);
    }

    /** Writes one JSON file into the workspace and archives it; a failure is a warning, never a lost answer. */
    private static String write(
            String directory,
            String file,
            String content,
            boolean archive,
            Run<?, ?> run,
            FilePath workspace,
            Launcher launcher,
            TaskListener listener,
            StepGate gate) {
        String path = directory + "/" + file;
        try {
            FilePath dir = workspace.child(directory);
            dir.mkdirs();
            dir.child(file).write(content, StandardCharsets.UTF_8.name());
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            listener.error(PREFIX + "WARNING: could not write " + path + ": " + e);
            return null;
        }
        if (archive) {
            try {
                boolean archived = gate.ifOpen(() -> run.pickArtifactManager()
                        .archive(
                                workspace,
                                launcher,
                                BuildListenerAdapter.wrap(listener),
                                ReportLayout.artifacts(directory, List.of(file))));
                if (!archived) {
                    listener.getLogger()
                            .println(PREFIX + "Written to " + path + " (not archived: the step was stopped)");
                    return path;
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                listener.error(PREFIX + "WARNING: written to " + path + ", but could not archive it: " + e);
                return path;
            }
            listener.getLogger().println(PREFIX + "Written to " + path + " and archived");
            return path;
        }
        listener.getLogger().println(PREFIX + "Written to " + path + " (not archived: archive is off)");
        return path;
    }
}
