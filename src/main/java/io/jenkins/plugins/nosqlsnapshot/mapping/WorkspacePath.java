package io.jenkins.plugins.nosqlsnapshot.mapping;

/**
 * A path the user gives that must stay inside the workspace (the restore check's {@code reportPath}): relative, and
 * without {@code ..} segments, so a build reads nothing of the node outside its own workspace. Jenkins-free.
 */
public final class WorkspacePath {
    private WorkspacePath() {}

    /** What is wrong with {@code path} for the field {@code field}, or null when it stays inside the workspace. */
    public static String problem(String field, String path) {
        String p = path.strip().replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.startsWith("~")) {
            return "'" + field + "' must be a path relative to the workspace, e.g. nosql-snapshot/261124-200120-BATCH"
                    + " (got the absolute path " + path.strip() + ")";
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                return "'" + field + "' must stay inside the workspace: remove '..' from " + path.strip();
            }
        }
        return null;
    }

    /** {@code path} when it stays inside the workspace. */
    public static String inside(String field, String path) {
        String problem = problem(field, path);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return path;
    }
}
