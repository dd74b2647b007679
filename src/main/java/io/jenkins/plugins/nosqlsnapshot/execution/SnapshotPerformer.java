package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.actions.SnapshotEnvironmentAction;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneText;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionPolicy;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.SnapshotThenPrune;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleMapping;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotSummary;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotUrlName;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code nosqlSnapshot} and its freestyle builder: the store session ({@link StoreSession}) around the engine's one
 * snapshot-then-prune flow, then the report written and archived, the build's page and variables. It sets no build
 * result: the caller applies {@link Performed#outcome()}. Problems writing or archiving the report are warnings;
 * they never cost the verdict.
 */
public final class SnapshotPerformer {
    /** The step's name in log lines and lock holders. */
    static final String FUNCTION = "nosqlSnapshot";

    private SnapshotPerformer() {}

    /**
     * What a run left: the engine's report, where it was written, its effect on the build, and the prune after it.
     *
     * @param pruned null when no prune ran
     */
    public record Performed(
            SnapshotReport report, String reportPath, BuildOutcome outcome, PrunePerformer.Pruned pruned) {}

    /** Serialises the choice of a snapshot page's URL and its addition among parallel branches of a build. */
    private static final Object ACTIONS = new Object();

    public static Performed perform(SnapshotSettings settings, StoreSession.Build build)
            throws IOException, InterruptedException {
        PrintStream log = build.log();
        StoreSession.Store store = StoreSession.resolve(settings, build);
        SnapshotRequest request;
        try {
            request = store.effective().request(build.env()::expand);
        } catch (IllegalArgumentException e) {
            throw new AbortException(Console.PREFIX + "configuration error: " + e.getMessage());
        }
        log.println(Console.PREFIX + "Taking snapshot '" + request.name() + "' of " + store.describe());
        RunResult result;
        PruneReport prune = null;
        Verdict verdict;
        RetentionPolicy policy = null;
        Reason invalid = null;
        try {
            policy = LifecycleMapping.retentionAfterSnapshot(
                    request.name(),
                    store.effective().getKeep(),
                    store.effective().getMaxAge());
        } catch (IllegalArgumentException e) {
            invalid = ReasonCode.CONFIGURATION_INVALID.reason(e.getMessage());
        }
        if (invalid != null) {
            // the request exists: a FAILURE report, written and archived like any other
            result = SnapshotRun.notRun(request, invalid);
            verdict = result.report().verdict();
        } else {
            RetentionPolicy retention = policy;
            Clock clock = retention == null ? Clock.systemDefaultZone() : AgentTimeZone.clockOf(build.workspace(), log);
            StoreSession.Result<SnapshotThenPrune.Outcome> session = StoreSession.run(
                    store,
                    FUNCTION,
                    request.name(),
                    build,
                    open -> new SnapshotThenPrune(open.runner(), open.progress(), clock, open.storeNameLock())
                            .run(
                                    open.target(),
                                    request,
                                    retention,
                                    () -> RetentionVerdicts.history(build.run(), request.name(), log)));
            if (session.refusal() != null) {
                result = SnapshotRun.notRun(request, reason(session.refusal()));
                verdict = result.report().verdict();
            } else {
                result = session.value().snapshot();
                prune = session.value().prune();
                verdict = session.value().verdict();
            }
        }
        // An abort interrupts this thread; the engine then ends the admin session and still reports what happened.
        boolean interrupted = Thread.interrupted();
        // the reports are written while the admin exits; report.json once more when it has ended, with the timeline
        long reportsStarted = System.nanoTime();
        RunResult taken = result;
        String directory = ReportLayout.directory(taken.report());
        Map<String, String> files;
        WorkspaceReports.Written written;
        try {
            files = ReportFiles.render(taken.report(), taken.topologyDocument());
            written = WorkspaceReports.write(
                    directory,
                    files,
                    () -> Map.of(
                            ReportFiles.REPORT_JSON,
                            ReportJson.write(taken.finished(reportsStarted).report())),
                    store.effective().isArchive(),
                    build);
        } finally {
            result = taken.finished(reportsStarted);
        }
        SnapshotReport report = result.report();
        PrunePerformer.Pruned pruned = null;
        if (prune != null) {
            log.println(PruneText.render(prune));
            pruned = new PrunePerformer.Pruned(
                    prune,
                    WorkspaceReports.write(
                                    directory,
                                    Map.of(LifecycleJson.PRUNE_JSON, LifecycleJson.write(prune)),
                                    store.effective().isArchive(),
                                    build)
                            .path());
        }
        String name = report.snapshotName() != null ? report.snapshotName() : report.requestedName();
        SnapshotSummary summary = SnapshotSummary.of(
                report,
                written.path() == null ? null : directory,
                written.archived(),
                files.containsKey(ReportFiles.REPORT_HTML));
        boolean added = build.gate().ifOpen(() -> addActions(build.run(), name, report, summary, directory));
        if (!added) {
            log.println(Console.PREFIX + "The step was stopped: snapshot " + name + " is " + report.verdict()
                    + "; nothing was added to the build");
        }
        BuildOutcome outcome = LifecycleOutcome.afterSnapshot(report, verdict, prune);
        if (interrupted || Thread.interrupted()) {
            throw OutcomeEffects.aborted("snapshot step", written.path(), outcome, build.listener());
        }
        OutcomeEffects.print(outcome, build.listener());
        return new Performed(report, written.path(), outcome, pruned);
    }

    /** The reason a snapshot's FAILURE report gives for a session that did not start. */
    private static Reason reason(StoreSession.Refusal refusal) {
        return switch (refusal.kind()) {
            case LOCK_TIMEOUT -> ReasonCode.LOCK_TIMEOUT.reason(refusal.problem(), "build", "lockTimeout");
            case LOCK_FAILED -> ReasonCode.LOCK_FAILED.reason(refusal.problem());
            case LOCK_WAIT_CANCELLED -> ReasonCode.LOCK_WAIT_CANCELLED.reason("; no snapshot was taken");
            case LOGIN_INVALID -> ReasonCode.LOGIN_INVALID.reason(refusal.problem());
        };
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
}
