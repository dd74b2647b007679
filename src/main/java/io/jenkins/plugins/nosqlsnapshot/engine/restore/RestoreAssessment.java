package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.SnapshotPresence.State;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.SnapshotListings;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.StoreSurvey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a restore path from a saved snapshot and the store as it is now. Pure: the session is {@link RestoreCheck}'s.
 *
 * <p>In place needs the exact topology of snapshot time and, on every SN, the snapshot directory of every RN and admin
 * it starts and of its configuration: the SN refuses to start without them ("Fail to find snapshot directory").
 * Otherwise {@code load} needs one admin snapshot and one RN snapshot per shard that are still on their SNs. An SN's
 * listing ({@code show snapshots -sn}) reads its admin's snapshots directory, else its first RN's; as
 * {@code snapshot remove} empties all of an SN's directories at once, a name missing there is taken as gone from the
 * whole SN.
 */
final class RestoreAssessment {
    private final SavedSnapshot saved;
    private final StoreSurvey now;
    private final String sessionFailure;
    private final AdminTarget target;
    private final RestoreCommands commands;
    private final SnapshotReport report;
    private final String name;
    private final Map<String, SnapshotPresence> presence = new LinkedHashMap<>();
    private final List<String> notRestorable = new ArrayList<>();
    private final List<String> unconfirmed = new ArrayList<>();
    private final List<String> inPlaceBlockers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private RestoreAssessment(
            SavedSnapshot saved, StoreSurvey now, String sessionFailure, AdminTarget target, RestoreCommands commands) {
        this.saved = saved;
        this.now = now;
        this.sessionFailure = sessionFailure;
        this.target = target;
        this.commands = commands;
        this.report = saved.report();
        this.name = report.snapshotName();
    }

    /**
     * @param now            what the session learned; its topology is null when the store could not be asked
     * @param sessionFailure why the session stopped early, or null
     */
    static RestoreReadiness assess(
            SavedSnapshot saved,
            StoreSurvey now,
            String sessionFailure,
            AdminTarget target,
            RestoreCommands commands,
            int launches,
            List<CommandRecord> records,
            long started) {
        return new RestoreAssessment(saved, now, sessionFailure, target, commands).decide(launches, records, started);
    }

