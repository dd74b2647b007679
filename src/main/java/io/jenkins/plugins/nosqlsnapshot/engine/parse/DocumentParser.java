package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;

/** Turns one JSON text into an {@link AdminDocument}, or says clearly why it cannot. */
public final class DocumentParser {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(64 * 1024 * 1024)
                        .maxNestingDepth(200)
                        .build());
    }

    private DocumentParser() {}

    /** The shared, thread-safe mapper for admin documents. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses one document.
     *
     * @param json   the JSON text of one document
     * @param source where it came from, for messages (e.g. {@code "show topology"} or a file name)
     */
    public static AdminDocument parse(String json, String source) throws AdminOutputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AdminOutputException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new AdminOutputException(source + ": expected a JSON object from the admin CLI");
        }
        JsonNode operation = root.get("operation");
        JsonNode code = root.get("returnCode");
        if (operation == null || code == null) {
            if (root.has("return_code")) {
                throw new AdminOutputException(
                        source + ": this is the -json-v1 format; run the admin CLI with -json (the v2 envelope)");
            }
            throw new AdminOutputException(source + ": not an admin CLI document (no \"operation\"/\"returnCode\")");
        }
        if (!code.canConvertToInt() || !code.isIntegralNumber()) {
            throw new AdminOutputException(source + ": \"returnCode\" is not a whole number: " + code);
        }
        JsonNode description = root.get("description");
        JsonNode value = root.get("returnValue");
        return new AdminDocument(
                operation.asText(),
                code.intValue(),
                description == null || description.isNull() ? "" : description.asText(),
                value == null ? NullNode.getInstance() : value);
    }

    /**
     * Finds the one document in a captured output (a file, or one command's stdout) among surrounding text. The
     * last document is taken, as single-command mode prints one.
     */
    public static AdminDocument parseOutput(String output, String source) throws AdminOutputException {
        return parseOutput(output, source, null);
    }

    /**
     * Like {@link #parseOutput(String, String)}, for outputs that may hold a whole session transcript: the last
     * document of the {@code expectedOperation} (e.g. {@code "ping"}) is taken; failing that, a connection
     * failure; failing that, the last document.
     */
    public static AdminDocument parseOutput(String output, String source, String expectedOperation)
            throws AdminOutputException {
        List<String> documents = DocumentSplitter.split(output);
        if (documents.isEmpty()) {
            if (output.isBlank()) {
                throw new AdminOutputException(
                        source + ": is empty; expected the JSON output of the admin CLI (-json)");
            }
            throw new AdminOutputException(source + ": contains no complete JSON document"
                    + " (truncated, or not the output of the admin CLI with -json)");
        }
        if (documents.size() == 1 || expectedOperation == null) {
            return parse(documents.get(documents.size() - 1), source);
        }
        AdminDocument connection = null;
        AdminDocument last = null;
        for (int i = documents.size() - 1; i >= 0; i--) {
            AdminDocument document = parse(documents.get(i), source);
            if (expectedOperation.equals(document.operation())) {
                return document;
            }
            if (document.isConnectionFailure() && connection == null) {
                connection = document;
            }
            if (last == null) {
                last = document;
            }
        }
        return connection != null ? connection : last;
    }

    /** Reads a required text field of a JSON object, with a clear error. */
    static String text(JsonNode node, String field, String source) throws AdminOutputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            throw new AdminOutputException(source + ": missing required field \"" + field + "\"");
        }
        return value.asText();
    }

    /** Reads an optional text field; null when absent. */
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    /** Reads a required array field, with a clear error. */
    static JsonNode array(JsonNode node, String field, String source) throws AdminOutputException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new AdminOutputException(source + ": missing required array \"" + field + "\"");
        }
        return value;
    }

    static JsonNode value(AdminDocument document, String source) throws AdminOutputException {
        if (!document.hasValue()) {
            throw new AdminOutputException(source + ": the admin returned no value (" + document.summary() + ")");
        }
        if (!document.returnValue().isObject()) {
            throw new AdminOutputException(source + ": \"returnValue\" is not an object");
        }
        return document.returnValue();
    }
}
