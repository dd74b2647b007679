package io.jenkins.plugins.nosqlsnapshot.engine.survey;

import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminOutputException;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminsParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.ParametersParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotListParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store as it is now, as far as one admin session could tell.
 *
 * @param topology   {@code show topology -verbose}, or null when it could not be read
 * @param admins     {@code show admins}, or null when not asked or unreadable
 * @param parameters {@code show parameter -service snN} of each SN that answered
 * @param listings   {@code show snapshots -sn snN} of every SN
 * @param problems   sentences on what could not be read
 */
public record StoreSurvey(
        Topology topology,
        List<Admin> admins,
        Map<String, StorageNodeParameters> parameters,
        SnapshotListings listings,
        List<String> problems) {
    public StoreSurvey {
        admins = admins == null ? null : List.copyOf(admins);
        parameters = Map.copyOf(parameters);
        problems = List.copyOf(problems);
    }

    /** Nothing learned: the session could not start. */
    public static StoreSurvey empty() {
        return new StoreSurvey(null, null, Map.of(), new SnapshotListings(Map.of(), Map.of()), List.of());
    }

    /**
     * Asks the store: topology, then (for a restore check) admins and every SN's parameters, then every SN's
     * snapshot listing. Stops at the first failure of the session; what was learned stays.
     */
    public static StoreSurvey take(AdminConversation admin, boolean placement) {
        List<String> problems = new ArrayList<>();
        Topology topology = read(admin.send("show topology -verbose"), problems, TopologyParser::parse);
        admin.storeNamed(topology);
        if (topology == null || admin.failed()) {
            return new StoreSurvey(null, null, Map.of(), new SnapshotListings(Map.of(), Map.of()), problems);
        }
        List<Admin> admins = null;
        Map<String, StorageNodeParameters> parameters = new LinkedHashMap<>();
        if (placement) {
            admins = read(admin.send("show admins"), problems, AdminsParser::parse);
            for (StorageNode sn : topology.storageNodes()) {
                StorageNodeParameters params =
                        read(admin.send("show parameter -service " + sn.id()), problems, ParametersParser::parse);
                if (params != null) {
                    parameters.put(sn.id(), params);
                }
            }
        }
        return new StoreSurvey(topology, admins, parameters, listings(admin, topology), problems);
    }

    /** {@code show snapshots -sn snN} on every SN of the topology. */
    public static SnapshotListings listings(AdminConversation admin, Topology topology) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (StorageNode sn : topology.storageNodes()) {
            AdminDocument listing = admin.send("show snapshots -sn " + sn.id());
            if (listing == null) {
                errors.put(sn.id(), "not asked: " + admin.failure());
            } else if (!listing.succeeded()) {
                errors.put(sn.id(), listing.summary());
            } else {
                try {
                    names.put(sn.id(), SnapshotListParser.parse(listing));
                } catch (AdminOutputException e) {
                    errors.put(sn.id(), e.getMessage());
                }
            }
        }
        return new SnapshotListings(names, errors);
    }

    private static <T> T read(AdminDocument document, List<String> problems, Reader<T> reader) {
        if (document == null) {
            return null;
        }
        try {
            return reader.read(document);
        } catch (AdminOutputException e) {
            problems.add("Could not use the answer: " + e.getMessage() + ".");
            return null;
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(AdminDocument document) throws AdminOutputException;
    }
}
