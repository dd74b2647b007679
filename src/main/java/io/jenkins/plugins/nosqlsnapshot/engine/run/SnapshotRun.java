package io.jenkins.plugins.nosqlsnapshot.engine.run;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminSession;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.Reply;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.model.PreflightReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Timeline;
import io.jenkins.plugins.nosqlsnapshot.engine.model.TimelinePhase;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminOutputException;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminsParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.ParametersParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.PingParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.PlansParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotListParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResult;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResultParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Plan;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Evidence;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Preflight;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.VerdictEngine;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes one snapshot through one admin session and judges it:
 * {@code show plans}, {@code ping}, {@code show topology -verbose}, {@code show admins}, the pre-flight decision,
 * {@code show parameter -service snN} for every SN, {@code show snapshots -sn} on the first SN only for releases
 * before 20 as the ping reports them (to recover the name they do not report), {@code snapshot create},
 * {@code show snapshots -sn snN} for every SN, a second {@code ping} only when the verdict is not SUCCESS (it tells
 * why a node failed), {@code exit}. Never throws for anything the store or the admin does: every problem becomes a reason
 * in the report, and a snapshot that was taken is always named in it.
 */
public final class SnapshotRun {
    /** The admin's 5100 description when it cannot read the trust store a login file names. */
    static final String SSL_SETUP_FAILED = "Exception while initializing SSL configuration";

    private final ProcessRunner runner;
    private final ProgressListener progress;
    private final StoreNameLock storeNameLock;

    public SnapshotRun(ProcessRunner runner, ProgressListener progress) {
        this(runner, progress, StoreNameLock.NONE);
    }

    /**
     * @param storeNameLock held as soon as {@code show topology} names the store, before anything is taken; a wait
     *                      that times out ends the run as a FAILURE ({@code LOCK_TIMEOUT}), no snapshot taken
     */
    public SnapshotRun(ProcessRunner runner, ProgressListener progress, StoreNameLock storeNameLock) {
        this.runner = runner;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.storeNameLock = storeNameLock == null ? StoreNameLock.NONE : storeNameLock;
    }

    /** The whole run, the admin's exit included: its process tree is gone when this returns. */
    public RunResult execute(AdminTarget target, SnapshotRequest request) {
        RunResult result = executeExiting(target, request);
        return result.finished(-1);
    }

    /**
     * The run up to its verdict: returns as soon as the verdict is in, with the admin still exiting. The caller writes
     * the reports and then must call {@link RunResult#finished} (also when writing them failed), which ends the
     * admin at the latest after its grace.
     */
    public RunResult executeExiting(AdminTarget target, SnapshotRequest request) {
        return new Conversation(target, request).run();
    }

    /**
     * The FAILURE report of a run that never started the admin (e.g. another run held the store's lock), so that
     * a report directory never keeps an older, green report.json in its place.
     */
    public static RunResult notRun(SnapshotRequest request, Reason reason) {
        Evidence evidence = new Evidence(
                request.name(),
                request.zone(),
                null,
                null,
                null,
                null,
                new PreflightReport(request.policy().preflight(), "SKIPPED", List.of(), "the run did not start"),
                null,
                null,
                null,
                List.of(reason),
                null,
                0,
                Instant.now().toString(),
                0);
        return new RunResult(new VerdictEngine(request.policy()).assess(evidence), null);
    }

    /** The state of one run. */
    private final class Conversation {
        private final AdminTarget target;
        private final SnapshotRequest request;
        private final long started = System.nanoTime();
        private final String startedAt = Instant.now().toString();
        private final List<CommandRecord> commands = new ArrayList<>();
        private final List<Reason> reasons = new ArrayList<>();
        private final Map<String, StorageNodeParameters> parameters = new LinkedHashMap<>();
        private final Map<String, List<String>> listings = new LinkedHashMap<>();
        private final Map<String, String> listingErrors = new LinkedHashMap<>();
        private final List<TimelinePhase> phases = new ArrayList<>();
        private long firstAnswerNanos;
        private AdminSession session;
        private int launches;
        private boolean fatal;
        private List<Plan> plans;
        private String plansError;
        private PingStatus pingBefore;
        private PingStatus pingAfter;
        private Topology topology;
        private AdminDocument topologyDocument;
        private List<Admin> admins;
        private PreflightReport preflight;
        private SnapshotResult result;

        Conversation(AdminTarget target, SnapshotRequest request) {
            this.target = target;
            this.request = request;
        }

