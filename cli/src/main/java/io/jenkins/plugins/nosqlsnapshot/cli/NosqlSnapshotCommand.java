package io.jenkins.plugins.nosqlsnapshot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nosql-snapshot}: take and judge Oracle NoSQL Database snapshots from a shell. */
@Command(
        name = "nosql-snapshot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Takes an Oracle NoSQL Database snapshot through one admin session and judges it shard by"
                + " shard, from the admin's lists joined with the topology: never from its return code alone.",
        subcommands = {
            CreateCommand.class,
            EvaluateCommand.class,
            RestoreCheckCommand.class,
            PruneCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:SUCCESS: every shard, admin and configuration snapshot succeeded",
            "3:UNSTABLE: the snapshot is restorable but incomplete (a node or configuration failed)",
            "1:FAILURE: no usable snapshot (a shard lost, no admin snapshot, admin unreachable, pre-flight"
                    + " blocked, timeout)",
            "2:usage error (bad option, bad name, missing file)"
        })
public final class NosqlSnapshotCommand implements Runnable {
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommandEnvironment environment;

    private NosqlSnapshotCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    /** The environment and home directory the subcommands read (the lock directory). */
    CommandEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use create or evaluate");
    }

    /** The configured command line, reading this process's environment and home directory. */
    public static CommandLine commandLine() {
        return commandLine(CommandEnvironment.system());
    }

    /** The configured command line with a given environment (tests: never the real home directory). */
    static CommandLine commandLine(CommandEnvironment environment) {
        CommandLine commandLine = new CommandLine(new NosqlSnapshotCommand(environment));
        commandLine.setExecutionExceptionHandler(NosqlSnapshotCommand::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(NosqlSnapshotCommand::badParameter);
        return commandLine;
    }

    /** A bad option or value: one line naming it and where the options are, never the whole usage text. */
    private static int badParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        usageLine(commandLine, e.getMessage());
        return USAGE;
    }

    private static void usageLine(CommandLine commandLine, String message) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(command + ": " + message.strip() + " (see '" + command + " --help')");
        err.flush();
    }

    /** A user's mistake found while running (bad name, unreadable file) is a usage error, without a stack trace. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof IllegalArgumentException || e instanceof UsageException) {
            usageLine(commandLine, e.getMessage());
            return USAGE;
        }
        err.println("nosql-snapshot: internal error: " + e);
        err.flush();
        return 1;
    }
}
