package io.jenkins.plugins.nosqlsnapshot.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job page's view of its snapshots: the last completed build's snapshot (also when that build failed, or took
 * none: a backup gate must not show an older SUCCESS), and a table of the snapshots of the last
 * {@value #BUILDS} completed builds, newest first. Built from the builds' recorded summaries only, never from
 * their reports. Jenkins-free.
 *
 * @param latest the last completed build's last snapshot, or null when there is no completed build
 * @param rows one row per snapshot of the last {@value #BUILDS} completed builds
 */
public record SnapshotHistory(Latest latest, List<Row> rows) {
    /** How many completed builds the table looks at. */
    public static final int BUILDS = 10;

    public SnapshotHistory {
        rows = List.copyOf(rows);
    }

    /** One snapshot page of a build. */
    public record Taken(String urlName, SnapshotSummary summary) {}

    /**
     * A completed build and its snapshots, in the order they were taken.
     *
     * @param result the build's result (SUCCESS, UNSTABLE, FAILURE, ABORTED, ...)
     */
    public record Build(int number, String result, List<Taken> snapshots) {
        public Build {
            snapshots = List.copyOf(snapshots);
        }
    }

    /**
     * The headline.
     *
     * @param snapshotName null when the build took no snapshot
     * @param path relative to the job's page ({@code 42/nosql-snapshot-NAME/}), null when there is no snapshot
     */
    public record Latest(int build, String buildResult, String snapshotName, String verdict, String path) {
        public boolean isTaken() {
            return snapshotName != null;
        }

        public int getBuild() {
            return build;
        }

        public String getBuildResult() {
            return buildResult;
        }

        public String getSnapshotName() {
            return snapshotName;
        }

        public String getVerdict() {
            return verdict;
        }

        public String getPath() {
            return path;
        }
    }

    /** One row of the table. */
    public record Row(
            int build,
            String path,
            String snapshotName,
            String verdict,
            int shardsLost,
            int shardsDegraded,
            String duration) {
        public int getBuild() {
            return build;
        }

        public String getPath() {
            return path;
        }

        public String getSnapshotName() {
            return snapshotName;
        }

        public String getVerdict() {
            return verdict;
        }

        public int getShardsLost() {
            return shardsLost;
        }

        public int getShardsDegraded() {
            return shardsDegraded;
        }

        public String getDuration() {
            return duration;
        }
    }

    /** @param completed completed builds, newest first; only the first {@value #BUILDS} are read */
    public static SnapshotHistory of(List<Build> completed) {
        if (completed.isEmpty()) {
            return new SnapshotHistory(null, List.of());
        }
        Build last = completed.get(0);
        Latest latest;
        if (last.snapshots().isEmpty()) {
            latest = new Latest(last.number(), last.result(), null, null, null);
        } else {
            Taken taken = last.snapshots().get(last.snapshots().size() - 1);
            latest = new Latest(
                    last.number(),
                    last.result(),
                    taken.summary().getDisplayName(),
                    taken.summary().getVerdict(),
                    path(last.number(), taken));
        }
        List<Row> rows = new ArrayList<>();
        for (Build build : completed.subList(0, Math.min(BUILDS, completed.size()))) {
            List<Taken> snapshots = new ArrayList<>(build.snapshots());
            java.util.Collections.reverse(snapshots);
            for (Taken taken : snapshots) {
                SnapshotSummary s = taken.summary();
                rows.add(new Row(
                        build.number(),
                        path(build.number(), taken),
                        s.getDisplayName(),
                        s.getVerdict(),
                        s.getTally().shardsLost(),
                        s.getTally().shardsDegraded(),
                        duration(s.getDurationMillis())));
            }
        }
        return new SnapshotHistory(latest, rows);
    }

    public Latest getLatest() {
        return latest;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** "2.8 s", "3 min 05 s", "—" when unknown (a build recorded before the duration was kept). */
    static String duration(long millis) {
        if (millis <= 0) {
            return SnapshotSummary.ShardRow.NONE;
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static String path(int build, Taken taken) {
        return build + "/" + taken.urlName() + "/";
    }
}
