package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

public interface Item extends AccessControlled {
    Permission CONFIGURE = new Permission(null, "Configure", null);
    Permission EXTENDED_READ = new Permission(null, "ExtendedRead", null);

    String getFullName();
}
