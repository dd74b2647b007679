package io.jenkins.plugins.nosqlsnapshot.engine.verdict;

import io.jenkins.plugins.nosqlsnapshot.engine.model.PlanFinding;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightMode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, before {@code snapshot create} is sent, whether a topology change is in process. A snapshot restores in
 * place only onto the topology it was taken from, and the admin's own elasticity lock is held only while a plan
 * executes: an INTERRUPTED or failed deploy-topology leaves a half-applied topology without blocking the snapshot.
 */
public final class Preflight {
    /** Default names of plans that change the deployed topology (change-repfactor, redistribute, rebalance and
     * contract are deployed through "Deploy Topo"). A plan given a custom {@code -name} is not recognised. */
    private static final Set<String> TOPOLOGY_PLANS = Set.of(
            "deploy topo",
            "deploy-topology",
            "migrate storage node",
            "migrate-sn",
            "remove storage node",
            "remove-sn",
            "deploy storage node",
            "deploy zone",
            "remove zone",
            "failover",
            "repair topology",
            "deploy admin service",
            "remove admin replica");

    private Preflight() {}

    /**
     * @param plans      the plans, or null when {@code show plans} failed
     * @param plansError why they could not be read, or null
     */
    public static PreflightReport decide(PreflightMode mode, List<Plan> plans, String plansError) {
        if (mode == PreflightMode.OFF) {
            return new PreflightReport(mode, "SKIPPED", List.of(), null);
        }
        if (plans == null) {
            String note = "the plans could not be read" + (plansError == null ? "" : ": " + plansError);
            return new PreflightReport(mode, mode == PreflightMode.BLOCK ? "BLOCK" : "WARN", List.of(), note);
        }
        List<PlanFinding> findings = new ArrayList<>();
        boolean blocking = false;
        for (Plan plan : plans) {
            String effect = effect(plan);
            if (effect != null) {
                findings.add(new PlanFinding(plan.id(), plan.name(), plan.state(), effect));
                blocking |= "BLOCKS".equals(effect);
            }
        }
        String decision;
        if (blocking && mode == PreflightMode.BLOCK) {
            decision = "BLOCK";
        } else if (findings.isEmpty()) {
            decision = "GO";
        } else {
            decision = "WARN";
        }
        return new PreflightReport(mode, decision, findings, null);
    }

    private static String effect(Plan plan) {
        String state = plan.state() == null ? "" : plan.state().toUpperCase(Locale.ROOT);
        switch (state) {
            case "RUNNING":
            case "INTERRUPT_REQUESTED":
                return "BLOCKS";
            case "INTERRUPTED":
            case "ERROR":
                return changesTopology(plan) ? "BLOCKS" : "WARNS";
            case "APPROVED":
            case "PENDING":
                return "WARNS";
            default:
                return null;
        }
    }

    static boolean changesTopology(Plan plan) {
        return plan.name() != null
                && TOPOLOGY_PLANS.contains(plan.name().strip().toLowerCase(Locale.ROOT));
    }
}
