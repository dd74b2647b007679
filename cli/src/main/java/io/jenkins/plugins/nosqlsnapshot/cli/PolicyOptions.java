package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import picocli.CommandLine.Option;

/** How strict the gate is. */
public final class PolicyOptions {
    @Option(
            names = "--on-partial",
            paramLabel = "unstable|failure|success",
            defaultValue = "unstable",
            description =
                    "Verdict when some RN or admin snapshot failed but every shard kept enough (default: ${DEFAULT-VALUE})")
    Verdict onPartial;

    @Option(
            names = "--on-config-failure",
            paramLabel = "unstable|failure|success",
            defaultValue = "unstable",
            description = "Verdict when a Storage Node configuration backup failed (default: ${DEFAULT-VALUE})")
    Verdict onConfigFailure;

    @Option(
            names = "--min-replicas-per-shard",
            paramLabel = "N",
            defaultValue = "1",
            description = "Successful RN snapshots each shard needs (default: ${DEFAULT-VALUE})")
    int minReplicasPerShard;

    @Option(
            names = "--preflight",
            paramLabel = "block|warn|off",
            defaultValue = "block",
            description = "What a running or interrupted topology change does: block takes no snapshot (default:"
                    + " ${DEFAULT-VALUE})")
    PreflightMode preflight;

    public Policy policy() {
        return new Policy(onPartial, onConfigFailure, minReplicasPerShard, preflight);
    }
}
