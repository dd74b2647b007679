package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.files.FileProblem;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.RunLocks;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreKey;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.Prune;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneText;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionHistory;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.RetentionPolicy;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.LifecycleJson;
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

/** {@code nosql-snapshot prune}: remove a job's old snapshots, checked on every Storage Node. */
@Command(
        name = "prune",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Removes old snapshots named yyMMdd-HHmmss-NAME (exactly NAME: never another job's), keeping"
                    + " the newest --keep and/or those younger than --max-age, and always the newest one whose verdict was"
                    + " not FAILURE (from --history reports, otherwise the newest). Lists every Storage Node before and"
                    + " after, in one admin session: the admin's own answer to snapshot remove is not trusted.",
            "Snapshot times are read in this machine's time zone, the one the admin CLI named them in."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every removal confirmed on every SN (or a dry run, or nothing due)",
            "3:some snapshot could not be removed, or an SN could not be listed (named in the output)",
            "1:the store could not be listed; nothing was removed",
            "2:usage error"
        },
        footer = {
            "",
            "Example:",
            "  nosql-snapshot prune --name pre-upgrade --keep 3 --max-age 30d --dry-run \\",
            "      --kvstore-jar /opt/oracle/kv/lib/kvstore.jar --host node1 --port 5000"
        })
public final class PruneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, description = "The name given to create (NAME of yyMMdd-HHmmss-NAME)")
    String name;

    @Option(names = "--keep", paramLabel = "N", description = "Keep the newest N")
    Integer keep;

    @Option(
            names = "--max-age",
            paramLabel = "AGE",
            converter = DurationConverter.class,
            description = "Keep those younger than AGE, e.g. 14d, 36h")
    Duration maxAge;

    @Option(names = "--dry-run", description = "Only print what would be removed, and why")
    boolean dryRun;

    @Option(
            names = "--history",
            paramLabel = "DIR",
            description = "A directory of earlier reports (report.json files, searched 4 levels deep); repeatable")
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
    OutputOptions output;

    @Override
    public Integer call() {
        RetentionPolicy policy = new RetentionPolicy(name, keep, maxAge, dryRun);
        RetentionHistory known = RetentionHistory.NONE;
        for (Path dir : history) {
            try {
                known = known.and(RetentionHistory.scan(dir));
            } catch (IOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        var target = connection.target();
        LifecycleOutput console = new LifecycleOutput(
                output, spec.commandLine().getOut(), spec.commandLine().getErr());
        ProgressListener progress = console.progress();
        connection.checkLoginFile().forEach(warning -> progress.progress("WARNING: " + warning));
        output.checkReportDirectory();
        connection.checkHostsResolve(target);
        Path lockDirectory = lock.directory(parent.environment());
        try (RunLocks held = RunLocks.acquire(
                lockDirectory,
                StoreKey.of(target),
                "nosql-snapshot prune " + name,
                lock.lockTimeout,
                progress::progress)) {
            PruneReport report = new Prune(
                            connection.runner(target, progress::progress, parent.environment()),
                            progress,
                            Clock.systemDefaultZone(),
                            held)
                    .prune(target, policy, known, timeouts.limits());
            return console.finish(
                    LifecycleJson.PRUNE_JSON,
                    LifecycleJson.write(report),
                    PruneText.render(report),
                    report.verdict().exitCode());
        } catch (LockTimeoutException e) {
            return notRun(e.getMessage() + ". Nothing was removed; run again when the other run has ended, or raise"
                    + " --lock-timeout.");
        } catch (IOException e) {
            throw new UsageException(
                    "Cannot take the store lock in " + lockDirectory + " (" + FileProblem.words(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notRun("Cancelled while waiting for the store lock; nothing was removed.");
        }
    }

    private int notRun(String message) {
        spec.commandLine().getErr().println("nosql-snapshot prune: FAILURE - " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
