package io.jenkins.plugins.nosqlsnapshot.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of a build's archived report directories ({@code nosql-snapshot/<name>/} holding {@code report.json}) a
 * restore check reads: the only one, or the one {@code snapshotName} names (full {@code yyMMdd-HHmmss-NAME} or the
 * requested NAME; the newest when that build took several of the name). Jenkins-free.
 */
public final class SavedReportChoice {
    private static final Pattern DATED = Pattern.compile("\\d{6}-\\d{6}-(.+)");

    private SavedReportChoice() {}

    /**
     * @param directories the names of the report directories that hold a {@code report.json}
     * @param snapshotName null for "the only one"
     * @param where        the build or path, for messages
     * @return the chosen directory name
     * @throws IllegalArgumentException naming what was found when none or several fit
     */
    public static String choose(Collection<String> directories, String snapshotName, String where) {
        List<String> sorted = new ArrayList<>(directories);
        sorted.sort(null);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException(where + " has no archived snapshot report (" + ReportLayout.ROOT
                    + "/<name>/report.json): did it run nosqlSnapshot with archiving on?");
        }
        String wanted = snapshotName == null || snapshotName.isBlank() ? null : snapshotName.strip();
        if (wanted == null) {
            if (sorted.size() == 1) {
                return sorted.get(0);
            }
            throw new IllegalArgumentException(where + " archived " + sorted.size() + " snapshot reports ("
                    + String.join(", ", sorted) + "): set 'snapshotName' to say which one to check");
        }
        String chosen = null;
        for (String directory : sorted) {
            var dated = DATED.matcher(directory);
            if (directory.equals(wanted) || dated.matches() && dated.group(1).equals(wanted)) {
                chosen = directory; // sorted: the last match is the newest
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException(where + " archived no snapshot report named '" + wanted + "' (it has "
                    + String.join(", ", sorted) + ")");
        }
        return chosen;
    }
}
