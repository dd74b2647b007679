package io.jenkins.plugins.nosqlsnapshot.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's root folder (the one with the {@code Jenkinsfile}), from wherever a test runs: the root itself in
 * the real plugin build, {@code offline/plugin} in the Maven Central-only build.
 */
public final class RepositoryRoot {
    private RepositoryRoot() {}

    public static Path find() {
        Path start = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("Jenkinsfile")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder above " + start + " holds the repository's Jenkinsfile");
    }
}
