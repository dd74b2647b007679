package io.jenkins.plugins.nosqlsnapshot.mapping;

/**
 * Form checks of the lifecycle fields ({@code fromBuild}, {@code reportPath}, {@code keep}, {@code maxAge},
 * {@code lockTimeout}), Jenkins-free like {@link FieldCheck}. Values holding {@code ${...}} are checked when the
 * build runs.
 */
public final class LifecycleFieldCheck {
    private LifecycleFieldCheck() {}

    public static FieldCheck fromBuild(String value, String reportPath) {
        boolean build = !blank(value);
        boolean path = !blank(reportPath);
        if (build && path) {
            return FieldCheck.error("FieldCheck.BuildOrReportPath");
        }
        if (!build) {
            return path ? FieldCheck.OK : FieldCheck.error("FieldCheck.FromBuildRequired");
        }
        if (value.contains("${")) {
            return FieldCheck.warning("FieldCheck.AtRunTime");
        }
        try {
            BuildSelector.parse(value);
            return FieldCheck.OK;
        } catch (IllegalArgumentException e) {
            return FieldCheck.error("FieldCheck.Detail", e.getMessage());
        }
    }

    public static FieldCheck reportPath(String value, String fromBuild) {
        if (!blank(value) && !blank(fromBuild)) {
            return FieldCheck.error("FieldCheck.BuildOrReportPath");
        }
        String outside = blank(value) ? null : WorkspacePath.problem("reportPath", value);
        if (outside != null) {
            return FieldCheck.error("FieldCheck.Detail", outside);
        }
        return FieldCheck.OK;
    }

    /** {@code keep}: empty, or a whole number of at least 1. */
    public static FieldCheck keep(String value) {
        if (blank(value)) {
            return FieldCheck.OK;
        }
        try {
            return Integer.parseInt(value.strip()) >= 1 ? FieldCheck.OK : FieldCheck.error("FieldCheck.AtLeastOne");
        } catch (NumberFormatException e) {
            return FieldCheck.error("FieldCheck.KeepNumber");
        }
    }

    /** {@code maxAge} and {@code lockTimeout}: empty, or a duration. */
    public static FieldCheck duration(String value, String field) {
        if (blank(value)) {
            return FieldCheck.OK;
        }
        if (value.contains("${")) {
            return FieldCheck.warning("FieldCheck.AtRunTime");
        }
        try {
            LifecycleMapping.duration(value, field);
            return FieldCheck.OK;
        } catch (IllegalArgumentException e) {
            return FieldCheck.error("FieldCheck.Detail", e.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
