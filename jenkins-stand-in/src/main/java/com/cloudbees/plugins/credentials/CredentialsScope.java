package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/**
 * credentials: CredentialsScope.java. Trimmed: the constants' bodies and the abstract {@code getDisplayName()} and
 * {@code isVisible(ModelObject)}, which the plugin never calls.
 */
public enum CredentialsScope implements Serializable {
    SYSTEM,
    GLOBAL,
    USER
}
