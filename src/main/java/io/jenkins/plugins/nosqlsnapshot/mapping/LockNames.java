package io.jenkins.plugins.nosqlsnapshot.mapping;

import java.io.File;
import java.nio.file.Path;

/**
 * Names of the per-store lock across builds ({@link StoreLocks}): its directory under {@code JENKINS_HOME} and the
 * holder text a waiting build shows, e.g. {@code build nightly#42, nosqlSnapshot BATCH}. Jenkins-free.
 */
public final class LockNames {
    public static final String DIRECTORY = "nosql-snapshot-locks";

    private LockNames() {}

    /** {@code JENKINS_HOME/nosql-snapshot-locks}. */
    public static Path directory(File jenkinsRoot) {
        return jenkinsRoot.toPath().resolve(DIRECTORY);
    }

    /**
     * @param buildId  the build's {@code Run.getExternalizableId()}, e.g. {@code folder/job#42}
     * @param function the step about to run, e.g. {@code nosqlSnapshot}
     * @param name     the snapshot name it works on; null or blank when none was given
     */
    public static String holder(String buildId, String function, String name) {
        return "build " + buildId + ", " + function + (name == null || name.isBlank() ? "" : " " + name.strip());
    }
}