        RunResult run() {
            progress.progress("Starting the admin CLI for " + target.endpoint() + ": "
                    + String.join(" ", target.sessionCommand()));
            try {
                session = AdminSession.open(runner, target.sessionCommand(), request.limits());
                launches++;
            } catch (IOException e) {
                reasons.add(ReasonCode.ADMIN_NOT_STARTED.reason(e.getMessage()));
                return finish();
            }
            boolean conversed = false;
            try {
                converse();
                conversed = true;
            } finally {
                if (conversed) {
                    // the last needed answer is in: the admin exits while the verdict and the reports are written
                    session.exit();
                } else {
                    session.awaitExit();
                }
            }
            if (session.invalidBytes() > 0) {
                reasons.add(ReasonCode.INVALID_UTF8.reason(session.invalidBytes()));
            }
            return finish();
        }

        private void converse() {
            survey();
            if (fatal) {
                return;
            }
            preflight = Preflight.decide(request.policy().preflight(), plans, plansError);
            if (preflight.blocks()) {
                progress.progress("Pre-flight: BLOCK; no snapshot is taken");
                return;
            }
            progress.progress("Pre-flight: " + preflight.decision());
            String firstSn = null;
            if (topology != null) {
                parameters(topology.storageNodes());
                if (fatal) {
                    return;
                }
                firstSn = topology.storageNodes().isEmpty()
                        ? null
                        : topology.storageNodes().get(0).id();
            }
            // only releases that may omit snapshotName need the listing before, to find the new name by a diff
            List<String> before = firstSn == null || !mayOmitSnapshotName(pingBefore) ? null : listing(firstSn, false);
            if (fatal) {
                return;
            }
            create();
            if (result == null || !result.hasValue()) {
                return;
            }
            if (topology != null) {
                listingsAfter(topology.storageNodes());
                if (fatal) {
                    return;
                }
            }
            recoverName(firstSn, before);
            // the second ping only explains failures (which node stopped): a complete snapshot needs none
            if (new VerdictEngine(request.policy()).assess(evidence()).verdict() != Verdict.SUCCESS) {
                AdminDocument ping = exchange("ping", Severity.WARNING);
                pingAfter = parse(ping, "ping", d -> PingParser.parse(d), Severity.WARNING);
            }
        }

        /**
         * What the store looks like before anything is decided: four read commands that do not depend on each
         * other, written at once.
         */
        private void survey() {
            List<AdminDocument> answers = exchangeAll(
                    List.of("show plans", "ping", "show topology -verbose", "show admins"), Severity.FAILURE);
            if (fatal && answers.get(0) == null) {
                return;
            }
            if (answers.get(0) != null) {
                try {
                    plans = PlansParser.parse(answers.get(0));
                } catch (AdminOutputException e) {
                    plansError = e.getMessage();
                }
            }
            pingBefore = parse(answers.get(1), "ping", d -> PingParser.parse(d), Severity.WARNING);
            topologyDocument = answers.get(2);
            topology = parse(topologyDocument, "show topology", d -> TopologyParser.parse(d), Severity.WARNING);
            if (topology == null) {
                topologyDocument = null;
            } else if (!fatal) {
                holdStoreName(topology.storeName());
            }
            admins = parse(answers.get(3), "show admins", d -> AdminsParser.parse(d), Severity.WARNING);
        }

