package hudson.slaves;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

/** jenkins-core: hudson/slaves/WorkspaceList.java. Only tempDir is used. */
public final class WorkspaceList {
    private WorkspaceList() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @CheckForNull
    public static FilePath tempDir(FilePath ws) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
