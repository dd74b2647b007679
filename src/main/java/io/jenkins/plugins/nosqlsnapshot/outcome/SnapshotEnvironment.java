package io.jenkins.plugins.nosqlsnapshot.outcome;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables a snapshot step leaves for later steps of the build. Jenkins-free. */
public final class SnapshotEnvironment {
    /** The full snapshot name ({@code yyMMdd-HHmmss-NAME}), or the requested name when none was reported. */
    public static final String NAME = "NOSQL_SNAPSHOT_NAME";
    /** SUCCESS, UNSTABLE or FAILURE. */
    public static final String VERDICT = "NOSQL_SNAPSHOT_VERDICT";

    private SnapshotEnvironment() {}

    public static Map<String, String> variables(String snapshotName, String verdict) {
        Map<String, String> vars = new LinkedHashMap<>();
        if (snapshotName != null) {
            vars.put(NAME, snapshotName);
        }
        if (verdict != null) {
            vars.put(VERDICT, verdict);
        }
        return vars;
    }
}
