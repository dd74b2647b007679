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
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotSummary;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotUrlName;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepGate;
import io.jenkins.plugins.nosqlsnapshot.security.SecurityMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /** Serialises the choice of a snapshot page's URL and its addition among parallel branches of a build. */
    private static final Object ACTIONS = new Object();

    /**
     * @param gate closed by the Pipeline step's {@code stop}: from then on the report is still written into the
     *     workspace and the log, but nothing is archived or added to the build
     */
    public static Performed perform(
            SnapshotSettings settings,
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
        AgentHostCheck.check(workspace, target, settings.storeName(env::expand));
        log.println(Console.PREFIX + "Taking snapshot '" + request.name() + "' of "
                + StoreProfile.describe(settings.storeName(env::expand), target.endpoint()));
        LifecyclePerformer.Locked locked = LifecyclePerformer.snapshot(
                effective,
                target,
                request,
                login,
                AgentClassArchives.runner(
                        new LauncherProcessRunner(launcher, workspace, env),
                        target,
                        effective.sharesAdminClasses(env::expand),
                        workspace,
                        env,
                        log),
                run,
                workspace,
                launcher,
                listener,
                gate);
        RunResult result = locked.result();
        LifecyclePerformer.Pruned pruned = locked.pruned();
        // An abort interrupts this thread; the engine then ends the admin session and still reports what happened.
        boolean interrupted = Thread.interrupted();
        SnapshotReport report = result.report();
        Written written = writeReport(result, effective.isArchive(), run, workspace, launcher, listener, gate);
        String reportPath = written.reportJson();
        String name = report.snapshotName() != null ? report.snapshotName() : report.requestedName();
        SnapshotSummary summary = SnapshotSummary.of(report, written.directory(), written.archived(), written.html());
        boolean added = gate.ifOpen(() -> addActions(run, name, report, summary, written.directory()));
        if (!added) {
            log.println(Console.PREFIX + "The step was stopped: the report stays in the workspace at "
                    + (reportPath == null ? "(not written)" : reportPath) + "; nothing was added to the build");
        }
        BuildOutcome outcome =
                LifecycleOutcome.afterSnapshot(BuildOutcome.of(report), pruned == null ? null : pruned.report());
        if (interrupted || Thread.interrupted()) {
            throw OutcomeEffects.aborted("snapshot step", reportPath, outcome, listener);
        }
        OutcomeEffects.print(outcome, listener);
        return new Performed(report, reportPath, outcome, pruned);
    }

    /** The variables and the snapshot's page, at a URL no other snapshot page of the build has. */
    private static void addActions(
            Run<?, ?> run, String name, SnapshotReport report, SnapshotSummary summary, String directory) {
        synchronized (ACTIONS) {
            run.addOrReplaceAction(
                    new SnapshotEnvironmentAction(name, report.verdict().name()));
            List<NosqlSnapshotAction> earlier = run.getActions(NosqlSnapshotAction.class);
            List<String> taken =
                    earlier.stream().map(NosqlSnapshotAction::getUrlName).toList();
            run.addAction(new NosqlSnapshotAction(
                    summary, earlier.size() + 1, SnapshotUrlName.of(directory, report.requestedName(), taken)));
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
            TaskListener listener,
            StepGate gate) {
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
            boolean archived = gate.ifOpen(() -> run.pickArtifactManager()
                    .archive(
                            workspace,
                            launcher,
                            BuildListenerAdapter.wrap(listener),
                            ReportLayout.artifacts(directory, files.keySet())));
            if (!archived) {
                return new Written(directory, reportPath, false, html);
            }
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
