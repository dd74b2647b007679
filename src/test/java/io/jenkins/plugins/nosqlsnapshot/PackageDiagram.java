package io.jenkins.plugins.nosqlsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The PlantUML package diagram that {@code docs/architecture.md} shows, read from the document itself. */
final class PackageDiagram {
    private PackageDiagram() {}

    static String fromArchitectureDoc() throws IOException {
        Path dir = RepositoryRoot.find();
        String doc = Files.readString(dir.resolve("docs/architecture.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```plantuml\n");
        int end = start < 0 ? -1 : doc.indexOf("```", start + 12);
        assertThat(start).as("a ```plantuml block in docs/architecture.md").isNotNegative();
        return doc.substring(start + "```plantuml\n".length(), end);
    }
}
