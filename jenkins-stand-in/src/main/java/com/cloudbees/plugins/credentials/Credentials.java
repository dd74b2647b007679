package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/** credentials: com/cloudbees/plugins/credentials/Credentials.java. Members trimmed (none used). */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {}
