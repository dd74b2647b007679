package io.jenkins.plugins.nosqlsnapshot.engine.testing;

import io.jenkins.plugins.nosqlsnapshot.engine.run.SavedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The captured outputs in test resources: {@code fixtures/ondb-25.3} (real 25.3 store) and {@code seed-examples}. */
public final class Fixtures {
    private Fixtures() {}

    public static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the 25.3 capture, e.g. {@code a13_snapshot_create_json.stdout}. */
    public static Path ondb(String name) {
        return root().resolve("ondb-25.3").resolve(name);
    }

    public static Path seed(String name) {
        return root().resolve("seed-examples").resolve(name);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SavedOutput ondbOutput(String name) {
        return new SavedOutput(name, read(ondb(name)));
    }

    /** A recorded-form document of {@code lifecycle/} (its README says how each was derived from the captures). */
    public static SavedOutput lifecycleOutput(String name) {
        return new SavedOutput(name, read(root().resolveSibling("lifecycle").resolve(name)));
    }

    public static SavedOutput seedOutput(String name) {
        return new SavedOutput(name, read(seed(name)));
    }

    /** A fake-admin script in {@code fake-admin/}. */
    public static Path script(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fake-admin/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
