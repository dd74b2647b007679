package io.jenkins.plugins.nosqlsnapshot.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = NosqlSnapshotCommand.class.getPackage().getImplementationVersion();
        return new String[] {"nosql-snapshot " + (version == null ? "development" : version)};
    }
}
