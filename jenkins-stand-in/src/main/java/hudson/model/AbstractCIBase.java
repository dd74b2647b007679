package hudson.model;

import hudson.security.AccessControlled;

/**
 * jenkins-core: hudson/model/AbstractCIBase.java. Only the superclass of Jenkins. Trimmed: implements StaplerProxy,
 * StaplerFallback, ViewGroup, DescriptorByNameOwner, and every member.
 */
public abstract class AbstractCIBase extends Node implements ItemGroup<TopLevelItem>, AccessControlled {}
