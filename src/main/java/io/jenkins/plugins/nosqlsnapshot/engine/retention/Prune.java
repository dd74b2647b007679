package io.jenkins.plugins.nosqlsnapshot.engine.retention;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminOutputException;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.AdminConversation;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.SnapshotListings;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.StoreSurvey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes a job's old snapshots through one admin session: {@code show topology -verbose}, {@code show snapshots -sn}
 * on every SN, {@code snapshot remove -name} for each snapshot due, {@code show snapshots -sn} on every SN again,
 * {@code exit}. The admin's answer to remove is never trusted: it reports success for a name that does not exist, and
 * 5500 "Operation ends successfully" when an SN is down; only the listings afterwards decide. Never throws for
 * anything the store or the admin does.
 */
public final class Prune {
    private final ProcessRunner runner;
    private final ProgressListener progress;
    private final Clock clock;
    private final StoreNameLock storeNameLock;

    /** @param clock the admin host's clock and time zone, which the snapshot names were written in */
    public Prune(ProcessRunner runner, ProgressListener progress, Clock clock) {
        this(runner, progress, clock, StoreNameLock.NONE);
    }

    /**
     * @param storeNameLock held as soon as {@code show topology} names the store; a wait that fails removes nothing
     */
    public Prune(ProcessRunner runner, ProgressListener progress, Clock clock, StoreNameLock storeNameLock) {
        this.runner = runner;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
        this.storeNameLock = storeNameLock == null ? StoreNameLock.NONE : storeNameLock;
    }

    public PruneReport prune(
            AdminTarget target, RetentionPolicy policy, RetentionHistory history, SessionLimits limits) {
        long started = System.nanoTime();
        String startedAt = Instant.now(clock).toString();
        List<String> problems = new ArrayList<>();
        List<PruneEntry> entries = List.of();
        boolean listed = false;
        try (AdminConversation admin = AdminConversation.open(runner, target, limits, progress, storeNameLock)) {
            Topology topology = topology(admin, problems);
            admin.storeNamed(topology);
            if (topology != null && !admin.failed()) {
                SnapshotListings before = StoreSurvey.listings(admin, topology);
                unreadable(before, "before", problems);
                if (before.names().isEmpty()) {
                    problems.add("No Storage Node could be listed, so nothing was removed.");
                } else {
                    listed = true;
                    entries = RetentionPlan.decide(
                            policy,
                            before,
                            history == null ? RetentionHistory.NONE : history,
                            LocalDateTime.now(clock));
                    if (!policy.dryRun()) {
                        entries = remove(admin, topology, entries, problems);
                    }
                }
            }
            if (admin.failed()) {
                problems.add(0, admin.failure() + ".");
            }
            PruneReport report = report(policy, listed, entries, problems, admin, startedAt, started);
            progress.progress("Prune: " + report.summary());
            return report;
        }
    }

    /**
     * A prune that could not start (the store's lock could not be had, the login could not be used): FAILURE,
     * nothing removed, with why.
     *
     * @param why what stopped it, a sentence without its full stop
     */
    public static PruneReport notRun(RetentionPolicy policy, String why, Clock clock) {
        List<String> problems = List.of(why + ".");
        return report(
                policy,
                Verdict.FAILURE,
                "nothing was removed: " + problems.get(0),
                List.of(),
                problems,
                0,
                List.of(),
                Instant.now(clock == null ? Clock.systemDefaultZone() : clock).toString(),
                0);
    }

    private static Topology topology(AdminConversation admin, List<String> problems) {
        AdminDocument document = admin.send("show topology -verbose");
        if (document == null) {
            return null;
        }
        try {
            return TopologyParser.parse(document);
        } catch (AdminOutputException e) {
            problems.add("Could not use the answer: " + e.getMessage() + ".");
            return null;
        }
    }

