package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

/** credentials: common/StandardListBoxModel.java (implicit public no-arg constructor, as real). */
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    @NonNull
    @Override
    protected String describe(@NonNull StandardCredentials c) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
