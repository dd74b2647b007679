package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** credentials: CredentialsMatcher.java. */
public interface CredentialsMatcher extends Serializable {
    boolean matches(@NonNull Credentials item);
}
