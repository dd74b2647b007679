package io.jenkins.plugins.nosqlsnapshot.forms;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jvnet.localizer.ResourceBundleHolder;
import org.springframework.security.core.Authentication;

/**
 * Form checks and choices the descriptors serve, each behind a permission check: {@code Item.CONFIGURE} on the
 * job for job forms (or {@code Jenkins.ADMINISTER} where there is no job, e.g. the global Snippet Generator), and
 * {@code Jenkins.ADMINISTER} for the global store list. Who lacks it gets an empty answer: nothing leaks, nothing
 * is computed. The checks themselves are the Jenkins-free {@link FieldCheck}.
 */
public final class FormSupport {
    private static final ResourceBundleHolder MESSAGES = ResourceBundleHolder.get(Messages.class);

    private FormSupport() {}

    /** May the caller configure this job (or, with no job, Jenkins)? */
    public static boolean canConfigure(Item item) {
        return item != null ? item.hasPermission(Item.CONFIGURE) : Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    /** May the caller change the global configuration? */
    public static boolean canAdminister() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    /** A job form's check. */
    public static FormValidation check(Item item, FieldCheck check) {
        return canConfigure(item) ? toValidation(check) : FormValidation.ok();
    }

    /** A global form's check. */
    public static FormValidation checkGlobal(FieldCheck check) {
        return canAdminister() ? toValidation(check) : FormValidation.ok();
    }

    private static FormValidation toValidation(FieldCheck check) {
        return switch (check.level()) {
            case OK -> FormValidation.ok();
            case WARNING -> FormValidation.warning(localized(check));
            case ERROR -> FormValidation.error(localized(check));
        };
    }

    /**
     * The check's text in the language of the request: the generated {@code Messages} read the same file through
     * localizer's holder, whose {@code format} uses Jenkins' current locale ({@code LocaleProvider}, the browser's
     * language in a request).
     */
    static String localized(FieldCheck check) {
        return MESSAGES.format(check.key(), check.args().toArray());
    }

    /** A build step's verdict choices: its empty choice falls back to the named store's setting. */
    public static ListBoxModel verdicts(boolean allowed) {
        return verdicts(allowed, "(default: the store's setting, else UNSTABLE)");
    }

    /** A named store's own verdict choices: nothing lies behind the store but the default. */
    public static ListBoxModel storeVerdicts(boolean allowed) {
        return verdicts(allowed, "(default: UNSTABLE)");
    }

    private static ListBoxModel verdicts(boolean allowed, String defaultChoice) {
        ListBoxModel items = new ListBoxModel();
        if (allowed) {
            items.add(defaultChoice, "");
            items.add("UNSTABLE: mark the build unstable", "UNSTABLE");
            items.add("FAILURE: fail the step", "FAILURE");
            items.add("SUCCESS: accept it", "SUCCESS");
        }
        return items;
    }

    /** A build step's pre-flight choices: its empty choice falls back to the named store's setting. */
    public static ListBoxModel preflightModes(boolean allowed) {
        return preflightModes(allowed, "(default: the store's setting, else BLOCK)");
    }

    /** A named store's own pre-flight choices. */
    public static ListBoxModel storePreflightModes(boolean allowed) {
        return preflightModes(allowed, "(default: BLOCK)");
    }

    private static ListBoxModel preflightModes(boolean allowed, String defaultChoice) {
        ListBoxModel items = new ListBoxModel();
        if (allowed) {
            items.add(defaultChoice, "");
            items.add("BLOCK: take no snapshot while the topology changes (FAILURE)", "BLOCK");
            items.add("WARN: take it and warn", "WARN");
            items.add("OFF: do not look at plans", "OFF");
        }
        return items;
    }

    /**
     * Secret file credentials a job may use, following the credentials plugin's consumer guide: only the current
     * value for callers who may not see more, else what the job's own authentication can use.
     */
    public static ListBoxModel credentialsForJob(Item item, String current) {
        StandardListBoxModel result = new StandardListBoxModel();
        String value = current == null ? "" : current;
        if (item == null) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return result.includeCurrentValue(value);
            }
            return result.includeEmptyValue()
                    .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), FileCredentials.class, List.of(), usableByBuilds())
                    .includeCurrentValue(value);
        }
        if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return result.includeCurrentValue(value);
        }
        Authentication auth = item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
        return result.includeEmptyValue()
                .includeAs(auth, item, FileCredentials.class)
                .includeCurrentValue(value);
    }

    /** Secret file credentials for a store in the global configuration (used later in the build's context). */
    public static ListBoxModel credentialsForGlobal(String current) {
        StandardListBoxModel result = new StandardListBoxModel();
        String value = current == null ? "" : current;
        if (!canAdminister()) {
            return result.includeCurrentValue(value);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), FileCredentials.class, List.of(), usableByBuilds())
                .includeCurrentValue(value);
    }

    /** Whether a job may use the credential; ok for expressions and for callers without permission. */
    public static FormValidation checkCredentialsForJob(Item item, String value, String securityFile) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        FieldCheck both = FieldCheck.securityFile(securityFile, value);
        if (both.level() != FieldCheck.Level.OK || value == null || value.isBlank()) {
            return toValidation(both);
        }
        if (value.contains("${")) {
            return FormValidation.warning(Messages.FormSupport_CredentialsParameter());
        }
        if (item == null) {
            return checkAtRoot(value.strip(), FormValidation.error(Messages.FormSupport_NoCredentialForJob()));
        }
        Authentication auth = item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
        ListBoxModel found = CredentialsProvider.listCredentialsInItem(
                FileCredentials.class, item, auth, List.of(), CredentialsMatchers.withId(value.strip()));
        return found.isEmpty() ? FormValidation.error(Messages.FormSupport_NoCredentialForJob()) : FormValidation.ok();
    }

    /** Whether the credential exists globally (a store's credential is resolved later, in each build). */
    public static FormValidation checkCredentialsForGlobal(String value, String securityFile) {
        if (!canAdminister()) {
            return FormValidation.ok();
        }
        FieldCheck both = FieldCheck.securityFile(securityFile, value);
        if (both.level() != FieldCheck.Level.OK || value == null || value.isBlank()) {
            return toValidation(both);
        }
        return checkAtRoot(value.strip(), FormValidation.warning(Messages.FormSupport_NoGlobalCredential()));
    }

    /**
     * What a build can resolve from the Jenkins root: every credential but {@code SYSTEM}-scoped ones. The root
     * lists {@code SYSTEM} credentials to {@code ACL.SYSTEM2} ({@code SystemCredentialsProvider}'s
     * {@code getCredentialsInItemGroup} uses {@code always()} for the Jenkins root), but a build looks its
     * credential up in its job ({@code getCredentialsInItem}, which uses {@code not(withScope(SYSTEM))}): a
     * {@code SYSTEM} credential offered here would pass the form and fail every build. Lists and checks use this one
     * matcher.
     */
    static CredentialsMatcher usableByBuilds() {
        return CredentialsMatchers.not(CredentialsMatchers.withScope(CredentialsScope.SYSTEM));
    }

    /** A credential of the Jenkins root that builds can use, else {@code missing}, or why a SYSTEM one cannot. */
    private static FormValidation checkAtRoot(String id, FormValidation missing) {
        ListBoxModel usable = CredentialsProvider.listCredentialsInItemGroup(
                FileCredentials.class,
                Jenkins.get(),
                ACL.SYSTEM2,
                List.of(),
                CredentialsMatchers.allOf(CredentialsMatchers.withId(id), usableByBuilds()));
        if (!usable.isEmpty()) {
            return FormValidation.ok();
        }
        ListBoxModel any = CredentialsProvider.listCredentialsInItemGroup(
                FileCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of(), CredentialsMatchers.withId(id));
        return any.isEmpty() ? missing : FormValidation.error(Messages.FormSupport_SystemScoped());
    }
}
