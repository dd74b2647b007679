package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;

/**
 * jenkins-core: jenkins/model/Jenkins.java. Trimmed: extends AbstractCIBase, and its ItemGroup comes through
 * DirectlyModifiableTopLevelItemGroup; only get(), ADMINISTER and the AccessControlled defaults are used.
 */
public class Jenkins implements ItemGroup<TopLevelItem>, AccessControlled {
    public static final Permission ADMINISTER = null;

    private Jenkins() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
