package io.jenkins.plugins.nosqlsnapshot.actions;

import hudson.Functions;
import hudson.model.Action;
import hudson.model.Api;
import hudson.model.Run;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotDetail;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotLinkName;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotSummary;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotUrlName;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One snapshot taken in a build, on the build page: {@code summary.jelly} (verdict, name, counts, lost shards) and
 * its own page {@code index.jelly} (shard and path tables, read from the archived report, links to it). A build that takes
 * several snapshots has one per snapshot. The last successful build's first one gives the job its page summary
 * ({@link #getProjectActions()}).
 */
@ExportedBean
public final class NosqlSnapshotAction implements RunAction2, SimpleBuildStep.LastBuildAction {
    /** A report.json larger than this is not shown on the page (the archived file stays). */
    private static final int MAX_REPORT_BYTES = 32 * 1024 * 1024;

    private final SnapshotSummary summary;
    private final int index;
    /** Null in builds recorded before the URL named the report directory: those keep {@code nosql-snapshot-N}. */
    private final String urlName;

    private transient Run<?, ?> run;
    /** The page's tables, read from the archived report when the page is opened; dropped under memory pressure. */
    private transient volatile SoftReference<SnapshotDetail> detail;

    /**
     * @param index 1 for the build's first snapshot, 2 for the second, ... (the sidebar link's number)
     * @param urlName unique among the build's snapshot pages ({@link SnapshotUrlName})
     */
    public NosqlSnapshotAction(SnapshotSummary summary, int index, String urlName) {
        this.summary = summary;
        this.index = index;
        this.urlName = urlName;
    }

    public SnapshotSummary getSummary() {
        return summary;
    }

    public int getIndex() {
        return index;
    }

    /** {@code .../nosql-snapshot-<report directory>/api/json}. */
    public Api getApi() {
        return new Api(this);
    }

    /** SUCCESS, UNSTABLE or FAILURE: the engine's verdict. */
    @Exported
    public String getVerdict() {
        return summary.getVerdict();
    }

    /** The full snapshot name, else the requested one (a snapshot that was not taken). */
    @Exported
    public String getSnapshotName() {
        return summary.getDisplayName();
    }

    @Exported
    public String getRequestedName() {
        return summary.getRequestedName();
    }

    /** {@code nosql-snapshot/NAME/report.json} in the workspace and, when archived, among the artifacts. */
    @Exported
    public String getReportPath() {
        return summary.getReportPath();
    }

    @Exported
    public boolean isArchived() {
        return summary.isArchived();
    }

    @Exported
    public int getReplicationNodesOk() {
        return summary.getTally().replicationNodesOk();
    }

    @Exported
    public int getReplicationNodes() {
        return summary.getTally().replicationNodes();
    }

    @Exported
    public int getAdminsOk() {
        return summary.getTally().adminsOk();
    }

    @Exported
    public int getAdmins() {
        return summary.getTally().admins();
    }

    @Exported
    public int getConfigsOk() {
        return summary.getTally().configsOk();
    }

    @Exported
    public int getConfigs() {
        return summary.getTally().configs();
    }

    @Exported
    public int getShardsComplete() {
        return summary.getTally().shardsComplete();
    }

    @Exported
    public int getShardsDegraded() {
        return summary.getTally().shardsDegraded();
    }

    @Exported
    public int getShardsLost() {
        return summary.getTally().shardsLost();
    }

    /**
     * Whether the current user may see what the archived report holds (problems, hosts, snapshot directories) and
     * the links to it: as Jenkins shows a build's artifacts ({@code Run.doArtifact}), to everyone who may read the
     * build, unless {@code hudson.security.ArtifactsPermission} is on; then only with Run/Artifacts.
     */
    public boolean isReportVisible() {
        if (!Functions.isArtifactsPermissionEnabled()) {
            return true;
        }
        Run<?, ?> owner = run;
        return owner != null && owner.hasPermission(Run.ARTIFACTS);
    }

    /**
     * The page's shard and path tables: read from the archived {@code report.json} through the build's artifact
     * manager the first time the page is opened, then held softly. A build recorded before the tables moved out
     * of {@code build.xml} shows its recorded ones. A user who may not see the build's artifacts
     * ({@link #isReportVisible()}) gets none of them, only a line that says why.
     */
    public SnapshotDetail getDetail() {
        if (!isReportVisible()) {
            return SnapshotDetail.unavailable(Messages.NosqlSnapshotAction_NoArtifactsPermission());
        }
        SoftReference<SnapshotDetail> cached = detail;
        SnapshotDetail known = cached == null ? null : cached.get();
        if (known != null) {
            return known;
        }
        SnapshotDetail read = readDetail();
        detail = new SoftReference<>(read);
        return read;
    }

    private SnapshotDetail readDetail() {
        SnapshotDetail recorded = summary.recordedDetail();
        if (recorded != null) {
            return recorded;
        }
        if (!summary.isArchived() || run == null) {
            return SnapshotDetail.unavailable(Messages.NosqlSnapshotAction_NotArchived());
        }
        try (InputStream in = run.getArtifactManager()
                .root()
                .child(summary.getReportDirectory())
                .child(ReportFiles.REPORT_JSON)
                .open()) {
            byte[] bytes = in.readNBytes(MAX_REPORT_BYTES + 1);
            if (bytes.length > MAX_REPORT_BYTES) {
                return SnapshotDetail.unavailable(Messages.NosqlSnapshotAction_Unreadable(summary.getReportPath()));
            }
            return SnapshotDetail.of(ReportJson.read(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return SnapshotDetail.unavailable(Messages.NosqlSnapshotAction_Unreadable(summary.getReportPath()));
        }
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    /**
     * The job page's summary, once per build (from its first snapshot action): Jenkins asks the last successful
     * build's {@code LastBuildAction}s for the job's actions, a build it reads for every job anyway. Reads no other
     * build: the summary's history is read when the job page asks for it.
     */
    @Override
    public Collection<? extends Action> getProjectActions() {
        Run<?, ?> owner = run;
        if (owner == null || owner.getAction(NosqlSnapshotAction.class) != this) {
            return List.of();
        }
        return List.of(new NosqlSnapshotProjectAction(owner.getParent()));
    }

    @Override
    public String getIconFileName() {
        return "symbol-server";
    }

    /** The sidebar link: short, so it stays on one line; the snapshot's name is on the page itself. */
    @Override
    public String getDisplayName() {
        return SnapshotLinkName.of(index);
    }

    /** {@code nosql-snapshot-<report directory>}: parallel branches of one build get one page each. */
    @Override
    public String getUrlName() {
        return urlName != null ? urlName : SnapshotUrlName.legacy(index);
    }
}
