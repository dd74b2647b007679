package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import io.jenkins.plugins.nosqlsnapshot.engine.files.FileProblem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The admin JVM's class-data sharing (AppCDS) archives on this machine, one per {@code kvstore.jar}, Java and JVM
 * options, in {@code $XDG_CACHE_HOME/nosql-snapshot} or {@code ~/.cache/nosql-snapshot}. The first launch for a key
 * writes the archive at its exit ({@code -XX:ArchiveClassesAtExit}, Java 13 or later) to a name of its own, moved
 * into place only once complete, so two first runs at once never leave a torn archive; later launches start from it
 * ({@code -XX:SharedArchiveFile}). Every launch that touches an archive sends the JVM's own messages to stderr, so
 * nothing about class-data sharing ever reaches the stdout the session parses. Anything unusual (an older or
 * non-HotSpot Java, an archive the JVM refuses, a cache that cannot be written) is a plain launch and one note.
 */
public final class ClassArchiveCache implements ClassArchives {
    /** The JVM's class-data sharing and VM messages go to stderr, never into the admin's answers on stdout. */
    static final List<String> QUIET =
            List.of("-Xshare:auto", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr");

    private static final int DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;
    private static final int FIRST_JAVA_THAT_ARCHIVES_AT_EXIT = 13;
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final String PENDING_SUFFIX = ".jsa.tmp";

    private final Path directory;
    private final String searchPath;

    /**
     * @param directory  the cache directory, created (owner-only) when first needed
     * @param searchPath the {@code PATH} under which a bare {@code java} is found, or null
     */
    public ClassArchiveCache(Path directory, String searchPath) {
        this.directory = directory;
        this.searchPath = searchPath;
    }

    /** This user's cache: {@code $XDG_CACHE_HOME/nosql-snapshot} when set and absolute, else {@code ~/.cache/...}. */
    public static ClassArchiveCache forThisUser(String searchPath) {
        return new ClassArchiveCache(directory(System.getenv(), System.getProperty("user.home")), searchPath);
    }

    /** {@code $XDG_CACHE_HOME/nosql-snapshot} when that is an absolute path, else {@code HOME/.cache/nosql-snapshot}. */
    public static Path directory(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "nosql-snapshot");
        }
        return Path.of(userHome, ".cache", "nosql-snapshot");
    }

    @Override
    public ClassSharingLaunch prepare(String java, List<String> jvmOptions, String jar) {
        try {
            Optional<Path> binary = binary(java);
            if (binary.isEmpty()) {
                return ClassSharingLaunch.plain(off("no " + java + " on the PATH to look at"));
            }
            Map<String, String> release = release(binary.get());
            if (release.isEmpty()) {
                return ClassSharingLaunch.plain(
                        off("no release file beside " + binary.get() + " says which Java it is"));
            }
            String version = release.getOrDefault("JAVA_VERSION", "");
            String vendor = release.getOrDefault("IMPLEMENTOR", "unknown vendor");
            String variant = release.getOrDefault("JVM_VARIANT", "Hotspot");
            if (!variant.equalsIgnoreCase("hotspot")
                    || vendor.toLowerCase(Locale.ROOT).contains("openj9")) {
                return ClassSharingLaunch.plain(
                        off(vendor + " Java " + version + " is not a HotSpot JVM, whose archive format this uses"));
            }
            if (feature(version) < FIRST_JAVA_THAT_ARCHIVES_AT_EXIT) {
                return ClassSharingLaunch.plain(off("Java " + version + " at " + binary.get()
                        + " cannot write an archive at exit (Java 13 or later can)"));
            }
            Path jarFile = Path.of(jar).toRealPath();
            String name = "admin-" + key(binary.get(), release, jvmOptions, jarFile);
            Path archive = directory.resolve(name + ".jsa");
            String redo = null;
            if (Files.exists(archive)) {
                if (isArchive(archive)) {
                    return new ClassSharingLaunch(
                            with("-XX:SharedArchiveFile=" + archive), archive.toString(), null, null);
                }
                Files.delete(archive);
                redo = "the class-data archive " + archive + " was not a valid archive; it is created again";
            }
            Path pending = startPending(name);
            return new ClassSharingLaunch(
                    with("-XX:ArchiveClassesAtExit=" + pending),
                    archive.toString(),
                    pending.toString(),
                    (redo != null ? redo : "first run with this kvstore.jar and Java")
                            + ": the admin JVM writes a class-data archive at its exit, so later runs start faster");
        } catch (IOException e) {
            return ClassSharingLaunch.plain(
                    off("the cache directory " + directory + " cannot be written (" + FileProblem.words(e) + ")"));
        } catch (RuntimeException e) {
            return ClassSharingLaunch.plain(off(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public Optional<String> settle(ClassSharingLaunch launch, boolean exited, String stderr) {
        try {
            if (launch.creates()) {
                return keepPending(launch, exited, stderr);
            }
            if (launch.uses()) {
                Optional<String> refusal = cdsMessage(stderr);
                if (refusal.isPresent()) {
                    Files.deleteIfExists(Path.of(launch.archive()));
                    return Optional.of("the admin JVM could not use the class-data archive " + launch.archive() + " ("
                            + refusal.get() + ") and started without it; the next run creates it again");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("class-data archive " + launch.archive() + ": " + FileProblem.words(e));
        }
    }

    private Optional<String> keepPending(ClassSharingLaunch launch, boolean exited, String stderr) throws IOException {
        Path pending = Path.of(launch.pending());
        Path archive = Path.of(launch.archive());
        if (exited && isArchive(pending)) {
            Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of("class-data archive written: " + archive + " (" + Files.size(archive) / (1024 * 1024)
                    + " MB); later runs start from it");
        }
        Files.deleteIfExists(pending);
        String why = !exited
                ? "the admin JVM was stopped before it could write it"
                : cdsMessage(stderr).orElse("the JVM wrote none");
        return Optional.of("no class-data archive was written (" + why + "); the next run tries again");
    }

    private static String off(String why) {
        return "class-data sharing off for this run: " + why + "; the admin JVM starts without it";
    }

    private static List<String> with(String archiveOption) {
        List<String> arguments = new ArrayList<>(QUIET);
        arguments.add(archiveOption);
        return arguments;
    }

    private Path startPending(String name) throws IOException {
        if (!Files.isDirectory(directory)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(
                        directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
        }
        removeAbandoned();
        return Files.createTempFile(directory, name + "-", PENDING_SUFFIX);
    }

    /** Pending archives of runs that were killed before they could move or delete theirs. */
    private void removeAbandoned() throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "admin-*" + PENDING_SUFFIX)) {
            for (Path file : stream) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Optional<Path> binary(String java) {
        if (java.contains("/") || java.contains("\\")) {
            return Optional.of(Path.of(java).toAbsolutePath());
        }
        if (searchPath == null) {
            return Optional.empty();
        }
        for (String entry : searchPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                Path candidate = Path.of(entry, java);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code JAVA_HOME/release} of the binary as given (a wrapper's own home) or, failing that, its real path. */
    private static Map<String, String> release(Path binary) throws IOException {
        Map<String, String> found = releaseBeside(binary);
        return found.isEmpty() && Files.exists(binary) ? releaseBeside(binary.toRealPath()) : found;
    }

    private static Map<String, String> releaseBeside(Path binary) throws IOException {
        Path bin = binary.getParent();
        Path home = bin == null ? null : bin.getParent();
        Path file = home == null ? null : home.resolve("release");
        Map<String, String> values = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return values;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String value = line.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(line.substring(0, eq).strip(), value);
            }
        }
        return values;
    }

    /** {@code 17.0.15} → 17, {@code 1.8.0_402} → 8; 0 when unreadable. */
    static int feature(String version) {
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String key(Path binary, Map<String, String> release, List<String> jvmOptions, Path jar)
            throws IOException {
        StringBuilder text = new StringBuilder()
                .append(jar)
                .append('\n')
                .append(Files.size(jar))
                .append('\n')
                .append(Files.getLastModifiedTime(jar).toMillis())
                .append('\n')
                .append(Files.exists(binary) ? binary.toRealPath() : binary)
                .append('\n')
                .append(release.getOrDefault("JAVA_RUNTIME_VERSION", release.get("JAVA_VERSION")))
                .append('\n')
                .append(release.get("IMPLEMENTOR"));
        for (String option : jvmOptions) {
            text.append('\n').append(option);
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** A dynamic archive starts with its magic number, little-endian; anything else (empty, torn, garbage) is not. */
    static boolean isArchive(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < 4096) {
            return false;
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        int magic = (head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16 | (head[3] & 0xff) << 24;
        return magic == DYNAMIC_ARCHIVE_MAGIC;
    }

    /** The first class-data sharing complaint the JVM printed, e.g. {@code [error][cds] Not a valid shared archive}. */
    static Optional<String> cdsMessage(String stderr) {
        if (stderr == null) {
            return Optional.empty();
        }
        for (String line : stderr.split("\n")) {
            String text = line.strip();
            boolean cds =
                    text.contains("][cds") || text.toLowerCase(Locale.ROOT).contains("shared archive");
            if (cds && (text.contains("[error") || text.contains("[warning") || !text.startsWith("["))) {
                return Optional.of(text.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*]\\s*", ""));
            }
        }
        return Optional.empty();
    }
}
