package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.actions.SnapshotEnvironmentAction;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotSummary;
import io.jenkins.plugins.nosqlsnapshot.security.SecurityMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;

/**
 * The part the builder and the Pipeline step share: map the settings, run the engine on the workspace's node,
 * write and archive the report, leave the environment variables. It sets no build result: the caller applies
 * {@link Performed#outcome()}. Problems writing or archiving the report are warnings; they never cost the verdict.
 */
public final class SnapshotPerformer {

    private SnapshotPerformer() {}

    /** What a run left: the engine's report, where it was written, and its effect on the build. */
    public record Performed(
            SnapshotReport report, String reportPath, BuildOutcome outcome, LifecyclePerformer.Pruned pruned) {}

    public static Performed perform(
            SnapshotSettings settings,
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        SnapshotSettings effective;
        AdminTarget target;
        SnapshotRequest request;
        SnapshotSettings.LoginSource login;
        try {
            effective = resolveStore(settings, env);
            target = effective.adminTarget(env::expand);
            request = effective.request(env::expand);
            login = effective.loginSource(env::expand);
        } catch (IllegalArgumentException e) {
            throw new AbortException(Console.PREFIX + "configuration error: " + e.getMessage());
        }
        log.println(Console.PREFIX + "Taking snapshot '" + request.name() + "' of "
                + StoreProfile.describe(settings.storeName(env::expand), target.endpoint()));
        LifecyclePerformer.Locked locked =
                withLogin(effective, target, request, login, run, workspace, env, launcher, listener);
        RunResult result = locked.result();
        LifecyclePerformer.Pruned pruned = locked.pruned();
        // An abort interrupts this thread; the engine then ends the admin session and still reports what happened.
        boolean interrupted = Thread.interrupted();
        SnapshotReport report = result.report();
        Written written = writeReport(result, effective.isArchive(), run, workspace, launcher, listener);
        String reportPath = written.reportJson();
        String name = report.snapshotName() != null ? report.snapshotName() : report.requestedName();
        run.addOrReplaceAction(
                new SnapshotEnvironmentAction(name, report.verdict().name()));
        run.addAction(new NosqlSnapshotAction(
                SnapshotSummary.of(report, written.directory(), written.archived(), written.html()),
                run.getActions(NosqlSnapshotAction.class).size() + 1));
        BuildOutcome outcome =
                LifecycleOutcome.afterSnapshot(BuildOutcome.of(report), pruned == null ? null : pruned.report());
        if (interrupted || Thread.interrupted()) {
            throw OutcomeEffects.aborted("snapshot step", reportPath, outcome, listener);
        }
        OutcomeEffects.print(outcome, listener);
        return new Performed(report, reportPath, outcome, pruned);
    }

    /**
     * The login made ready on the node (and removed as soon as the admin session is over, also on abort), then the
     * snapshot under the store's lock, with the prune of keep/maxAge in the same hold. A login that cannot be used
     * (no such credential, a login file that would prompt, a zip with no or several login files) is a FAILURE
     * report ({@code LOGIN_INVALID}) like any other, so it is written, archived and left in the variables.
     */
    private static LifecyclePerformer.Locked withLogin(
            SnapshotSettings effective,
            AdminTarget target,
            SnapshotRequest request,
            SnapshotSettings.LoginSource login,
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener)
            throws IOException, InterruptedException {
        SecurityMaterial prepared;
        try {
            prepared = SecurityMaterial.prepare(login, run, workspace, listener);
        } catch (IOException e) {
            return new LifecyclePerformer.Locked(
                    SnapshotRun.notRun(request, ReasonCode.LOGIN_INVALID.reason(withoutPrefix(e.getMessage()))), null);
        }
        try (SecurityMaterial material = prepared) {
            AdminTarget secured = material.loginFile() == null
                    ? target
                    : SnapshotSettings.withSecurityFile(target, material.loginFile());
            return LifecyclePerformer.snapshot(
                    effective,
                    secured,
                    request,
                    new LauncherProcessRunner(launcher, workspace, env),
                    run,
                    workspace,
                    launcher,
                    listener);
        }
    }

    /** A message as the report says it: without the log prefix, without a trailing full stop. */
    static String withoutPrefix(String message) {
        String text = message == null ? "The login could not be prepared" : message.strip();
        if (text.startsWith(Console.PREFIX)) {
            text = text.substring(Console.PREFIX.length());
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A named store's connection merged under the step's own fields; the settings as they are otherwise. */
    static SnapshotSettings resolveStore(SnapshotSettings settings, EnvVars env) {
        String name = settings.storeName(env::expand);
        if (name == null) {
            return settings;
        }
        NosqlSnapshotConfiguration configuration = NosqlSnapshotConfiguration.get();
        StoreProfile profile = configuration.profile(name);
        if (profile == null) {
            throw new IllegalArgumentException("No store named '" + name + "' in Manage Jenkins > System > Oracle"
                    + " NoSQL stores (configured: " + String.join(", ", configuration.names()) + ")");
        }
        return settings.withProfile(profile);
    }

    /** What was written: the directory, report.json's path (null when nothing could be written), archived or not. */
    private record Written(String directory, String reportJson, boolean archived, boolean html) {}

    /** Writes every report file into the workspace and archives them. */
    private static Written writeReport(
            RunResult result,
            boolean archive,
            Run<?, ?> run,
            FilePath workspace,
            Launcher launcher,
            TaskListener listener) {
        PrintStream log = listener.getLogger();
        String directory = ReportLayout.directory(result.report());
        Map<String, String> files = ReportFiles.render(result.report(), result.topologyDocument());
        try {
            FilePath dir = workspace.child(directory);
            dir.mkdirs();
            for (Map.Entry<String, String> file : files.entrySet()) {
                dir.child(file.getKey()).write(file.getValue(), StandardCharsets.UTF_8.name());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            listener.error(Console.PREFIX + "WARNING: could not write the report to " + directory + ": " + e);
            return new Written(null, null, false, false);
        }
        String reportPath = directory + "/" + ReportFiles.REPORT_JSON;
        boolean html = files.containsKey(ReportFiles.REPORT_HTML);
        log.println(Console.PREFIX + "Report written to " + reportPath);
        if (!archive) {
            return new Written(directory, reportPath, false, html);
        }
        try {
            run.pickArtifactManager()
                    .archive(
                            workspace,
                            launcher,
                            BuildListenerAdapter.wrap(listener),
                            ReportLayout.artifacts(directory, files.keySet()));
            log.println(Console.PREFIX + "Report archived as build artifacts under " + directory + "/");
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            listener.error(Console.PREFIX + "WARNING: could not archive the report: " + e);
            return new Written(directory, reportPath, false, html);
        }
        return new Written(directory, reportPath, true, html);
    }
}
