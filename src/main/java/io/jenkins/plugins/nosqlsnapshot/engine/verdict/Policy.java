package io.jenkins.plugins.nosqlsnapshot.engine.verdict;

import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;

/**
 * How strict the gate is.
 *
 * @param onPartial            verdict when some RN or admin snapshot failed but every shard kept enough replicas
 * @param onConfigFailure      verdict when a Storage Node's configuration backup failed
 * @param minReplicasPerShard  successful RN snapshots each shard needs, at least 1
 * @param preflight            what a running topology change does to the run
 */
public record Policy(Verdict onPartial, Verdict onConfigFailure, int minReplicasPerShard, PreflightMode preflight) {
    public static final Policy DEFAULT = new Policy(Verdict.UNSTABLE, Verdict.UNSTABLE, 1, PreflightMode.BLOCK);

    public Policy {
        if (minReplicasPerShard < 1) {
            throw new IllegalArgumentException(
                    "min replicas per shard must be at least 1 (a shard with no snapshot cannot be restored), got "
                            + minReplicasPerShard);
        }
    }
}
