package io.jenkins.plugins.nosqlsnapshot.engine.survey;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@code restore-check.json} and {@code prune.json}: written pretty, read back leniently. */
public final class LifecycleJson {
    public static final String RESTORE_CHECK_JSON = "restore-check.json";
    public static final String PRUNE_JSON = "prune.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private LifecycleJson() {}

    /** Reads a document written by {@link #write}; fields it does not know are ignored (a newer writer). */
    public static <T> T read(String json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
