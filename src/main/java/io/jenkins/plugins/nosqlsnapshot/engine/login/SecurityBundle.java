package io.jenkins.plugins.nosqlsnapshot.engine.login;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The client security directory of a secured store, shipped as a zip in a Credentials-plugin <i>Secret file</i>:
 * unpacked on the build's node into a fresh directory that only its owner can read, with the usual zip dangers
 * refused (entries that escape the directory, absolute paths, oversized or too many entries, duplicates). Then the
 * login file is found inside. Jenkins-free; no message ever holds a byte of the content.
 */
public final class SecurityBundle {
    /** Largest zip accepted, as stored in Jenkins. A client security directory is a few kilobytes. */
    public static final int MAX_ZIP_BYTES = 4 * 1024 * 1024;
    /** Suffix of login files, as {@code securityconfig} and the documentation name them (client.security, ...). */
    public static final String LOGIN_FILE_SUFFIX = ".security";

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /** Limits on what one zip may unpack to. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxDepth) {
        public static final Limits DEFAULT = new Limits(256, 8L * 1024 * 1024, 32L * 1024 * 1024, 8);
    }

    private SecurityBundle() {}

    /** Reads a credential's content, refusing more than {@code max} bytes. */
    public static byte[] readLimited(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                throw new IOException("The secret file is larger than " + max + " bytes; a client security"
                        + " directory zip is a few kilobytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Creates the new directory {@code parent/name} that only its owner can read, write or enter; fails if it
     * exists. On file systems without POSIX permissions (Windows) the owner-only flags of {@link java.io.File} are
     * set instead.
     */
    public static Path createPrivateDirectory(Path parent, String name) throws IOException {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IOException("Not a directory name: " + name);
        }
        Files.createDirectories(parent);
        Path dir = parent.resolve(name);
        if (supportsPosix(parent)) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } else {
            Files.createDirectory(dir);
            restrictToOwner(dir, true);
        }
        return dir;
    }

    /**
     * Unpacks a zip into {@code target} (an empty directory) and returns the '/'-separated relative paths of the
     * files written, sorted.
     *
     * @throws IOException with a message naming the offending entry, when the zip is refused
     */
    public static List<String> unpack(byte[] zip, Path target, Limits limits) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Set<String> files = new TreeSet<>();
        int entries = 0;
        long total = 0;
        boolean posix = supportsPosix(root);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw new IOException("The zip has more than " + limits.maxEntries() + " entries");
                }
                String name = safeName(entry.getName(), limits.maxDepth());
                Path path = root.resolve(name).normalize();
                if (!path.startsWith(root) || path.equals(root)) {
                    throw new IOException("The zip entry \"" + entry.getName() + "\" points outside its directory");
                }
                if (entry.isDirectory()) {
                    createDirectories(root, path, posix);
                    continue;
                }
                createDirectories(root, path.getParent(), posix);
                if (!files.add(name)) {
                    throw new IOException("The zip holds \"" + name + "\" twice");
                }
                total += copy(in, path, name, limits, limits.maxTotalBytes() - total, posix);
            }
        } catch (ZipException e) {
            throw new IOException("The secret file is not a valid zip: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new IOException("The secret file is not a zip of the client security directory (no entries)");
        }
        return new ArrayList<>(files);
    }

    /**
     * The login file among the unpacked files: the one named {@code requested} (a relative path, or a bare file
     * name found once), else the only {@code *.security} file.
     *
     * @throws IOException saying which files there are and what to set, when there is none or more than one
     */
    public static String findLoginFile(List<String> files, String requested) throws IOException {
        List<String> candidates = new ArrayList<>();
        if (requested != null && !requested.isBlank()) {
            String wanted = requested.strip().replace('\\', '/');
            for (String file : files) {
                if (file.equals(wanted) || file.endsWith("/" + wanted)) {
                    candidates.add(file);
                }
            }
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            throw new IOException(
                    (candidates.isEmpty() ? "The zip has no login file \"" : "The zip has several files" + " named \"")
                            + wanted + "\"; it holds " + files + ". Set 'loginFile' to the path of the login"
                            + " file inside the zip");
        }
        for (String file : files) {
            if (file.toLowerCase(Locale.ROOT).endsWith(LOGIN_FILE_SUFFIX)) {
                candidates.add(file);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new IOException((candidates.isEmpty()
                        ? "The zip has no login file (*" + LOGIN_FILE_SUFFIX + ")"
                        : "The zip has several login files " + candidates)
                + "; it holds " + files + ". Set 'loginFile' to"
                + " the path of the login file inside the zip, e.g. security/client.security");
    }

    /** '/'-separated, relative, no '.' or '..' segments, not too deep; refuses anything else. */
    static String safeName(String raw, int maxDepth) throws IOException {
        String name = raw.replace('\\', '/');
        if (name.startsWith("/") || name.contains(":") || name.indexOf('\0') >= 0) {
            throw new IOException("The zip entry \"" + raw + "\" has an absolute path");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw new IOException("The zip entry \"" + raw + "\" points outside its directory (..)");
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            throw new IOException("The zip has an entry without a name");
        }
        if (segments.size() > maxDepth) {
            throw new IOException("The zip entry \"" + raw + "\" is nested deeper than " + maxDepth + " folders");
        }
        return String.join("/", segments);
    }

    private static long copy(InputStream in, Path path, String name, Limits limits, long totalLeft, boolean posix)
            throws IOException {
        long written = 0;
        byte[] buffer = new byte[8192];
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
        try {
            Files.createFile(path, attributes);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("The zip holds \"" + name + "\" twice", e);
        }
        if (!posix) {
            restrictToOwner(path, false);
        }
        try (OutputStream out =
                Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > limits.maxEntryBytes()) {
                    throw new IOException(
                            "The zip entry \"" + name + "\" unpacks to more than " + limits.maxEntryBytes() + " bytes");
                }
                if (written > totalLeft) {
                    throw new IOException("The zip unpacks to more than " + limits.maxTotalBytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static void createDirectories(Path root, Path dir, boolean posix) throws IOException {
        if (dir == null || dir.equals(root) || Files.isDirectory(dir)) {
            return;
        }
        createDirectories(root, dir.getParent(), posix);
        if (posix) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } else {
            Files.createDirectory(dir);
            restrictToOwner(dir, true);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void restrictToOwner(Path path, boolean directory) {
        java.io.File file = path.toFile();
        boolean ok = file.setReadable(false, false)
                & file.setReadable(true, true)
                & file.setWritable(false, false)
                & file.setWritable(true, true);
        if (directory) {
            ok &= file.setExecutable(false, false) & file.setExecutable(true, true);
        }
        if (!ok) {
            // best effort where the file system has no such flags; the directory still lives under the
            // workspace's private @tmp sibling and is deleted when the step ends
            return;
        }
    }
}
