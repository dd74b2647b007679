package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.Prune;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneText;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionHistory;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionPolicy;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleMapping;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * {@code nosqlPrune}: the job's snapshots named {@code yyMMdd-HHmmss-NAME}, pruned through the store session
 * ({@link StoreSession}) by the engine's retention, {@code prune.json} written and archived. A session that could not
 * start is the engine's FAILURE prune with why (nothing removed), written and archived like any other.
 */
public final class PrunePerformer {
    static final String FUNCTION = "nosqlPrune";

    private PrunePerformer() {}

    /** A prune that ran, and where its {@code prune.json} was written (null when it could not be). */
    public record Pruned(PruneReport report, String reportPath) {}

    /** A prune and what it does to the build. */
    public record Done(Pruned pruned, BuildOutcome outcome) {}

    public static Done prune(SnapshotSettings settings, boolean dryRun, StoreSession.Build build)
            throws IOException, InterruptedException {
        PrintStream log = build.log();
        StoreSession.Store store = StoreSession.resolve(settings, build);
        RetentionPolicy policy;
        try {
            String name = store.effective().getSnapshotName() == null
                    ? null
                    : build.env().expand(store.effective().getSnapshotName());
            policy = LifecycleMapping.retention(
                    name, store.effective().getKeep(), store.effective().getMaxAge(), dryRun);
        } catch (IllegalArgumentException e) {
            throw new AbortException(Console.PREFIX + "configuration error: " + e.getMessage());
        }
        RetentionHistory history = RetentionVerdicts.history(build.run(), policy.name(), log);
        Clock clock = AgentTimeZone.clockOf(build.workspace(), log);
        StoreSession.Result<PruneReport> session = StoreSession.run(store, FUNCTION, policy.name(), build, open -> {
            log.println(Console.PREFIX + (policy.dryRun() ? "Dry run: pruning" : "Pruning") + " snapshots named "
                    + PruneText.pattern(policy.name()) + " (keep "
                    + (policy.keep() == null ? "any number" : policy.keep())
                    + (policy.maxAge() == null ? "" : ", younger than " + policy.maxAge()) + ")");
            return new Prune(open.runner(), open.progress(), clock, open.storeNameLock())
                    .prune(open.target(), policy, history, store.limits());
        });
        PruneReport report = session.refusal() == null
                ? session.value()
                : Prune.notRun(policy, session.refusal().why("nothing was removed"), clock);
        log.println(PruneText.render(report));
        String path = WorkspaceReports.write(
                        ReportLayout.ROOT + "/prune-" + policy.name(),
                        Map.of(LifecycleJson.PRUNE_JSON, LifecycleJson.write(report)),
                        store.effective().isArchive(),
                        build)
                .path();
        BuildOutcome outcome = LifecycleOutcome.of(report);
        if (Thread.interrupted()) {
            throw OutcomeEffects.aborted("prune step", path, outcome, build.listener());
        }
        return new Done(new Pruned(report, path), outcome);
    }
}
