package io.jenkins.plugins.nosqlsnapshot.engine.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code show snapshots -sn snN} said on each Storage Node. Each SN lists only its own snapshots directory (of
 * its admin, otherwise of its first RN), and an SN that was down misses the snapshots taken meanwhile, so only the
 * listings of every SN together tell where a snapshot is.
 *
 * @param names  the names each readable SN listed, by SN id, in the topology's order
 * @param errors why an SN could not be listed (e.g. it is down), by SN id
 */
public record SnapshotListings(Map<String, List<String>> names, Map<String, String> errors) {
    public SnapshotListings {
        names = copy(names);
        errors = Map.copyOf(errors);
    }

    /** Every name listed on any SN, in first-seen order. */
    public Set<String> allNames() {
        Set<String> all = new LinkedHashSet<>();
        names.values().forEach(all::addAll);
        return all;
    }

    /** The SNs that list {@code name}. */
    public List<String> holding(String name) {
        List<String> sns = new ArrayList<>();
        names.forEach((sn, listed) -> {
            if (listed.contains(name)) {
                sns.add(sn);
            }
        });
        return sns;
    }

    public boolean isReadable(String storageNodeId) {
        return names.containsKey(storageNodeId);
    }

    public boolean lists(String storageNodeId, String name) {
        List<String> listed = names.get(storageNodeId);
        return listed != null && listed.contains(name);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> names) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        names.forEach((sn, listed) -> copy.put(sn, List.copyOf(listed)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
