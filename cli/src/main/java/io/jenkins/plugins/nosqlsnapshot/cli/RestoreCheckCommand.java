package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.files.FileProblem;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.RunLocks;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreKey;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreCommands;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadinessText;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.SavedSnapshot;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nosql-snapshot restore-check}: can a saved snapshot still be restored, and how. */
@Command(
        name = "restore-check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compares a snapshot's saved report (report.json + topology.json, written by create) with the"
                    + " store as it is now (topology, admins, parameters and the snapshot listing of every Storage Node,"
                    + " in one admin session) and prints how to restore it, with the exact commands.",
            "IN_PLACE: same topology, every snapshot directory still there: start -restore-from-snapshot on"
                    + " every SN (kvlite -root ... -restore-from-snapshot for a store of KVLite's shape: one SN, one"
                    + " RN, one admin, zone KVLite).",
            "LOAD_REQUIRED: the topology differs (each difference is listed) or a directory is missing: reload"
                    + " with the load utility from the admin snapshot and one directory per shard (the master at"
                    + " snapshot time when it can be).",
            "NOT_RESTORABLE: a shard or the admin metadata has no snapshot left.",
            "The runbook says what a restore costs, when to wait (every SN process exited; ping reports everything"
                    + " RUNNING) and to run the restore line exactly once. restore-check.json goes into the --report"
                    + " directory unless --report-dir is given.",
            "Holds the store's lock, as create and prune do, so that it never reads the store while another run"
                    + " takes or removes a snapshot."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:IN_PLACE",
            "3:LOAD_REQUIRED",
            "1:NOT_RESTORABLE, or the store could not be checked",
            "2:usage error (bad option, missing or unreadable report)"
        },
        footer = {
            "",
            "Example:",
            "  nosql-snapshot restore-check --report build/nosql-snapshot \\",
            "      --kvstore-jar /opt/oracle/kv/lib/kvstore.jar \\",
            "      --helper-hosts node1:5000,node2:5000"
        })
public final class RestoreCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            required = true,
            description = "The report directory of the snapshot (report.json and topology.json, as create wrote it)")
    Path report;

    @Option(
            names = "--kvstore-jar-on-nodes",
            paramLabel = "PATH",
            description = "Path of kvstore.jar on the Storage Nodes' hosts, for the printed restore commands (default:"
                    + " the --kvstore-jar of this check; with --admin-command, $KVHOME/lib/kvstore.jar, and KVHOME must"
                    + " then be set on every host)")
    String jarOnNodes;

    @ParentCommand
    NosqlSnapshotCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    LockOptions lock;

    @Mixin
    TimeoutOptions timeouts;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        SavedSnapshot saved;
        try {
            saved = SavedSnapshot.read(report);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        var target = connection.target();
        LifecycleOutput console = new LifecycleOutput(
                output, spec.commandLine().getOut(), spec.commandLine().getErr());
        connection.checkLoginFile().forEach(warning -> console.progress().progress("WARNING: " + warning));
        if (reportDirGiven()) {
            output.checkReportDirectory(); // else restore-check.json goes into the --report directory, read above
        }
        connection.checkHostsResolve(target);
        Path lockDirectory = lock.directory(parent.environment());
        String snapshot = saved.report().snapshotName();
        RestoreReadiness readiness;
        try (RunLocks held = RunLocks.acquire(
                lockDirectory,
                StoreKey.of(target),
                "nosql-snapshot restore-check" + (snapshot == null ? "" : " " + snapshot),
                lock.lockTimeout,
                console.progress()::progress)) {
            readiness = new RestoreCheck(
                            connection.runner(target, console.progress()::progress, parent.environment()),
                            console.progress(),
                            held)
                    .check(target, saved, RestoreCommands.of(jarOnNodes, target), timeouts.limits());
        } catch (LockTimeoutException e) {
            return notRun(e.getMessage() + ". The restore check did not run; run again when the other run has ended,"
                    + " or raise --lock-timeout.");
        } catch (IOException e) {
            throw new UsageException(
                    "Cannot take the store lock in " + lockDirectory + " (" + FileProblem.words(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notRun("Cancelled while waiting for the store lock; the restore check did not run.");
        }
        return console.finish(
                reportDirGiven() ? Path.of(output.reportDir) : report,
                LifecycleJson.RESTORE_CHECK_JSON,
                LifecycleJson.write(readiness),
                RestoreReadinessText.render(readiness),
                readiness.path().exitCode());
    }

    private int notRun(String message) {
        spec.commandLine().getErr().println("nosql-snapshot restore-check: FAILURE - " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }

    /** Without --report-dir, restore-check.json goes next to the report it checked, as the plugin writes it. */
    private boolean reportDirGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--report-dir");
    }
}
