package io.jenkins.plugins.nosqlsnapshot.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code report.json} and {@code topology.json}: written pretty, read back leniently (newer fields ignored). */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private ReportJson() {}

    public static String write(SnapshotReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report as JSON", e);
        }
    }

    /**
     * Reads a report written by this or a later version.
     *
     * @throws IOException naming what is wrong with the text
     */
    public static SnapshotReport read(String json) throws IOException {
        SnapshotReport report = MAPPER.readValue(json, SnapshotReport.class);
        if (report == null || report.verdict() == null) {
            throw new IOException("not a nosql-snapshot report.json (no verdict)");
        }
        if (report.schemaVersion() > SnapshotReport.SCHEMA_VERSION) {
            throw new IOException("report.json has schema version " + report.schemaVersion()
                    + "; this version reads up to " + SnapshotReport.SCHEMA_VERSION + ": upgrade nosql-snapshot");
        }
        return report;
    }

    /** The admin's document as it came, for {@code topology.json}. */
    public static String write(AdminDocument document) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("operation", document.operation());
        envelope.put("returnCode", document.returnCode());
        envelope.put("description", document.description());
        envelope.put("returnValue", document.returnValue());
        try {
            return MAPPER.writeValueAsString(envelope) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the topology as JSON", e);
        }
    }
}
