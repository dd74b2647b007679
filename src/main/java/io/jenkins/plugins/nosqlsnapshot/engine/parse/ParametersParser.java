package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.optionalText;
import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;

/** Reads {@code show parameter -service snN -json}: the root directory and the admin directory. */
public final class ParametersParser {
    private ParametersParser() {}

    public static StorageNodeParameters parse(AdminDocument document) throws AdminOutputException {
        String source = "show parameter";
        JsonNode value = DocumentParser.value(document, source);
        String number = text(value, "storageNodeId", source);
        String id = number.startsWith("sn") ? number : "sn" + number;
        String adminDir = null;
        JsonNode adminDirs = value.get("adminDirs");
        if (adminDirs != null && adminDirs.isArray() && !adminDirs.isEmpty()) {
            adminDir = optionalText(adminDirs.get(0), "path");
        }
        return new StorageNodeParameters(
                id, optionalText(value, "hostname"), text(value, "rootDirPath", source + " (" + id + ")"), adminDir);
    }
}
