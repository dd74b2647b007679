package io.jenkins.plugins.nosqlsnapshot.engine.model;

import java.util.List;

/**
 * @param decision GO, WARN, BLOCK, or SKIPPED (mode OFF)
 * @param note     why the plans could not be checked, or null
 */
public record PreflightReport(PreflightMode mode, String decision, List<PlanFinding> plans, String note) {
    public PreflightReport {
        plans = List.copyOf(plans);
    }

    public boolean blocks() {
        return "BLOCK".equals(decision);
    }
}
