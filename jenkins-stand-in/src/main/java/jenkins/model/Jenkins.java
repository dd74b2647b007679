package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractCIBase;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import jenkins.util.io.OnMaster;
import org.jvnet.hudson.reactor.ReactorException;

/**
 * jenkins-core: jenkins/model/Jenkins.java. Its ItemGroup&lt;TopLevelItem&gt; comes through AbstractCIBase, as real.
 * Trimmed: implements DirectlyModifiableTopLevelItemGroup, StaplerProxy, StaplerFallback, ModifiableViewGroup,
 * DescriptorByNameOwner, ModelObjectWithContextMenu, ModelObjectWithChildren, Loadable; only get(), getRootDir(),
 * ADMINISTER and the AccessControlled defaults are used.
 */
public class Jenkins extends AbstractCIBase implements AccessControlled, OnMaster {
    public static final Permission ADMINISTER = new Permission(null, "Administer", null);

    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException, ReactorException {
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
