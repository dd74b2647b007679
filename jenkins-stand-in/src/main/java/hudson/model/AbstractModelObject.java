package hudson.model;

/** jenkins-core: hudson/model/AbstractModelObject.java. Trimmed: implements SearchableModelObject, and every member. */
public abstract class AbstractModelObject {}
