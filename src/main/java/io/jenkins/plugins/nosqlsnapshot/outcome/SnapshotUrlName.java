package io.jenkins.plugins.nosqlsnapshot.outcome;

import java.util.Collection;

/**
 * The URL of a snapshot's page in its build: {@code nosql-snapshot-<report directory>}, e.g.
 * {@code nosql-snapshot-261201-225258-nightly}. The report directory is unique per snapshot the server took (its
 * name carries the server's timestamp), so two {@code nosqlSnapshot} calls in parallel branches of one build get two
 * pages, whatever order they finish in. A name already taken in the build (the same directory written twice, or a
 * snapshot that was not taken, whose directory is its requested name) gets {@code -2}, {@code -3}, ... Jenkins-free;
 * the caller decides under the build's lock, so that no two callers see the same names taken.
 */
public final class SnapshotUrlName {
    public static final String PREFIX = "nosql-snapshot-";

    private SnapshotUrlName() {}

    /**
     * @param reportDirectory {@code nosql-snapshot/<name>} as {@code ReportLayout.directory} gives it, or null when
     *     no report could be written
     * @param requestedName the name asked for, used when there is no directory
     * @param taken the URL names of the build's snapshot pages so far
     */
    public static String of(String reportDirectory, String requestedName, Collection<String> taken) {
        String base = PREFIX + segment(reportDirectory, requestedName);
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The URL of a page recorded before URLs named the directory: {@code nosql-snapshot-1}, ... */
    public static String legacy(int index) {
        return PREFIX + index;
    }

    private static String segment(String reportDirectory, String requestedName) {
        String name = reportDirectory == null ? requestedName : lastSegment(reportDirectory);
        if (name == null || name.isEmpty()) {
            return "unnamed";
        }
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> safe.append(urlSafe(c) ? (char) c : '_'));
        return safe.toString();
    }

    private static String lastSegment(String directory) {
        int slash = directory.lastIndexOf('/');
        return slash < 0 ? directory : directory.substring(slash + 1);
    }

    private static boolean urlSafe(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.';
    }
}
