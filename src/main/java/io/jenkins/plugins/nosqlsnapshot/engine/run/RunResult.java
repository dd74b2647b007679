package io.jenkins.plugins.nosqlsnapshot.engine.run;

import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;

/**
 * @param topologyDocument the raw {@code show topology -verbose} document, kept as {@code topology.json} for
 *                         restore checks; null when it could not be read
 */
public record RunResult(SnapshotReport report, AdminDocument topologyDocument) {}
