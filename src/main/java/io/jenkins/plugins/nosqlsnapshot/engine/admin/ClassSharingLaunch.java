package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.io.Serializable;
import java.util.List;

/**
 * What one admin JVM launch does about class-data sharing: start from an archive of the admin's classes, create one
 * at its exit, or neither. Decided on the node that runs the admin (the archive is a file there), so it is
 * serializable for the plugin's agents.
 *
 * @param jvmArguments inserted right after {@code java}; empty for a plain launch
 * @param archive      the archive this launch uses or creates, or null for a plain launch
 * @param pending      where the JVM writes the new archive at exit (moved to {@code archive} once complete), or null
 * @param note         the one progress-log line this launch is worth (a fallback, a first run), or null
 */
public record ClassSharingLaunch(List<String> jvmArguments, String archive, String pending, String note)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public ClassSharingLaunch {
        jvmArguments = List.copyOf(jvmArguments);
    }

    /** A plain launch, with the reason in the progress log when there is one. */
    public static ClassSharingLaunch plain(String note) {
        return new ClassSharingLaunch(List.of(), null, null, note);
    }

    public boolean creates() {
        return pending != null;
    }

    public boolean uses() {
        return archive != null && pending == null;
    }
}
