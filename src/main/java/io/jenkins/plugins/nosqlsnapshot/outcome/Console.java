package io.jenkins.plugins.nosqlsnapshot.outcome;

/** What the plugin's own lines in a build's console start with. */
public final class Console {
    public static final String PREFIX = "[nosql-snapshot] ";

    private Console() {}
}
