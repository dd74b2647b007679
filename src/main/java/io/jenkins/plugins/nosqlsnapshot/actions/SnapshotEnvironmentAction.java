package io.jenkins.plugins.nosqlsnapshot.actions;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotEnvironment;
import java.util.Map;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Leaves {@code NOSQL_SNAPSHOT_NAME} and {@code NOSQL_SNAPSHOT_VERDICT} to the rest of the build (later freestyle
 * steps, {@code env.NOSQL_SNAPSHOT_NAME} in Pipeline). One per build: a later snapshot replaces it. Invisible.
 */
@ExportedBean
public final class SnapshotEnvironmentAction implements EnvironmentContributingAction {
    private final String snapshotName;
    private final String verdict;

    public SnapshotEnvironmentAction(String snapshotName, String verdict) {
        this.snapshotName = snapshotName;
        this.verdict = verdict;
    }

    @Exported
    public String getSnapshotName() {
        return snapshotName;
    }

    @Exported
    public String getVerdict() {
        return verdict;
    }

    /** The variables it leaves, {@code NOSQL_SNAPSHOT_NAME} and {@code NOSQL_SNAPSHOT_VERDICT}; nothing secret. */
    @Exported
    public Map<String, String> getEnvironment() {
        return SnapshotEnvironment.variables(snapshotName, verdict);
    }

    @Override
    public void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        env.putAll(SnapshotEnvironment.variables(snapshotName, verdict));
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
