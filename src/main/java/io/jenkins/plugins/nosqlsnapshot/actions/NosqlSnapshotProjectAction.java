package io.jenkins.plugins.nosqlsnapshot.actions;

import hudson.model.Action;
import io.jenkins.plugins.nosqlsnapshot.Messages;

/**
 * On the job page ({@code jobMain.jelly}): the name and verdict of the last snapshot of the last completed build,
 * linking to its page. No sidebar link of its own.
 */
public final class NosqlSnapshotProjectAction implements Action {
    private final String snapshotName;
    private final String verdict;
    private final int buildNumber;
    private final String buildActionUrl;

    NosqlSnapshotProjectAction(String snapshotName, String verdict, int buildNumber, String buildActionUrl) {
        this.snapshotName = snapshotName;
        this.verdict = verdict;
        this.buildNumber = buildNumber;
        this.buildActionUrl = buildActionUrl;
    }

    public String getSnapshotName() {
        return snapshotName;
    }

    public String getVerdict() {
        return verdict;
    }

    public int getBuildNumber() {
        return buildNumber;
    }

    /** Relative to the job's page: {@code 42/nosql-snapshot-1/}. */
    public String getBuildActionPath() {
        return buildNumber + "/" + buildActionUrl + "/";
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
