package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

/** credentials: common/StandardCredentials.java (@Recommended, @NameWith left out). */
public interface StandardCredentials extends IdCredentials {
    @NonNull
    String getDescription();
}
