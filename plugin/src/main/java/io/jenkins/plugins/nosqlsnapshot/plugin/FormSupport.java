package io.jenkins.plugins.nosqlsnapshot.plugin;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

/** Form checks and choices both descriptors serve; the checks themselves are the Jenkins-free {@link FieldCheck}. */
final class FormSupport {
    private FormSupport() {
    }

    /** Only people who may configure the job get an answer: nothing leaks, nothing is computed for others. */
    static FormValidation check(Item item, FieldCheck check) {
        if (item == null || !item.hasPermission(Item.CONFIGURE)) {
            return FormValidation.ok();
        }
        return switch (check.level()) {
            case OK -> FormValidation.ok();
            case WARNING -> FormValidation.warning(check.message());
            case ERROR -> FormValidation.error(check.message());
        };
    }

    static ListBoxModel verdicts() {
        ListBoxModel items = new ListBoxModel();
        items.add("UNSTABLE: mark the build unstable", "UNSTABLE");
        items.add("FAILURE: fail the step", "FAILURE");
        items.add("SUCCESS: accept it", "SUCCESS");
        return items;
    }

    static ListBoxModel preflightModes() {
        ListBoxModel items = new ListBoxModel();
        items.add("BLOCK: take no snapshot while the topology changes (FAILURE)", "BLOCK");
        items.add("WARN: take it and warn", "WARN");
        items.add("OFF: do not look at plans", "OFF");
        return items;
    }
}
