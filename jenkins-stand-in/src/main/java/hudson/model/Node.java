package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import jenkins.util.io.OnMaster;

/**
 * jenkins-core: hudson/model/Node.java. Only a superclass of Jenkins (through AbstractCIBase). Trimmed: implements
 * ReconfigurableDescribable&lt;Node&gt;, PersistenceRoot, and every member.
 */
public abstract class Node extends AbstractModelObject implements ExtensionPoint, AccessControlled, OnMaster {}
