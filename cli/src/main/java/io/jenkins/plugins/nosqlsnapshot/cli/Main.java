package io.jenkins.plugins.nosqlsnapshot.cli;

/** Entry point of {@code nosql-snapshot.jar}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(NosqlSnapshotCommand.commandLine().execute(args));
    }
}