    private List<PruneEntry> remove(
            AdminConversation admin, Topology topology, List<PruneEntry> planned, List<String> problems) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (PruneEntry entry : planned) {
            if (entry.action() == PruneDecision.WOULD_REMOVE) {
                AdminDocument answer = admin.send("snapshot remove -name " + entry.name());
                answers.put(entry.name(), answer == null ? null : answer.summary());
            }
        }
        if (answers.isEmpty()) {
            return planned;
        }
        SnapshotListings after = admin.failed() ? null : StoreSurvey.listings(admin, topology);
        if (after != null) {
            unreadable(after, "after removing", problems);
        }
        List<PruneEntry> done = new ArrayList<>();
        for (PruneEntry entry : planned) {
            if (entry.action() != PruneDecision.WOULD_REMOVE) {
                done.add(entry);
                continue;
            }
            String answer = answers.get(entry.name());
            if (after == null) {
                done.add(entry.withOutcome(
                        PruneDecision.NOT_REMOVED,
                        entry.why() + " Not confirmed: the admin session"
                                + " ended "
                                + (answer == null
                                        ? "before snapshot remove was answered"
                                        : "before the Storage" + " Nodes could be listed again (remove answered "
                                                + answer + ")")
                                + ".",
                        List.of(),
                        topology.storageNodes().stream().map(sn -> sn.id()).toList()));
                continue;
            }
            List<String> remaining = after.holding(entry.name());
            List<String> unconfirmed = topology.storageNodes().stream()
                    .map(sn -> sn.id())
                    .filter(sn -> !after.isReadable(sn))
                    .toList();
            if (remaining.isEmpty() && unconfirmed.isEmpty()) {
                done.add(entry.withOutcome(PruneDecision.REMOVED, entry.why(), List.of(), List.of()));
                continue;
            }
            StringBuilder why = new StringBuilder(entry.why())
                    .append(" snapshot remove answered ")
                    .append(answer == null ? "nothing" : answer)
                    .append(", yet ");
            if (!remaining.isEmpty()) {
                why.append("it is still listed on ").append(String.join(", ", remaining));
            }
            if (!unconfirmed.isEmpty()) {
                why.append(remaining.isEmpty() ? "" : ", and ")
                        .append(String.join(", ", unconfirmed))
                        .append(unconfirmed.size() == 1 ? " was" : " were")
                        .append(" not listed afterwards, so it may remain there");
            }
            why.append("; run prune again once every Storage Node is up.");
            done.add(entry.withOutcome(PruneDecision.NOT_REMOVED, why.toString(), remaining, unconfirmed));
        }
        return done;
    }

    private static void unreadable(SnapshotListings listings, String when, List<String> problems) {
        listings.errors()
                .forEach((sn, error) -> problems.add(sn + " could not be listed " + when + " ("
                        + error + ")"
                        + (when.equals("before")
                                ? ": snapshots that only it holds were not seen, and it was not checked."
                                : ": whether the removed snapshots are gone there is unknown.")));
    }

    private static PruneReport report(
            RetentionPolicy policy,
            boolean listed,
            List<PruneEntry> entries,
            List<String> problems,
            AdminConversation admin,
            String startedAt,
            long started) {
        long kept =
                entries.stream().filter(e -> e.action() == PruneDecision.KEPT).count();
        long removed = entries.stream()
                .filter(e -> e.action() == PruneDecision.REMOVED)
                .count();
        long would = entries.stream()
                .filter(e -> e.action() == PruneDecision.WOULD_REMOVE)
                .count();
        long notRemoved = entries.stream()
                .filter(e -> e.action() == PruneDecision.NOT_REMOVED)
                .count();
        Verdict verdict =
                !listed ? Verdict.FAILURE : notRemoved > 0 || !problems.isEmpty() ? Verdict.UNSTABLE : Verdict.SUCCESS;
        String summary;
        if (verdict == Verdict.FAILURE) {
            summary = "nothing was removed: " + (problems.isEmpty() ? "the store could not be asked" : problems.get(0));
        } else if (policy.dryRun()) {
            summary = "dry run: " + would + " of " + entries.size() + " snapshot" + (entries.size() == 1 ? "" : "s")
                    + " named " + PruneText.pattern(policy.name()) + " would be removed, " + kept + " kept";
        } else {
            summary = removed + " removed, " + kept + " kept"
                    + (notRemoved > 0 ? ", " + notRemoved + " could not be removed" : "") + " of " + entries.size()
                    + " snapshot"
                    + (entries.size() == 1 ? "" : "s") + " named " + PruneText.pattern(policy.name());
        }
        return report(
                policy,
                verdict,
                summary,
                entries,
                problems,
                admin.launches(),
                admin.commands(),
                startedAt,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static PruneReport report(
            RetentionPolicy policy,
            Verdict verdict,
            String summary,
            List<PruneEntry> entries,
            List<String> problems,
            int launches,
            List<CommandRecord> commands,
            String startedAt,
            long durationMillis) {
        return new PruneReport(
                PruneReport.SCHEMA_VERSION,
                policy.name(),
                policy.keep(),
                policy.maxAge() == null ? null : policy.maxAge().toString(),
                policy.dryRun(),
                verdict,
                summary,
                entries,
                problems,
                launches,
                commands,
                startedAt,
                durationMillis);
    }
}
