package io.jenkins.plugins.nosqlsnapshot.engine.run;

/**
 * A captured admin output for {@code evaluate}.
 *
 * @param source where it came from (a file name), for messages
 * @param text   its content, possibly with prompts and other text around the JSON document
 */
public record SavedOutput(String source, String text) {}