        /** The store-name lock: another run that reached this store through another admin may hold it. */
        private void holdStoreName(String storeName) {
            try {
                storeNameLock.holdStoreName(storeName);
            } catch (LockTimeoutException e) {
                fatal = true;
                reasons.add(ReasonCode.LOCK_TIMEOUT.reason(e.getMessage(), "run", "the lock timeout"));
            } catch (IOException e) {
                fatal = true;
                reasons.add(ReasonCode.LOCK_FAILED.reason(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fatal = true;
                reasons.add(ReasonCode.LOCK_WAIT_CANCELLED.reason("; no snapshot was taken"));
            }
        }

        /** {@code show parameter -service snN} of every SN, written at once. */
        private void parameters(List<StorageNode> nodes) {
            List<String> commands = new ArrayList<>();
            for (StorageNode sn : nodes) {
                commands.add("show parameter -service " + sn.id());
            }
            List<AdminDocument> answers = exchangeAll(commands, Severity.FAILURE);
            for (int i = 0; i < nodes.size(); i++) {
                StorageNodeParameters params =
                        parse(answers.get(i), commands.get(i), d -> ParametersParser.parse(d), Severity.WARNING);
                if (params != null) {
                    parameters.put(nodes.get(i).id(), params);
                }
            }
        }

        /** {@code show snapshots -sn snN} of every SN after create, written at once. */
        private void listingsAfter(List<StorageNode> nodes) {
            List<String> commands = new ArrayList<>();
            for (StorageNode sn : nodes) {
                commands.add("show snapshots -sn " + sn.id());
            }
            // a dead session after create is a FAILURE too: the run could not check what it took
            List<AdminDocument> answers = exchangeAll(commands, Severity.FAILURE);
            for (int i = 0; i < nodes.size(); i++) {
                listed(nodes.get(i).id(), answers.get(i), true);
            }
        }

        private List<String> listing(String snId, boolean after) {
            return listed(snId, exchange("show snapshots -sn " + snId, Severity.FAILURE), after);
        }

        private List<String> listed(String snId, AdminDocument doc, boolean after) {
            if (doc == null) {
                return null;
            }
            if (!doc.succeeded()) {
                if (after) {
                    listingErrors.put(snId, doc.summary());
                }
                return null;
            }
            try {
                List<String> names = SnapshotListParser.parse(doc);
                if (after) {
                    listings.put(snId, names);
                }
                return names;
            } catch (AdminOutputException e) {
                if (after) {
                    listingErrors.put(snId, e.getMessage());
                }
                return null;
            }
        }

        private void create() {
            String command = request.createCommand();
            Reply reply = session.send(command);
            record(reply);
            if (!reply.hasDocument()) {
                fatal = true;
                reasons.add(ReasonCode.SESSION_FAILED_DURING_CREATE.reason(reply.problem(), request.name()));
                return;
            }
            try {
                result = SnapshotResultParser.parse(reply.document());
                progress.progress("snapshot create: " + reply.document().summary()
                        + (result.snapshotName() == null ? "" : ", " + result.snapshotName()));
            } catch (AdminOutputException e) {
                fatal = true;
                reasons.add(ReasonCode.RESULT_UNPARSEABLE.reason(e.getMessage(), request.name()));
            }
        }

        /** Releases that omit {@code snapshotName}: the one new name ending in -NAME on the first SN. */
        private void recoverName(String snId, List<String> before) {
            if (result.snapshotName() != null || snId == null || before == null || listings.get(snId) == null) {
                return;
            }
            Set<String> old = new HashSet<>(before);
            List<String> fresh = listings.get(snId).stream()
                    .filter(n -> !old.contains(n))
                    .filter(n -> request.name().equals(SnapshotName.requestedPart(n)))
                    .toList();
            if (fresh.size() == 1) {
                result = result.withSnapshotName(fresh.get(0));
                reasons.add(ReasonCode.NAME_RECOVERED.reason(fresh.get(0), snId));
            }
        }

        /**
         * Sends one command. A reply without a document ends the session: recorded as a reason of the given
         * severity (FAILURE before or during the snapshot), and {@code fatal} is set.
         */
        private AdminDocument exchange(String command, Severity severity) {
            return exchangeAll(List.of(command), severity).get(0);
        }

        /**
         * Sends commands that do not depend on each other's answers at once ({@link AdminSession#sendAll}); one
         * document per command, null from the first that ends the session on (a reason, and {@code fatal}, as for
         * {@link #exchange}).
         */
        private List<AdminDocument> exchangeAll(List<String> commandLines, Severity severity) {
            List<AdminDocument> documents = new ArrayList<>(commandLines.size());
            if (!fatal) {
                for (Reply reply : session.sendAll(commandLines)) {
                    documents.add(accepted(reply, severity));
                    if (fatal) {
                        break;
                    }
                }
            }
            while (documents.size() < commandLines.size()) {
                documents.add(null);
            }
            return documents;
        }

        private AdminDocument accepted(Reply reply, Severity severity) {
            record(reply);
            if (!reply.hasDocument()) {
                fatal = true;
                reasons.add(problemCode(reply.kind()).reasonAt(severity, reply.problem()));
                return null;
            }
            AdminDocument document = reply.document();
            if (document.returnCode() == 5100
                    && document.description() != null
                    && document.description().contains(SSL_SETUP_FAILED)) {
                fatal = true;
                reasons.add(ReasonCode.SSL_CONFIGURATION_FAILED.reason(
                        target.endpoint(), String.valueOf(target.securityFile()), document.summary()));
                return null;
            }
            if (document.isConnectionFailure()) {
                fatal = true;
                reasons.add(ReasonCode.CONNECTION_FAILED.reason(target.endpoint(), document.summary()));
                return null;
            }
            progress.progress(CommandProgress.line(reply.command(), document.returnCode(), reply.elapsedMillis()));
            return document;
        }

        private <T> T parse(AdminDocument document, String what, DocumentReader<T> reader, Severity severity) {
            if (document == null) {
                return null;
            }
            try {
                return reader.read(document);
            } catch (AdminOutputException e) {
                reasons.add(ReasonCode.DOCUMENT_UNUSABLE.reasonAt(severity, what, e.getMessage()));
                return null;
            }
        }

        private void record(Reply reply) {
            commands.add(new CommandRecord(
                    reply.command(),
                    reply.hasDocument() ? reply.document().returnCode() : null,
                    reply.elapsedMillis(),
                    reply.hasDocument() ? null : reply.kind() + ": " + reply.problem()));
            if (firstAnswerNanos == 0) {
                firstAnswerNanos = reply.endNanos();
            }
            phases.add(new TimelinePhase(
                    reply.command(),
                    TimelinePhase.Kind.COMMAND,
                    millis(reply.startNanos()),
                    reply.elapsedMillis(),
                    reply.hasDocument() ? null : reply.kind().name()));
        }

        private RunResult finish() {
            long verdictStarted = System.nanoTime();
            SnapshotReport report = new VerdictEngine(request.policy()).assess(evidence());
            long verdictEnded = System.nanoTime();
            progress.progress("Verdict: " + report.verdict());
            if (session == null) {
                return new RunResult(report, topologyDocument);
            }
            List<TimelinePhase> all = new ArrayList<>();
            long ready = session.readyNanos();
            long adminStarted = session.launchedNanos();
            // an admin that never prompted (a connection failure) started until its first answer
            long adminReady = ready != 0 ? ready : firstAnswerNanos != 0 ? firstAnswerNanos : verdictStarted;
            all.add(new TimelinePhase(
                    "admin start",
                    TimelinePhase.Kind.ADMIN_START,
                    millis(adminStarted),
                    Math.max(0, (adminReady - adminStarted) / 1_000_000),
                    ready != 0 ? null : "no prompt"));
            all.addAll(phases);
            all.add(new TimelinePhase(
                    "verdict",
                    TimelinePhase.Kind.VERDICT,
                    millis(verdictStarted),
                    (verdictEnded - verdictStarted) / 1_000_000,
                    null));
            Timeline timeline = new Timeline(0, List.of());
            for (TimelinePhase phase : all) {
                timeline = timeline.and(phase);
            }
            return new RunResult(
                    report.withTimeline(timeline), topologyDocument, new AdminEnd(session, started, progress));
        }

        private long millis(long nanos) {
            return Math.max(0, (nanos - started) / 1_000_000);
        }

        private Evidence evidence() {
            PreflightReport pre = preflight != null
                    ? preflight
                    : new PreflightReport(
                            request.policy().preflight(), "SKIPPED", List.of(), "the run ended before the pre-flight");
            return new Evidence(
                    request.name(),
                    request.zone(),
                    topology,
                    admins,
                    parameters,
                    pingAfter != null ? pingAfter : pingBefore,
                    pre,
                    result,
                    listings,
                    listingErrors,
                    reasons,
                    commands,
                    launches,
                    startedAt,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Whether the admin may leave {@code snapshotName} out of its answer: 18.x does, 25.x does not (the release in
     * between that added it is not known, so releases before 20 are taken as omitting it), and so may any release
     * whose version the ping did not report.
     */
    static boolean mayOmitSnapshotName(PingStatus ping) {
        String version = ping == null ? null : ping.version();
        if (version == null) {
            return true;
        }
        int digits = 0;
        while (digits < version.length() && Character.isDigit(version.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 4) {
            return true;
        }
        return Integer.parseInt(version.substring(0, digits)) < 20;
    }

    private static ReasonCode problemCode(Reply.Kind kind) {
        switch (kind) {
            case PASSWORD_PROMPT:
                return ReasonCode.SESSION_PASSWORD_PROMPT;
            case TIMEOUT:
                return ReasonCode.SESSION_TIMEOUT;
            case CANCELLED:
                return ReasonCode.SESSION_CANCELLED;
            default:
                return ReasonCode.SESSION_FAILED;
        }
    }

    @FunctionalInterface
    private interface DocumentReader<T> {
        T read(AdminDocument document) throws AdminOutputException;
    }
}
