package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractCIBase;
import hudson.model.Computer;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import java.util.Set;
import jenkins.util.io.OnMaster;
import org.jvnet.hudson.reactor.ReactorException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * jenkins-core: jenkins/model/Jenkins.java. Its ItemGroup&lt;TopLevelItem&gt; comes through AbstractCIBase, as real.
 * Trimmed: implements DirectlyModifiableTopLevelItemGroup, StaplerProxy, StaplerFallback, ModifiableViewGroup,
 * DescriptorByNameOwner, ModelObjectWithContextMenu, ModelObjectWithChildren, Loadable; only get(), getRootDir(),
 * ADMINISTER, ANONYMOUS2, getComputer(String) and the AccessControlled defaults are used.
 */
public class Jenkins extends AbstractCIBase implements AccessControlled, OnMaster {
    public static final Permission ADMINISTER = new Permission(null, "Administer", null);

    // as the real one, a real object: SpotBugs must not see a null where Jenkins passes the anonymous user
    public static final Authentication ANONYMOUS2 =
            new AnonymousAuthenticationToken("anonymous", "anonymous", Set.of(new SimpleGrantedAuthority("anonymous")));

    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException, ReactorException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull Computer getComputer(@NonNull String name) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
