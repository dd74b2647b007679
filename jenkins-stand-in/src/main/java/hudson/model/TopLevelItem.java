package hudson.model;

/** jenkins-core: hudson/model/TopLevelItem.java. Trimmed: also ExtensionPoint, Describable<TopLevelItem>. */
public interface TopLevelItem extends Item {}
