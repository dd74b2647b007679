package io.jenkins.plugins.nosqlsnapshot.freestyle;

import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.nosqlsnapshot.forms.FormSupport;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleFieldCheck;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form checks of the retention fields, written once for every descriptor whose form has them (the snapshot
 * builder and step, the prune step); an interface for the reason {@link ConnectionChecks} gives.
 */
public interface RetentionChecks {
    @POST
    default FormValidation doCheckSnapshotName(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, FieldCheck.snapshotName(value));
    }

    @POST
    default FormValidation doCheckKeep(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, LifecycleFieldCheck.keep(value));
    }

    @POST
    default FormValidation doCheckMaxAge(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, LifecycleFieldCheck.duration(value, "maxAge"));
    }
}
