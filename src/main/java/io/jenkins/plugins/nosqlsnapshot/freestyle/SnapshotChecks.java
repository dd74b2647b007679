package io.jenkins.plugins.nosqlsnapshot.freestyle;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nosqlsnapshot.forms.FormSupport;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The snapshot form's own checks and lists, written once for {@link NosqlSnapshotBuilder} and {@code nosqlSnapshot}. */
public interface SnapshotChecks extends RetentionChecks {
    @POST
    default FormValidation doCheckMinReplicasPerShard(@AncestorInPath Item item, @QueryParameter String value) {
        return FormSupport.check(item, FieldCheck.optionalPositive(value));
    }

    @POST
    default ListBoxModel doFillOnPartialItems(@AncestorInPath Item item) {
        return FormSupport.verdicts(FormSupport.canConfigure(item));
    }

    @POST
    default ListBoxModel doFillOnConfigFailureItems(@AncestorInPath Item item) {
        return FormSupport.verdicts(FormSupport.canConfigure(item));
    }

    @POST
    default ListBoxModel doFillPreflightItems(@AncestorInPath Item item) {
        return FormSupport.preflightModes(FormSupport.canConfigure(item));
    }
}
