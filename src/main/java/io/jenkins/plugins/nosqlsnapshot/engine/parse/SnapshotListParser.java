package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code show snapshots [-sn snN] -json}: the names in one SN's snapshots directory, unsorted. */
public final class SnapshotListParser {
    private SnapshotListParser() {}

    public static List<String> parse(AdminDocument document) throws AdminOutputException {
        String source = "show snapshots";
        JsonNode names = DocumentParser.array(DocumentParser.value(document, source), "snapshots", source);
        List<String> result = new ArrayList<>(names.size());
        for (JsonNode name : names) {
            result.add(name.asText());
        }
        return result;
    }
}
