package io.jenkins.plugins.nosqlsnapshot.engine.survey;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreReadiness;
import io.jenkins.plugins.nosqlsnapshot.engine.retention.PruneReport;
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

    public static String write(RestoreReadiness readiness) {
        return write((Object) readiness);
    }

    public static String write(PruneReport report) {
        return write((Object) report);
    }

    public static RestoreReadiness readRestoreCheck(String json) throws IOException {
        return MAPPER.readValue(json, RestoreReadiness.class);
    }

    public static PruneReport readPrune(String json) throws IOException {
        return MAPPER.readValue(json, PruneReport.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
