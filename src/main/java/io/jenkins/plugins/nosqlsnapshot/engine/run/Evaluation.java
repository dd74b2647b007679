package io.jenkins.plugins.nosqlsnapshot.engine.run;

import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminOutputException;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminsParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.ParametersParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.PingParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.PlansParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResult;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResultParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Evidence;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Preflight;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.VerdictEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same verdict and report as a run, from outputs saved earlier ({@code nosql-snapshot evaluate}). Only the
 * {@code snapshot create} result is required; each other document makes the verdict more complete. An output that
 * cannot be parsed is a FAILURE reason naming the file, never an exception.
 *
 * @param result     {@code snapshot create -json}
 * @param topology   {@code show topology -verbose -json}, or null
 * @param parameters {@code show parameter -service snN -json}, any number
 * @param admins     {@code show admins -json}, or null
 * @param ping       {@code ping -json}, or null
 * @param plans      {@code show plans -json}, or null (then the pre-flight is reported as skipped)
 */
public record Evaluation(
        SavedOutput result,
        SavedOutput topology,
        List<SavedOutput> parameters,
        SavedOutput admins,
        SavedOutput ping,
        SavedOutput plans,
        String zone,
        Policy policy) {
    public Evaluation {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        policy = policy == null ? Policy.DEFAULT : policy;
    }

    public RunResult evaluate() {
        long started = System.nanoTime();
        List<Reason> reasons = new ArrayList<>();
        SnapshotResult snapshot = null;
        try {
            snapshot = SnapshotResultParser.parseOutput(result.text(), result.source());
        } catch (AdminOutputException e) {
            reasons.add(ReasonCode.INPUT_UNPARSEABLE.reason(e.getMessage()));
        }
        AdminDocument topologyDocument = topology == null ? null : read(topology, "show topology", reasons, d -> d);
        Topology parsedTopology = null;
        if (topologyDocument != null) {
            try {
                parsedTopology = TopologyParser.parse(topologyDocument);
            } catch (AdminOutputException e) {
                reasons.add(ReasonCode.TOPOLOGY_UNPARSEABLE.reason(topology.source(), e.getMessage()));
            }
        }
        Map<String, StorageNodeParameters> byNode = new LinkedHashMap<>();
        for (SavedOutput output : parameters) {
            StorageNodeParameters params = read(output, "show parameters", reasons, ParametersParser::parse);
            if (params != null) {
                byNode.put(params.storageNodeId(), params);
            }
        }
        List<Admin> adminList = admins == null ? null : read(admins, "show admins", reasons, AdminsParser::parse);
        PingStatus pingStatus = ping == null ? null : read(ping, "ping", reasons, PingParser::parse);
        PreflightReport preflight;
        if (plans == null) {
            preflight = new PreflightReport(PreflightMode.OFF, "SKIPPED", List.of(), "no plans were given");
        } else {
            var planList = read(plans, "show plans", reasons, PlansParser::parse);
            // evaluate judges a snapshot already taken: a plan can only warn here
            PreflightMode mode = policy.preflight() == PreflightMode.OFF ? PreflightMode.OFF : PreflightMode.WARN;
            preflight = Preflight.decide(mode, planList, planList == null ? "unreadable" : null);
        }
        String requested = snapshot == null ? null : SnapshotName.requestedPart(snapshot.snapshotName());
        Evidence evidence = new Evidence(
                requested,
                zone,
                parsedTopology,
                adminList,
                byNode,
                pingStatus,
                preflight,
                snapshot,
                Map.of(),
                Map.of(),
                reasons,
                List.of(),
                0,
                Instant.now().toString(),
                (System.nanoTime() - started) / 1_000_000);
        return new RunResult(
                new VerdictEngine(policy).assess(evidence), parsedTopology == null ? null : topologyDocument);
    }

    private static <T> T read(SavedOutput output, String operation, List<Reason> reasons, DocumentReader<T> reader) {
        try {
            return reader.read(DocumentParser.parseOutput(output.text(), output.source(), operation));
        } catch (AdminOutputException e) {
            reasons.add(ReasonCode.INPUT_UNPARSEABLE.reason(e.getMessage()));
            return null;
        }
    }

    @FunctionalInterface
    private interface DocumentReader<T> {
        T read(AdminDocument document) throws AdminOutputException;
    }
}
