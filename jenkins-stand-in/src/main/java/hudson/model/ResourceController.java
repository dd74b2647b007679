package hudson.model;

/** jenkins-core: hudson/model/ResourceController.java. Only the superclass of Queue; no members used. */
public class ResourceController {}
