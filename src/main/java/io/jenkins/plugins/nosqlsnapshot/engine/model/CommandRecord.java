package io.jenkins.plugins.nosqlsnapshot.engine.model;

/**
 * One command of the admin session.
 *
 * @param returnCode the document's return code, or null when none came back
 * @param note       what went wrong in the exchange (timeout, session ended), or null
 */
public record CommandRecord(String command, Integer returnCode, long elapsedMillis, String note) {}
