package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code snapshot create -json} in every known shape: 25.x (5000/5301/5300 with {@code snapshotName}),
 * ~20.x (5500 with "Operation ends successfully" on partial results), 18.x (no {@code snapshotName}), and the
 * value-less documents of lock, usage and connection errors.
 */
public final class SnapshotResultParser {
    private static final String SOURCE = "snapshot create";

    private SnapshotResultParser() {}

    public static SnapshotResult parse(AdminDocument document) throws AdminOutputException {
        if (!document.hasValue()) {
            return new SnapshotResult(
                    document.operation(),
                    document.returnCode(),
                    document.description(),
                    false,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }
        JsonNode value = DocumentParser.value(document, SOURCE);
        if (!value.has("successSnapshots") && !value.has("failureSnapshots")) {
            throw new AdminOutputException(
                    SOURCE + ": the document (operation \"" + document.operation()
                            + "\") has no \"successSnapshots\"/\"failureSnapshots\"; is it the output of snapshot create -json?");
        }
        return new SnapshotResult(
                document.operation(),
                document.returnCode(),
                document.description(),
                true,
                DocumentParser.optionalText(value, "snapshotName"),
                names(value, "successSnapshots"),
                names(value, "failureSnapshots"),
                names(value, "successSnapshotConfigs"),
                names(value, "failureSnapshotConfigs"));
    }

    /** Parses a saved output (file or captured stdout) that holds one create document among other text. */
    public static SnapshotResult parseOutput(String output, String source) throws AdminOutputException {
        if (DocumentSplitter.split(output).isEmpty()
                && (output.contains("Created data snapshot")
                        || output.contains("backup configurations")
                        || output.contains("backed up configurations"))) {
            throw new AdminOutputException(source + ": this is the text output of snapshot create, which hides"
                    + " failures; capture it again with -json (e.g. snapshot create -name NAME -json)");
        }
        return parse(DocumentParser.parseOutput(output, source, "snapshot operation"));
    }

    private static List<String> names(JsonNode value, String field) throws AdminOutputException {
        JsonNode array = value.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new AdminOutputException(SOURCE + ": \"" + field + "\" is not an array");
        }
        List<String> names = new ArrayList<>(array.size());
        for (JsonNode name : array) {
            if (!name.isTextual()) {
                throw new AdminOutputException(SOURCE + ": \"" + field + "\" holds a non-text entry: " + name);
            }
            names.add(name.asText());
        }
        return names;
    }
}
