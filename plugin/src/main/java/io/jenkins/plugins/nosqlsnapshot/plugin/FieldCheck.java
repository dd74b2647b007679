package io.jenkins.plugins.nosqlsnapshot.plugin;

import io.jenkins.plugins.nosqlsnapshot.core.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.core.run.SnapshotName;

/**
 * Form checks for the configuration page, Jenkins-free: the descriptors turn them into {@code FormValidation}.
 * Values holding {@code ${...}} are only checked when the build runs, after expansion.
 *
 * @param level   OK, WARNING or ERROR
 * @param message null for OK
 */
public record FieldCheck(Level level, String message) {

    /** How bad a field is. */
    public enum Level {
        OK,
        WARNING,
        ERROR
    }

    static final FieldCheck OK = new FieldCheck(Level.OK, null);

    public static FieldCheck snapshotName(String value) {
        if (value == null || value.isBlank()) {
            return new FieldCheck(Level.ERROR, "Required: a name such as nightly or pre-upgrade-${BUILD_NUMBER}");
        }
        if (value.contains("${")) {
            return new FieldCheck(Level.WARNING, "Checked when the build runs, after ${...} expansion");
        }
        try {
            SnapshotName.validate(value.strip());
            return OK;
        } catch (IllegalArgumentException e) {
            return new FieldCheck(Level.ERROR, e.getMessage());
        }
    }

    public static FieldCheck store(String value) {
        if (value == null || value.isBlank()) {
            return new FieldCheck(Level.ERROR, "Required: host:port of a Storage Node, or host:port,host:port");
        }
        if (value.contains("${")) {
            return new FieldCheck(Level.WARNING, "Checked when the build runs, after ${...} expansion");
        }
        try {
            AdminTarget.helperHosts(value);
            return OK;
        } catch (IllegalArgumentException e) {
            return new FieldCheck(Level.ERROR, e.getMessage());
        }
    }

    public static FieldCheck positive(String value) {
        try {
            return value != null && Integer.parseInt(value.strip()) >= 1 ? OK
                    : new FieldCheck(Level.ERROR, "Must be a whole number, at least 1");
        } catch (NumberFormatException e) {
            return new FieldCheck(Level.ERROR, "Must be a whole number, at least 1");
        }
    }
}
