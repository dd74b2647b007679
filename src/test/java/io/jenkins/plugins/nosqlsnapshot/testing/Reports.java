package io.jenkins.plugins.nosqlsnapshot.testing;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import java.util.List;

/** Small engine reports for the plugin's unit tests: one shard of two RNs, one admin, one SN. */
public final class Reports {
    private Reports() {}

    public static SnapshotReport healthy() {
        return report(Verdict.SUCCESS, List.of(), ComponentStatus.OK, ComponentStatus.OK);
    }

    public static SnapshotReport rnFailed() {
        return report(
                Verdict.UNSTABLE,
                List.of(
                        new Reason(Severity.UNSTABLE, "COMPONENT_FAILED", "rg1-rn2 has no snapshot"),
                        new Reason(Severity.INFO, "NOTE", "an informational line")),
                ComponentStatus.FAILED,
                ComponentStatus.OK);
    }

    public static SnapshotReport configFailed() {
        return report(
                Verdict.FAILURE,
                List.of(new Reason(Severity.FAILURE, "CONFIG_FAILED", "sn1 configuration backup failed")),
                ComponentStatus.OK,
                ComponentStatus.FAILED);
    }

    public static SnapshotReport report(
            Verdict verdict, List<Reason> reasons, ComponentStatus rn2, ComponentStatus config) {
        List<ReplicationNodeReport> rns = List.of(
                new ReplicationNodeReport(
                        "rg1-rn1", "sn1", "node1", ComponentStatus.OK, true, "/kv/snapshots/x", "RUNNING"),
                new ReplicationNodeReport("rg1-rn2", "sn1", "node1", rn2, false, null, "RUNNING"));
        int ok = rn2 == ComponentStatus.OK ? 2 : 1;
        ShardReport shard = new ShardReport("rg1", ok == 2 ? ShardStatus.COMPLETE : ShardStatus.DEGRADED, ok, rns);
        return new SnapshotReport(
                SnapshotReport.SCHEMA_VERSION,
                "251124-101500-nightly",
                "nightly",
                null,
                verdict,
                reasons,
                new Summary(ok, 2, 1, 1, config == ComponentStatus.OK ? 1 : 0, 1, ok == 2 ? 1 : 0, ok == 2 ? 0 : 1, 0),
                null,
                null,
                List.of(shard),
                List.of(new AdminReport("admin1", "sn1", "node1", ComponentStatus.OK, null, "RUNNING")),
                List.of(new StorageNodeReport("sn1", "node1", "/kv/root", config, null, Boolean.TRUE, null)),
                null,
                true,
                1,
                List.of(),
                "2025-11-24T10:15:00Z",
                1234L,
                null);
    }
}