    private RestoreReadiness decide(int launches, List<CommandRecord> records, long started) {
        List<String> differences = List.of();
        LoadSource admin = null;
        List<LoadSource> shards = new ArrayList<>();
        List<String> problems = new ArrayList<>(now.problems());
        if (sessionFailure != null) {
            problems.add(0, sessionFailure + ".");
        }
        RestorePath path;
        if (name == null) {
            notRestorable.add("The saved run took no snapshot (its verdict was " + report.verdict() + "): there is"
                    + " nothing to restore.");
            path = RestorePath.NOT_RESTORABLE;
        } else if (now.topology() == null) {
            path = RestorePath.UNKNOWN;
        } else {
            differences = TopologyComparison.differences(saved, now);
            presence();
            admin = adminSource();
            for (ShardReport shard : report.shards()) {
                LoadSource source = shardSource(shard);
                if (source != null) {
                    shards.add(source);
                }
            }
            componentsForInPlace();
            path = !notRestorable.isEmpty()
                    ? RestorePath.NOT_RESTORABLE
                    : !unconfirmed.isEmpty()
                            ? RestorePath.UNKNOWN
                            : differences.isEmpty() && inPlaceBlockers.isEmpty()
                                    ? RestorePath.IN_PLACE
                                    : RestorePath.LOAD_REQUIRED;
            if (now.topology().sequenceNumber() != saved.topology().sequenceNumber()) {
                notes.add("The topology's sequence number is now "
                        + now.topology().sequenceNumber() + "; at snapshot"
                        + " time it was " + saved.topology().sequenceNumber() + " (it changes with any metadata"
                        + " change, so it is only a hint).");
            }
        }
        List<String> reasons = new ArrayList<>(notRestorable);
        reasons.addAll(unconfirmed);
        reasons.addAll(problems);
        if (path == RestorePath.LOAD_REQUIRED || path == RestorePath.UNKNOWN) {
            reasons.addAll(inPlaceBlockers);
        }
        RestoreRunbook.Runbook runbook = runbook(path, admin, shards);
        return new RestoreReadiness(
                RestoreReadiness.SCHEMA_VERSION,
                name,
                storeName(),
                report.verdict(),
                path,
                summary(path, differences),
                differences,
                reasons,
                notes,
                runbook.warnings(),
                List.copyOf(presence.values()),
                admin,
                shards,
                runbook.steps(),
                launches,
                records,
                Instant.now().toString(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Which SNs held a copy then, and whether they list it now. */
    private void presence() {
        Set<String> held = new LinkedHashSet<>();
        report.shards()
                .forEach(s -> s.replicationNodes().stream()
                        .filter(rn -> rn.status() == ComponentStatus.OK)
                        .forEach(rn -> held.add(rn.storageNode())));
        report.admins().stream().filter(a -> a.status() == ComponentStatus.OK).forEach(a -> held.add(a.storageNode()));
        report.storageNodes().stream()
                .filter(sn -> sn.configBackup() == ComponentStatus.OK)
                .forEach(sn -> held.add(sn.id()));
        SnapshotListings listings = now.listings();
        for (StorageNode sn : saved.topology().storageNodes()) {
            boolean wasHeld = held.contains(sn.id());
            State state;
            String detail = null;
            String listed = listedComponent(sn);
            if (listings.lists(sn.id(), name)) {
                state = State.HELD;
            } else if (listings.isReadable(sn.id()) && wasHeld && listed != null) {
                state = State.UNKNOWN;
                detail = "show snapshots -sn " + sn.id() + " reads the snapshots directory of " + listed
                        + ", which got no copy, so the other copies on " + sn.id() + " cannot be confirmed";
            } else if (listings.isReadable(sn.id())) {
                state = wasHeld ? State.GONE : State.NEVER;
            } else {
                state = State.UNKNOWN;
                detail = listings.errors().getOrDefault(sn.id(), "the SN is not in the current topology");
            }
            presence.put(sn.id(), new SnapshotPresence(sn.id(), sn.hostname(), wasHeld, state, detail));
            if (!wasHeld) {
                inPlaceBlockers.add(sn.id() + " (" + sn.hostname() + ") never received " + name
                        + (report.zone() != null ? " (the snapshot was limited to zone " + report.zone() + ")" : "")
                        + ": it cannot restart from it.");
            } else if (state == State.GONE) {
                inPlaceBlockers.add(name + " is no longer listed on " + sn.id() + " (" + sn.hostname() + "): its copies"
                        + " there were removed, so that SN cannot restart from it.");
            } else if (wasHeld && state == State.UNKNOWN && !listings.errors().containsKey(sn.id())) {
                inPlaceBlockers.add(sn.id() + " is no longer part of the store, so whether its copies of " + name
                        + " are still on " + sn.hostname() + " cannot be checked.");
            } else if (wasHeld && state == State.UNKNOWN) {
                inPlaceBlockers.add(sn.id() + " could not be asked for its snapshots (" + detail + "): whether it"
                        + " still has " + name + " is unknown.");
            }
        }
    }

    /**
     * The component whose snapshots directory {@code show snapshots -sn} reads on this SN (its admin, else its first
     * RN) when that one got no copy, so that the listing cannot speak for the SN's other copies; otherwise null.
     */
    private String listedComponent(StorageNode sn) {
        AdminReport admin = report.admins().stream()
                .filter(a -> sn.id().equals(a.storageNode()))
                .findFirst()
                .orElse(null);
        if (admin != null) {
            return admin.status() == ComponentStatus.OK ? null : admin.id();
        }
        if (sn.replicationNodes().isEmpty()) {
            return null;
        }
        String first = sn.replicationNodes().get(0).id();
        boolean ok = report.shards().stream()
                .flatMap(s -> s.replicationNodes().stream())
                .anyMatch(rn -> rn.id().equals(first) && rn.status() == ComponentStatus.OK);
        return ok ? null : first;
    }

    private State stateOf(String storageNode) {
        SnapshotPresence p = presence.get(storageNode);
        return p == null ? State.UNKNOWN : p.state();
    }

    private LoadSource adminSource() {
        List<AdminReport> ok = report.admins().stream()
                .filter(a -> a.status() == ComponentStatus.OK)
                .toList();
        if (ok.isEmpty()) {
            notRestorable.add("No admin snapshot was taken with " + name + ": load -load-admin has no table, user or"
                    + " security metadata to load, and no SN can restart from it.");
            return null;
        }
        for (AdminReport admin : ok) {
            if (stateOf(admin.storageNode()) == State.HELD && admin.path() != null) {
                return new LoadSource(null, admin.id(), admin.storageNode(), admin.host(), admin.path(), false, null);
            }
        }
        String where = String.join(
                ", ", ok.stream().map(a -> a.id() + " on " + a.storageNode()).toList());
        if (ok.stream().anyMatch(a -> stateOf(a.storageNode()) == State.UNKNOWN)) {
            unconfirmed.add("The admin snapshots of " + name + " (" + where + ") could not be confirmed: their SNs did"
                    + " not answer.");
        } else {
            notRestorable.add("The admin snapshots of " + name + " (" + where + ") are gone from their Storage Nodes:"
                    + " load -load-admin has nothing to load.");
        }
        return null;
    }

    private LoadSource shardSource(ShardReport shard) {
        List<ReplicationNodeReport> taken = shard.replicationNodes().stream()
                .filter(rn -> rn.status() == ComponentStatus.OK)
                .toList();
        String members = String.join(
                ", ",
                shard.replicationNodes().stream().map(ReplicationNodeReport::id).toList());
        if (taken.isEmpty()) {
            notRestorable.add("Shard " + shard.id() + " has no snapshot on any of its "
                    + shard.replicationNodes().size() + " Replication Nodes (" + members
                    + "): the store cannot be restored from " + name + ".");
            return null;
        }
        List<ReplicationNodeReport> present = taken.stream()
                .filter(rn -> stateOf(rn.storageNode()) == State.HELD && rn.path() != null)
                .sorted(Comparator.comparing((ReplicationNodeReport rn) -> !rn.masterAtSnapshot()))
                .toList();
        if (present.isEmpty()) {
            String where = String.join(
                    ", ",
                    taken.stream()
                            .map(rn -> rn.id() + " on " + rn.storageNode())
                            .toList());
            if (taken.stream().anyMatch(rn -> stateOf(rn.storageNode()) == State.UNKNOWN)) {
                unconfirmed.add("Shard " + shard.id() + "'s copies of " + name + " (" + where + ") could not be"
                        + " confirmed: their SNs did not answer.");
            } else {
                notRestorable.add("Shard " + shard.id() + "'s copies of " + name + " (" + where + ") are gone from"
                        + " their Storage Nodes: the store cannot be restored from it.");
            }
            return null;
        }
        ReplicationNodeReport chosen = present.get(0);
        String note = null;
        if (!chosen.masterAtSnapshot()) {
            ReplicationNodeReport master = shard.replicationNodes().stream()
                    .filter(ReplicationNodeReport::masterAtSnapshot)
                    .findFirst()
                    .orElse(null);
            if (master == null) {
                note = "the master at snapshot time is not known (no ping was recorded); any copy of the shard will do";
            } else if (master.status() != ComponentStatus.OK) {
                note = master.id() + ", the master at snapshot time, has no snapshot (" + master.status() + "); "
                        + chosen.id() + " was a replica, so it may lack the last writes before the snapshot";
            } else {
                note = master.id() + ", the master at snapshot time, has no confirmed copy (" + master.storageNode()
                        + ": " + stateOf(master.storageNode()) + "); " + chosen.id() + " was a replica, so it may"
                        + " lack the last writes before the snapshot";
            }
        }
        return new LoadSource(
                shard.id(),
                chosen.id(),
                chosen.storageNode(),
                chosen.host(),
                chosen.path(),
                chosen.masterAtSnapshot(),
                note);
    }

    /** In place, every RN, admin and SN configuration must have its snapshot directory. */
    private void componentsForInPlace() {
        for (ShardReport shard : report.shards()) {
            for (ReplicationNodeReport rn : shard.replicationNodes()) {
                if (rn.status() != ComponentStatus.OK) {
                    inPlaceBlockers.add("Replication Node " + rn.id() + " has no snapshot " + name + " (" + rn.status()
                            + " at snapshot time): " + rn.storageNode() + " cannot restart it from the snapshot.");
                }
            }
        }
        for (AdminReport admin : report.admins()) {
            if (admin.status() != ComponentStatus.OK) {
                inPlaceBlockers.add("Admin " + admin.id() + " has no snapshot " + name + " (" + admin.status()
                        + " at snapshot time): " + admin.storageNode() + " cannot restart it from the snapshot.");
            }
        }
        for (StorageNodeReport sn : report.storageNodes()) {
            if (sn.configBackup() != ComponentStatus.OK) {
                inPlaceBlockers.add("The configuration backup of " + sn.id() + " (" + sn.configPath()
                        + ") was not made (" + sn.configBackup()
                        + "): start -restore-from-snapshot refuses to start that SN without it.");
            }
        }
    }

    private RestoreRunbook.Runbook runbook(RestorePath path, LoadSource admin, List<LoadSource> shards) {
        KVLiteShape kvlite = KVLiteShape.of(saved.topology(), report.admins());
        if (path == RestorePath.IN_PLACE && kvlite != null) {
            notes.add("kvlite also restores the Storage Node's configuration files of snapshot time: it starts the"
                    + " node with -update-config true itself and has no option to keep the current ones.");
            return withJar(RestoreRunbook.kvlite(
                    commands.kvlite(name, kvlite, target.securityFile() != null),
                    commands.ping(target),
                    commands.tableCount(storeName(), target),
                    commands.startInstead(name, kvlite)));
        }
        if (path == RestorePath.IN_PLACE) {
            notes.add("Stop every Storage Node first, then start each with the snapshot; -update-config true also"
                    + " restores each SN's configuration files of snapshot time (-update-config false keeps the current"
                    + " ones).");
            return withJar(RestoreRunbook.inPlace(
                    commands.inPlace(name, saved.topology().storeName(), report.storageNodes()),
                    commands.ping(target),
                    commands.tableCount(storeName(), target),
                    ShardMajority.lostWhileDown(saved.topology(), report.admins())));
        }
        if (path == RestorePath.LOAD_REQUIRED) {
            notes.add("load writes into a new, empty store deployed with the wanted topology; load the admin metadata"
                    + " first, before security is enabled on the new store.");
            notes.add("Copy each source directory from its host to where load runs (the snapshots are hard links"
                    + " on the Storage Nodes' disks), keeping them all from " + name + ".");
            return withJar(RestoreRunbook.load(commands.load(storeName(), target, admin, shards)));
        }
        return new RestoreRunbook.Runbook(List.of(), List.of());
    }

    /** An unknown jar is a warning (the lines fail without KVHOME); the check's own jar is a note. */
    private RestoreRunbook.Runbook withJar(RestoreRunbook.Runbook runbook) {
        String line = commands.jarNote();
        if (line == null) {
            return runbook;
        }
        if (commands.jar() != RestoreCommands.Jar.UNKNOWN) {
            notes.add(line);
            return runbook;
        }
        List<String> warnings = new ArrayList<>(List.of(line));
        warnings.addAll(runbook.warnings());
        return new RestoreRunbook.Runbook(warnings, runbook.steps());
    }

    private String storeName() {
        if (now.topology() != null) {
            return now.topology().storeName();
        }
        return saved.topology().storeName();
    }

    private String summary(RestorePath path, List<String> differences) {
        return switch (path) {
            case IN_PLACE ->
                name + " can be restored in place: the topology is the one it was taken from and every"
                        + " Storage Node still lists it.";
            case LOAD_REQUIRED ->
                name + " must be reloaded with the load utility: "
                        + (differences.isEmpty()
                                ? inPlaceBlockers.size() + " snapshot director"
                                        + (inPlaceBlockers.size() == 1 ? "y is" : "ies are")
                                        + " missing for an in-place restore"
                                : "the topology differs in " + differences.size() + " way"
                                        + (differences.size() == 1 ? "" : "s") + " from the one it was taken from")
                        + ".";
            case NOT_RESTORABLE ->
                (name == null ? "The saved run" : name) + " cannot be restored: " + firstWords(notRestorable.get(0));
            case UNKNOWN ->
                (name == null ? "The snapshot" : name) + "'s restore path could not be checked: "
                        + firstWords(
                                unconfirmed.isEmpty()
                                        ? (sessionFailure != null
                                                ? sessionFailure + "."
                                                : "the store's topology could not be read.")
                                        : unconfirmed.get(0));
        };
    }

    private static String firstWords(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
