package io.jenkins.plugins.nosqlsnapshot.outcome;

import io.jenkins.plugins.nosqlsnapshot.Messages;

/**
 * The sidebar link of a build's snapshot page: "NoSQL snapshot" for the first, "NoSQL snapshot 2" for a second one
 * taken in the same build. The snapshot's full name is long (261201-225258-NAME) and would wrap the sidebar onto two
 * lines, so it is shown on the page and on the build page's summary, not in the link.
 */
public final class SnapshotLinkName {
    private SnapshotLinkName() {}

    /** @param index 1 for the build's first snapshot, 2 for the second, ... */
    public static String of(int index) {
        return index <= 1
                ? Messages.NosqlSnapshotAction_DisplayName()
                : Messages.NosqlSnapshotAction_DisplayNameNumbered(index);
    }
}
