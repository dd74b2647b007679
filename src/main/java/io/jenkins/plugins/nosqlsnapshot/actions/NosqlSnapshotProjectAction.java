package io.jenkins.plugins.nosqlsnapshot.actions;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * On the job page ({@code jobMain.jelly}): the last completed build's snapshot (whatever its verdict, or that it
 * took none), and below it the snapshots of the last ten completed builds (build, name, verdict, shards lost and
 * degraded, duration). Given to the job by the last successful build's snapshot action
 * ({@link NosqlSnapshotAction#getProjectActions()}), so making it reads no build; the builds are read when the page
 * asks for {@link #getHistory()}. No sidebar link.
 */
public final class NosqlSnapshotProjectAction implements Action {
    private final Job<?, ?> job;

    NosqlSnapshotProjectAction(Job<?, ?> job) {
        this.job = job;
    }

    /**
     * The last completed build and the completed builds before it, up to {@value SnapshotHistory#BUILDS}: their
     * recorded snapshot actions only (no report is read). A build after the last successful one counts too, so
     * after a failed snapshot the headline says FAILURE, not the last good one.
     */
    public SnapshotHistory getHistory() {
        List<SnapshotHistory.Build> completed = new ArrayList<>();
        Run<?, ?> build = job.getLastCompletedBuild();
        while (build != null && completed.size() < SnapshotHistory.BUILDS) {
            if (!build.isBuilding()) {
                List<SnapshotHistory.Taken> taken = new ArrayList<>();
                for (NosqlSnapshotAction action : build.getActions(NosqlSnapshotAction.class)) {
                    taken.add(new SnapshotHistory.Taken(action.getUrlName(), action.getSummary()));
                }
                Result result = build.getResult();
                completed.add(
                        new SnapshotHistory.Build(build.getNumber(), result == null ? "" : result.toString(), taken));
            }
            build = build.getPreviousBuild();
        }
        return SnapshotHistory.of(completed);
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.NosqlSnapshotProjectAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
