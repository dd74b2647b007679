package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.engine.restore.LoadSource;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreStep;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.SnapshotPresence;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneDecision;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneEntry;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The values {@code nosqlRestoreCheck} and {@code nosqlPrune} return (and the {@code prune} entry of
 * {@code nosqlSnapshot}'s map when {@code keep}/{@code maxAge} is set): strings, integers, booleans, ArrayLists and
 * LinkedHashMaps only, so the CPS program state can be saved and the sandbox reads them with {@code Map.get}.
 * Jenkins-free.
 */
public final class LifecycleResult {
    public static final String PRUNE = "prune";

    private LifecycleResult() {}

    /**
     * @param reportPath workspace path of {@code restore-check.json}, or null when it could not be written
     * @param savedFrom  where the saved report was read from ({@code build #41}, a workspace path)
     */
    public static LinkedHashMap<String, Object> restoreCheck(RestoreReadiness r, String reportPath, String savedFrom) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put("path", r.path().name());
        map.put("verdict", r.path().verdict().name());
        map.put("exitCode", r.path().exitCode());
        map.put("snapshotName", r.snapshotName());
        map.put("storeName", r.storeName());
        map.put(
                "savedVerdict",
                r.savedVerdict() == null ? null : r.savedVerdict().name());
        map.put("savedFrom", savedFrom);
        map.put("summary", r.summary());
        map.put("differences", new ArrayList<Object>(r.differences()));
        map.put("reasons", new ArrayList<Object>(r.reasons()));
        map.put("notes", new ArrayList<Object>(r.notes()));
        map.put("warnings", new ArrayList<Object>(r.warnings()));
        ArrayList<Object> steps = new ArrayList<>();
        for (RestoreStep step : r.steps()) {
            LinkedHashMap<String, Object> s = new LinkedHashMap<>();
            s.put("storageNode", step.storageNode());
            s.put("host", step.host());
            s.put("command", step.command());
            s.put("kind", step.kind().name());
            s.put("wait", step.waitFor());
            s.put("warning", step.warning());
            s.put("phase", step.phase() == null ? null : step.phase().name());
            s.put("runOnce", step.runOnce());
            s.put("timeLimitSeconds", step.timeLimitSeconds());
            s.put("logFiles", new ArrayList<Object>(step.logFiles()));
            steps.add(s);
        }
        map.put("steps", steps);
        map.put("adminSource", r.adminSource() == null ? null : source(r.adminSource()));
        ArrayList<Object> sources = new ArrayList<>();
        for (LoadSource source : r.shardSources()) {
            sources.add(source(source));
        }
        map.put("shardSources", sources);
        ArrayList<Object> presence = new ArrayList<>();
        for (SnapshotPresence p : r.presence()) {
            LinkedHashMap<String, Object> m = new LinkedHashMap<>();
            m.put("storageNode", p.storageNode());
            m.put("host", p.host());
            m.put("held", p.held());
            m.put("state", p.state().name());
            presence.add(m);
        }
        map.put("presence", presence);
        map.put("reportPath", reportPath);
        map.put("adminLaunches", r.adminLaunches());
        return map;
    }

    /** @param reportPath workspace path of {@code prune.json}, or null when it could not be written */
    public static LinkedHashMap<String, Object> prune(PruneReport p, String reportPath) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put("name", p.name());
        map.put("verdict", p.verdict().name());
        map.put("dryRun", p.dryRun());
        map.put("summary", p.summary());
        map.put("removed", names(p.withAction(PruneDecision.REMOVED)));
        map.put("kept", names(p.withAction(PruneDecision.KEPT)));
        map.put("wouldRemove", names(p.withAction(PruneDecision.WOULD_REMOVE)));
        ArrayList<Object> notRemoved = new ArrayList<>();
        for (PruneEntry entry : p.withAction(PruneDecision.NOT_REMOVED)) {
            LinkedHashMap<String, Object> e = new LinkedHashMap<>();
            e.put("name", entry.name());
            e.put("why", entry.why());
            e.put("remainingOn", new ArrayList<Object>(entry.remainingOn()));
            e.put("unconfirmedOn", new ArrayList<Object>(entry.unconfirmedOn()));
            notRemoved.add(e);
        }
        map.put("notRemoved", notRemoved);
        ArrayList<Object> entries = new ArrayList<>();
        for (PruneEntry entry : p.entries()) {
            LinkedHashMap<String, Object> e = new LinkedHashMap<>();
            e.put("name", entry.name());
            e.put("action", entry.action().name());
            e.put("why", entry.why());
            entries.add(e);
        }
        map.put("entries", entries);
        map.put("problems", new ArrayList<Object>(p.problems()));
        map.put("reportPath", reportPath);
        map.put("adminLaunches", p.adminLaunches());
        return map;
    }

    /** {@code nosqlSnapshot}'s map with the {@code prune} entry when a prune ran after the snapshot. */
    public static LinkedHashMap<String, Object> withPrune(
            LinkedHashMap<String, Object> snapshotMap, PruneReport prune, String pruneReportPath) {
        if (prune != null) {
            snapshotMap.put(PRUNE, prune(prune, pruneReportPath));
        }
        return snapshotMap;
    }

    /** The keys of each entry of {@code steps}, in order, for documentation and tests. */
    public static List<String> restoreStepKeys() {
        return List.of(
                "storageNode",
                "host",
                "command",
                "kind",
                "wait",
                "warning",
                "phase",
                "runOnce",
                "timeLimitSeconds",
                "logFiles");
    }

    /** The keys of {@code nosqlRestoreCheck}'s map, in order, for documentation and tests. */
    public static List<String> restoreCheckKeys() {
        return List.of(
                "path",
                "verdict",
                "exitCode",
                "snapshotName",
                "storeName",
                "savedVerdict",
                "savedFrom",
                "summary",
                "differences",
                "reasons",
                "notes",
                "warnings",
                "steps",
                "adminSource",
                "shardSources",
                "presence",
                "reportPath",
                "adminLaunches");
    }

    private static LinkedHashMap<String, Object> source(LoadSource source) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("shard", source.shard());
        m.put("component", source.component());
        m.put("storageNode", source.storageNode());
        m.put("host", source.host());
        m.put("path", source.path());
        m.put("masterAtSnapshot", source.masterAtSnapshot());
        m.put("note", source.note());
        return m;
    }

    private static ArrayList<Object> names(Collection<PruneEntry> entries) {
        ArrayList<Object> names = new ArrayList<>();
        for (PruneEntry entry : entries) {
            names.add(entry.name());
        }
        return names;
    }
}
