package io.jenkins.plugins.nosqlsnapshot.engine.model;

/**
 * What the admin CLI itself said of {@code snapshot create}, kept to show where it disagrees with the verdict.
 *
 * @param claimsSuccess whether its own words claim success (5000, or the description "Operation ends successfully")
 */
public record AdminResult(String operation, int returnCode, String description, boolean claimsSuccess) {}
