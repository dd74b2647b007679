package io.jenkins.plugins.nosqlsnapshot.freestyle;

import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.nosqlsnapshot.forms.FormSupport;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleFieldCheck;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The restore-check form's own checks, written once for {@link NosqlRestoreCheckBuilder} and {@code nosqlRestoreCheck}. */
public interface RestoreCheckChecks {
    @POST
    default FormValidation doCheckFromBuild(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String reportPath) {
        return FormSupport.check(item, LifecycleFieldCheck.fromBuild(value, reportPath));
    }

    @POST
    default FormValidation doCheckReportPath(
            @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String fromBuild) {
        return FormSupport.check(item, LifecycleFieldCheck.reportPath(value, fromBuild));
    }
}
