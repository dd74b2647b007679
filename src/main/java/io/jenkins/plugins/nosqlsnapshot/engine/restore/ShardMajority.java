package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Shard;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rolling restart cannot keep up: a shard (or the admins) keeps taking writes while one Storage Node is down
 * only if more than half of its members are elsewhere (a JE replication group needs a simple majority of its electable
 * nodes to elect a master). So the rolling restart stops one SN at a time, and says so for each SN whose stop takes a
 * shard's or the admins' majority with it (every shard of replication factor 1 or 2 that has a node there).
 */
final class ShardMajority {
    private ShardMajority() {}

    /**
     * @return for every SN of the topology, in its order, the sentences saying what loses its majority while that SN is
     *     stopped (empty when everything keeps one)
     */
    static Map<String, List<String>> lostWhileDown(Topology topology, List<AdminReport> admins) {
        Map<String, List<String>> lost = new LinkedHashMap<>();
        for (StorageNode sn : topology.storageNodes()) {
            List<String> sentences = new ArrayList<>();
            for (Shard shard : topology.shards()) {
                long here = sn.replicationNodes().stream()
                        .filter(rn -> shard.replicationNodeIds().contains(rn.id()))
                        .count();
                int total = shard.replicationNodeIds().size();
                if (here > 0 && !keepsMajority(total, here)) {
                    sentences.add("shard " + shard.id() + " has " + here + " of its " + total + " Replication Node"
                            + (total == 1 ? "" : "s") + " on " + sn.id() + ", so it takes no writes while " + sn.id()
                            + " restarts");
                }
            }
            long adminsHere =
                    admins.stream().filter(a -> sn.id().equals(a.storageNode())).count();
            if (adminsHere > 0 && !keepsMajority(admins.size(), adminsHere)) {
                sentences.add(adminsHere + " of the " + admins.size() + " admin" + (admins.size() == 1 ? "" : "s")
                        + " run on " + sn.id() + ", so the admin takes no plans while " + sn.id() + " restarts");
            }
            lost.put(sn.id(), List.copyOf(sentences));
        }
        return lost;
    }

    private static boolean keepsMajority(long members, long down) {
        return (members - down) * 2 > members;
    }
}
