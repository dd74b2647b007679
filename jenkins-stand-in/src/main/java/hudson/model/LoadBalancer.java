package hudson.model;

import hudson.ExtensionPoint;

/** jenkins-core: hudson/model/LoadBalancer.java. Only the parameter type of Queue's constructor; no members used. */
public abstract class LoadBalancer implements ExtensionPoint {}
