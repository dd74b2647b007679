package io.jenkins.plugins.nosqlsnapshot.engine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A {@code kvstore.jar} whose main class is {@link FakeAdmin} (one class, no nested one), for what only a real jar shows: a JVM refuses to write a
 * class-data archive for a class path with a non-empty directory, as the test classes are.
 */
public final class FakeKvstoreJar {
    private FakeKvstoreJar() {}

    /** Writes {@code DIR/kvstore.jar}; run it with {@code -Dfake.admin.script=SCRIPT -jar JAR runadmin ...}. */
    public static Path write(Path directory) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeAdmin.class.getName());
        Path jar = Files.createDirectories(directory).resolve("kvstore.jar");
        String entry = FakeAdmin.class.getName().replace('.', '/') + ".class";
        try (InputStream bytes = FakeAdmin.class.getResourceAsStream("/" + entry);
                OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (FakeAdmin.class.getNestMembers().length != 1) {
                throw new IOException("FakeAdmin has nested classes now: write their class files into the jar too");
            }
            if (bytes == null) {
                throw new IOException("FakeAdmin's class file is not on the class path");
            }
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
