package io.jenkins.plugins.nosqlsnapshot.actions;

import hudson.model.Action;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotHistory;

/**
 * On the job page ({@code jobMain.jelly}): the last completed build's snapshot (whatever its verdict, or that it
 * took none), and below it the snapshots of the last ten completed builds (build, name, verdict, shards lost and
 * degraded, duration), from the builds' recorded actions only. Made by {@link SnapshotJobActions}. No sidebar link.
 */
public final class NosqlSnapshotProjectAction implements Action {
    private final SnapshotHistory history;

    NosqlSnapshotProjectAction(SnapshotHistory history) {
        this.history = history;
    }

    public SnapshotHistory getHistory() {
        return history;
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
