package hudson.model;

/** jenkins-core: hudson/model/ItemGroup.java. Trimmed: extends PersistenceRoot, ModelObject; no members used. */
public interface ItemGroup<T extends Item> {}
