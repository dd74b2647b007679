package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotName;
import java.time.Duration;

/**
 * Which of one job's snapshots to keep. A snapshot is kept when any rule keeps it: it is among the newest
 * {@code keep}, or younger than {@code maxAge}, or it is the newest one not known to have failed.
 *
 * @param name   the name given to {@code create}; only snapshots named {@code yyMMdd-HHmmss-NAME} exactly are touched
 * @param keep   how many of the newest to keep, or null
 * @param maxAge keep those younger than this, or null
 * @param dryRun only say what would be removed
 */
public record RetentionPolicy(String name, Integer keep, Duration maxAge, boolean dryRun) {
    public RetentionPolicy {
        SnapshotName.validate(name);
        if (keep == null && maxAge == null) {
            throw new IllegalArgumentException("Give how many snapshots to keep (keep) and/or their maximum age"
                    + " (maxAge); without either, prune would remove every snapshot but the newest good one");
        }
        if (keep != null && keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, got " + keep);
        }
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("maxAge must be positive, got " + maxAge);
        }
    }
}
