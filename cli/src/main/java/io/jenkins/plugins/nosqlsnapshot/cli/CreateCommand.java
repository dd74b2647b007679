package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nosql-snapshot create}: the whole flow against a store, in one admin session. */
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
            "      --report-dir build/nosql-snapshot"
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
            names = "--lock-timeout",
            paramLabel = "DURATION",
            defaultValue = "30m",
            converter = DurationConverter.class,
            description = "Longest wait while another run holds this store's lock (a lock file in the report"
                    + " directory's parent) (default: ${DEFAULT-VALUE})")
    Duration lockTimeout;

    @Mixin
    ConnectionOptions connection;

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
        ReportOutput report = new ReportOutput(
                output, spec.commandLine().getOut(), spec.commandLine().getErr());
        ProgressListener progress = report.progress();
        connection.checkLoginFile().forEach(warning -> progress.progress("WARNING: " + warning));
        output.checkReportDirectory();
        connection.checkHostsResolve(target);
        Path lockDirectory = output.lockDirectory();
        try (StoreLock lock = StoreLock.acquire(
                lockDirectory, target.storeKey(), "nosql-snapshot create " + name, lockTimeout, progress::progress)) {
            return report.finish(new SnapshotRun(new LocalProcessRunner(), progress).execute(target, request));
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
}
