package io.jenkins.plugins.nosqlsnapshot.actions;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotHistory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Gives a job that has taken snapshots its {@link NosqlSnapshotProjectAction}. Not
 * {@code SimpleBuildStep.LastBuildAction}: Jenkins' factory for those reads only {@code getLastSuccessfulBuild()},
 * so after a failed snapshot the job page would still show the last good one. This reads the last completed build
 * and the {@value SnapshotHistory#BUILDS} before it, their actions only (no report is loaded).
 */
@Extension
@SuppressWarnings("rawtypes") // Job's type parameters are not known here, as in Jenkins' own factories
public final class SnapshotJobActions extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return NosqlSnapshotProjectAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job job) {
        List<SnapshotHistory.Build> completed = new ArrayList<>();
        boolean anySnapshot = false;
        Run<?, ?> build = job.getLastCompletedBuild();
        while (build != null && completed.size() < SnapshotHistory.BUILDS) {
            if (!build.isBuilding()) {
                List<SnapshotHistory.Taken> taken = new ArrayList<>();
                for (NosqlSnapshotAction action : build.getActions(NosqlSnapshotAction.class)) {
                    taken.add(new SnapshotHistory.Taken(action.getUrlName(), action.getSummary()));
                }
                anySnapshot |= !taken.isEmpty();
                Result result = build.getResult();
                completed.add(
                        new SnapshotHistory.Build(build.getNumber(), result == null ? "" : result.toString(), taken));
            }
            build = build.getPreviousBuild();
        }
        if (!anySnapshot) {
            return List.of();
        }
        return List.of(new NosqlSnapshotProjectAction(SnapshotHistory.of(completed)));
    }
}
