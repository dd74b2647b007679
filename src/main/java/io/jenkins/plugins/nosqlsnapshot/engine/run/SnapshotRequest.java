package io.jenkins.plugins.nosqlsnapshot.engine.run;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.util.regex.Pattern;

/**
 * One snapshot to take.
 *
 * @param name   the name (validated); the server prefixes {@code yyMMdd-HHmmss-}
 * @param zone   a zone id ({@code zn1}, sent as {@code -zn}) or name (sent as {@code -znname}), or null for all zones
 */
public record SnapshotRequest(String name, String zone, Policy policy, SessionLimits limits) {
    private static final Pattern ZONE_ID = Pattern.compile("zn[0-9]+");
    private static final Pattern ZONE_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    public SnapshotRequest {
        SnapshotName.validate(name);
        zone = zone == null || zone.isBlank() ? null : zone.strip();
        if (zone != null && !ZONE_NAME.matcher(zone).matches()) {
            throw new IllegalArgumentException("The zone \"" + zone + "\" is not a zone id (zn1) or a zone name made"
                    + " of letters, digits, '_', '.' and '-'");
        }
        if (policy == null) {
            policy = Policy.DEFAULT;
        }
        if (limits == null) {
            limits = SessionLimits.DEFAULT;
        }
    }

    public SnapshotRequest(String name) {
        this(name, null, Policy.DEFAULT, SessionLimits.DEFAULT);
    }

    /** The admin command that takes the snapshot. */
    public String createCommand() {
        if (zone == null) {
            return "snapshot create -name " + name;
        }
        return "snapshot create -name " + name + (ZONE_ID.matcher(zone).matches() ? " -zn " : " -znname ") + zone;
    }
}
