package io.jenkins.plugins.nosqlsnapshot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For the integration tests (*ITest): the engine's fake admin ({@code core.testing.FakeAdmin}, from the
 * {@code nosql-snapshot-core} test jar) replays documents captured from a real store. This copies its scripts and
 * fixture documents to a folder and builds the {@code adminCommand} that runs it in its own JVM, which the plugin
 * starts through the build's Launcher like the real admin CLI.
 */
public final class FakeAdminInstall {
    static final String FAKE_ADMIN = "io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeAdmin";

    private final Path root;
    private final String classPath;

    private FakeAdminInstall(Path root, String classPath) {
        this.root = root;
        this.classPath = classPath;
    }

    public static FakeAdminInstall into(Path folder)
            throws IOException, ReflectiveOperationException, URISyntaxException {
        Path source = Path.of(Class.forName(FAKE_ADMIN)
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (Files.isDirectory(source)) {
            copyTree(source, folder);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(source, Map.of())) {
                copyTree(jar.getPath("/"), folder);
            }
        }
        return new FakeAdminInstall(folder, source.toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String top : new String[] {"fake-admin", "fixtures", "lifecycle"}) {
            Path dir = from.resolve(top);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        try (InputStream in = Files.newInputStream(file)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /**
     * Writes {@code secured.script}: the healthy store, answered only when the admin is given {@code -security} (as a
     * secured store's admin refuses to connect without it); returns its name.
     */
    public String securedScript() throws IOException {
        Path scripts = root.resolve("fake-admin");
        Files.writeString(
                scripts.resolve("secured.script"),
                "@args-must-contain -security\n" + Files.readString(scripts.resolve("healthy.script")));
        return "secured.script";
    }

    /** The admin command for one script, each part quoted for {@code AdminTarget.adminCommand}. */
    public String adminCommand(String script) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return quote(java) + " -cp " + quote(classPath) + " " + FAKE_ADMIN + " "
                + quote(root.resolve("fake-admin").resolve(script).toString());
    }

    /** As {@link #adminCommand}, the admin writing its working directory and host name into {@code where}. */
    public String adminCommandRecordingWhere(String script, Path where) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return quote(java) + " " + quote("-Dfake.admin.where=" + where) + " -cp " + quote(classPath) + " " + FAKE_ADMIN
                + " " + quote(root.resolve("fake-admin").resolve(script).toString());
    }

    /** A Groovy single-quoted literal of an admin command. */
    public static String groovy(String adminCommand) {
        return "'" + adminCommand.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The same, as a Groovy single-quoted literal for a Pipeline script. */
    public String groovyAdminCommand(String script) {
        return "'" + adminCommand(script).replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String quote(String part) {
        return "\"" + part + "\"";
    }
}
