package io.jenkins.plugins.nosqlsnapshot.engine.report;

import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The snapshot directories an off-host copy job must fetch, as {@code host:path}, one per directory that exists:
 * failed and missing components have no directory and are left out. Snapshots are hard links on the Storage
 * Node's own disks, so until they are copied off the host they share its fate.
 */
final class CopyManifest {
    private CopyManifest() {}

    static List<String> lines(List<NodeSection> sections) {
        Set<String> lines = new LinkedHashSet<>();
        for (NodeSection section : sections) {
            StorageNodeReport node = section.node();
            if (node != null && node.configBackup() == ComponentStatus.OK && node.configPath() != null) {
                lines.add(line(section, node.configPath()));
            }
            for (NodeSection.Component component : section.components()) {
                if (component.status() == ComponentStatus.OK && component.path() != null) {
                    lines.add(line(section, component.path()));
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static String line(NodeSection section, String path) {
        String host = section.hostOrId();
        return (host == null ? "unknown-host" : host) + ":" + path;
    }
}
