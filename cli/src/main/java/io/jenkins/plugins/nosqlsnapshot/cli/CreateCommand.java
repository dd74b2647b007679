package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.files.FileProblem;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.RunLocks;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreKey;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionHistory;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionPolicy;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.SnapshotThenPrune;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nosql-snapshot create}: the whole flow against a store, in one admin session; with {@code --keep} and/or
 * {@code --max-age} the engine's snapshot-then-prune flow ({@link SnapshotThenPrune}), as the Jenkins step runs it.
 */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Checks the store (plans, ping, topology, admins), takes the snapshot, checks that every"
                + " Storage Node lists it, and writes the report. One admin JVM launch per run.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:SUCCESS", "3:UNSTABLE", "1:FAILURE", "2:usage error"},
        footer = {
            "",
            "Example:",
            "  nosql-snapshot create --kvstore-jar /opt/oracle/kv/lib/kvstore.jar \\",
            "      --host node1 --port 5000 --name pre-upgrade \\",
            "      --report-dir build/nosql-snapshot",
            "  nosql-snapshot create ... --name nightly --keep 7 --max-age 14d \\",
            "      --history build/earlier-reports"
        })
public final class CreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--name",
            required = true,
            description = "Snapshot name (letters, digits, '_', '.', '-'); the" + " admin prefixes yyMMdd-HHmmss-")
    String name;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "Only this zone: an id (zn1, sent as -zn) or a name" + " (sent as -znname)")
    String zone;

    @Option(
            names = "--keep",
            paramLabel = "N",
            description = "After a snapshot that is not a FAILURE, prune the snapshots of this --name, keeping the"
                    + " newest N (as prune does; never after an abort)")
    Integer keep;

    @Option(
            names = "--max-age",
            paramLabel = "AGE",
            converter = DurationConverter.class,
            description = "After a snapshot that is not a FAILURE, prune those of this --name older than AGE,"
                    + " e.g. 14d, 36h")
    Duration maxAge;

    @Option(
            names = "--history",
            paramLabel = "DIR",
            description = "With --keep/--max-age: a directory of earlier reports (report.json files, searched 4"
                    + " levels deep) whose verdicts the prune respects; repeatable")
    List<Path> history = new ArrayList<>();

    @ParentCommand
    NosqlSnapshotCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    LockOptions lock;

    @Mixin
    TimeoutOptions timeouts;

    @Mixin
    PolicyOptions policy;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        SnapshotRequest request = new SnapshotRequest(name, zone, policy.policy(), timeouts.limits());
        AdminTarget target = connection.target();
        RetentionPolicy retention = retention();
        RetentionHistory known = knownHistory();
        ReportOutput report = new ReportOutput(
                output, spec.commandLine().getOut(), spec.commandLine().getErr());
        ProgressListener progress = report.progress();
        connection.checkLoginFile().forEach(warning -> progress.progress("WARNING: " + warning));
        output.checkReportDirectory();
        connection.checkHostsResolve(target);
        Path lockDirectory = lock.directory(parent.environment());
        try (RunLocks held = RunLocks.acquire(
                lockDirectory,
                StoreKey.of(target),
                "nosql-snapshot create " + name,
                lock.lockTimeout,
                progress::progress)) {
            SnapshotThenPrune.Outcome outcome = new SnapshotThenPrune(
                            connection.runner(target, progress::progress, parent.environment()),
                            progress,
                            Clock.systemDefaultZone(),
                            held)
                    .run(target, request, retention, () -> known);
            int snapshotExit = report.finish(outcome.snapshot());
            if (outcome.prune() == null) {
                return snapshotExit;
            }
            report.finishPrune(outcome.prune());
            return outcome.verdict().exitCode();
        } catch (LockTimeoutException e) {
            return report.finish(SnapshotRun.notRun(
                    request, ReasonCode.LOCK_TIMEOUT.reason(e.getMessage() + ".", "run", "--lock-timeout")));
        } catch (IOException e) {
            throw new UsageException(
                    "Cannot take the store lock in " + lockDirectory + " (" + FileProblem.words(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return report.finish(SnapshotRun.notRun(request, ReasonCode.LOCK_WAIT_CANCELLED.reason("")));
        }
    }

    /** The prune after the snapshot, or null when neither --keep nor --max-age is given. */
    private RetentionPolicy retention() {
        if (keep == null && maxAge == null) {
            if (!history.isEmpty()) {
                throw new UsageException("--history is only read by the prune after the snapshot; give --keep"
                        + " and/or --max-age, or leave --history out");
            }
            return null;
        }
        try {
            return new RetentionPolicy(name, keep, maxAge, false);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private RetentionHistory knownHistory() {
        RetentionHistory known = RetentionHistory.NONE;
        for (Path dir : history) {
            try {
                known = known.and(RetentionHistory.scan(dir));
            } catch (IOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return known;
    }
}
