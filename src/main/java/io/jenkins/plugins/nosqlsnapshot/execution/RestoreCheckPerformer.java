package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreCommands;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadinessText;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import io.jenkins.plugins.nosqlsnapshot.mapping.ReportLayout;
import io.jenkins.plugins.nosqlsnapshot.mapping.RestoreCheckSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import io.jenkins.plugins.nosqlsnapshot.outcome.LifecycleOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code nosqlRestoreCheck} and its freestyle builder: read the saved report (an earlier build's artifacts, or a
 * report directory in the workspace), check it through the store session ({@link StoreSession}), write and archive
 * {@code restore-check.json}. The engine decides the answer; a session that could not start is the engine's UNKNOWN
 * answer with why, written and archived like any other.
 */
public final class RestoreCheckPerformer {
    static final String FUNCTION = "nosqlRestoreCheck";

    private RestoreCheckPerformer() {}

    /** A restore check that ran, or could not start. */
    public record Checked(RestoreReadiness readiness, String reportPath, String savedFrom, BuildOutcome outcome) {}

    public static Checked restoreCheck(RestoreCheckSettings settings, StoreSession.Build build)
            throws IOException, InterruptedException {
        PrintStream log = build.log();
        StoreSession.Store store = StoreSession.resolve(settings.connection(), build);
        RestoreCheckSettings.Source source;
        RestoreCommands commands;
        try {
            source = settings.source(build.env()::expand);
            commands = settings.commands(build.env()::expand, store.target());
        } catch (IllegalArgumentException e) {
            throw new AbortException(Console.PREFIX + "configuration error: " + e.getMessage());
        }
        ArchivedReports.Saved saved = source.build() != null
                ? ArchivedReports.fromBuild(build.run(), source.build(), source.snapshotName())
                : ArchivedReports.fromWorkspace(build.workspace(), source.reportDirectory());
        String name = saved.snapshot().report().snapshotName();
        log.println(Console.PREFIX + "Checking whether snapshot " + (name == null ? "(none taken)" : "'" + name + "'")
                + " of " + saved.from() + " can be restored on " + store.describe());
        StoreSession.Result<RestoreReadiness> session = StoreSession.run(
                store,
                FUNCTION,
                name,
                build,
                open -> new RestoreCheck(open.runner(), open.progress(), open.storeNameLock())
                        .check(open.target(), saved.snapshot(), commands, store.limits()));
        RestoreReadiness readiness = session.refusal() == null
                ? session.value()
                : RestoreCheck.notRun(
                        saved.snapshot(),
                        session.refusal().why("the restore check did not run"),
                        store.target(),
                        commands);
        log.println(RestoreReadinessText.render(readiness));
        String path = WorkspaceReports.write(
                        ReportLayout.directory(saved.snapshot().report()),
                        Map.of(LifecycleJson.RESTORE_CHECK_JSON, LifecycleJson.write(readiness)),
                        store.effective().isArchive(),
                        build)
                .path();
        BuildOutcome outcome = LifecycleOutcome.of(readiness);
        if (Thread.interrupted()) {
            throw OutcomeEffects.aborted("restore check step", path, outcome, build.listener());
        }
        OutcomeEffects.print(outcome, build.listener());
        return new Checked(readiness, path, saved.from(), outcome);
    }
}
