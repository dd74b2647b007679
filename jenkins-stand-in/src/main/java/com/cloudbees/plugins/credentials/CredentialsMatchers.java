package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

/** credentials: CredentialsMatchers.java. Only withId is used. */
public class CredentialsMatchers {
    private CredentialsMatchers() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static CredentialsMatcher withId(@NonNull String id) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
