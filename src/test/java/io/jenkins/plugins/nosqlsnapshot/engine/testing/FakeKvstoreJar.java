package io.jenkins.plugins.nosqlsnapshot.engine.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A {@code kvstore.jar} whose main class is {@link FakeAdmin}, for what only a real jar shows: a JVM refuses to write a
 * class-data archive for a class path with a non-empty directory, as the test classes are.
 */
public final class FakeKvstoreJar {
    private FakeKvstoreJar() {}

    /** Writes {@code DIR/kvstore.jar}; run it with {@code -Dfake.admin.script=SCRIPT -jar JAR runadmin ...}. */
    public static Path write(Path directory) throws IOException {
        Path classes = Path.of(FakeAdmin.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .resolve(FakeAdmin.class.getPackageName().replace('.', '/'));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeAdmin.class.getName());
        Path jar = Files.createDirectories(directory).resolve("kvstore.jar");
        String prefix = FakeAdmin.class.getPackageName().replace('.', '/') + "/";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                DirectoryStream<Path> entries = Files.newDirectoryStream(classes, "FakeAdmin*.class")) {
            for (Path entry : entries) {
                out.putNextEntry(new JarEntry(prefix + entry.getFileName()));
                out.write(Files.readAllBytes(entry));
                out.closeEntry();
            }
        }
        return jar;
    }
}
