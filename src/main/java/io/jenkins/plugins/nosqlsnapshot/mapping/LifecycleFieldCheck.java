package io.jenkins.plugins.nosqlsnapshot.mapping;

/**
 * Form checks of the lifecycle fields ({@code fromBuild}, {@code reportPath}, {@code keep}, {@code maxAge},
 * {@code lockTimeout}), Jenkins-free like {@link FieldCheck}. Values holding {@code ${...}} are checked when the
 * build runs.
 */
public final class LifecycleFieldCheck {
    private static final String AT_RUN_TIME = "Checked when the build runs, after ${...} expansion";

    private LifecycleFieldCheck() {}

    public static FieldCheck fromBuild(String value, String reportPath) {
        boolean build = !blank(value);
        boolean path = !blank(reportPath);
        if (build && path) {
            return error("Give either a build or a report path, not both");
        }
        if (!build) {
            return path
                    ? FieldCheck.OK
                    : error("Required unless a report path is given: a build number of this job,"
                            + " or lastSuccessful, lastStable, lastCompleted");
        }
        if (value.contains("${")) {
            return new FieldCheck(FieldCheck.Level.WARNING, AT_RUN_TIME);
        }
        try {
            BuildSelector.parse(value);
            return FieldCheck.OK;
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    public static FieldCheck reportPath(String value, String fromBuild) {
        if (!blank(value) && !blank(fromBuild)) {
            return error("Give either a build or a report path, not both");
        }
        String outside = blank(value) ? null : WorkspacePath.problem("reportPath", value);
        if (outside != null) {
            return error(outside);
        }
        return FieldCheck.OK;
    }

    /** {@code keep}: empty, or a whole number of at least 1. */
    public static FieldCheck keep(String value) {
        if (blank(value)) {
            return FieldCheck.OK;
        }
        try {
            return Integer.parseInt(value.strip()) >= 1 ? FieldCheck.OK : error("At least 1");
        } catch (NumberFormatException e) {
            return error("A whole number of snapshots to keep, e.g. 3");
        }
    }

    /** {@code maxAge} and {@code lockTimeout}: empty, or a duration. */
    public static FieldCheck duration(String value, String field) {
        if (blank(value)) {
            return FieldCheck.OK;
        }
        if (value.contains("${")) {
            return new FieldCheck(FieldCheck.Level.WARNING, AT_RUN_TIME);
        }
        try {
            LifecycleMapping.duration(value, field);
            return FieldCheck.OK;
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private static FieldCheck error(String message) {
        return new FieldCheck(FieldCheck.Level.ERROR, message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
