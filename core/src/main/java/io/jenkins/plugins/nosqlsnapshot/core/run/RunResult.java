package io.jenkins.plugins.nosqlsnapshot.core.run;

import io.jenkins.plugins.nosqlsnapshot.core.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.core.report.SnapshotReport;

/**
 * @param topologyDocument the raw {@code show topology -verbose} document, kept as {@code topology.json} for
 *                         restore checks; null when it could not be read
 */
public record RunResult(SnapshotReport report, AdminDocument topologyDocument) {
}
