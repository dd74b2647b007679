package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON document printed by the admin CLI in {@code -json} mode (the v2 envelope).
 *
 * @param operation   what the admin says it did, e.g. {@code snapshot operation}, {@code show topology}
 * @param returnCode  5000 success; 5100 usage or lock; 5300 resource failure; 5301 partial; 5500 internal
 * @param description the admin's own words; never to be trusted alone
 * @param returnValue the payload, or a JSON null node when the admin returned none
 */
public record AdminDocument(String operation, int returnCode, String description, JsonNode returnValue) {
    /** The operation name the admin uses when it cannot connect or log in. */
    public static final String CONNECT_OPERATION = "connect store or admin service";

    public boolean hasValue() {
        return returnValue != null && !returnValue.isNull() && !returnValue.isMissingNode();
    }

    public boolean isConnectionFailure() {
        return CONNECT_OPERATION.equals(operation);
    }

    public boolean succeeded() {
        return returnCode == 5000;
    }

    /** One line for reasons and logs: {@code 5300 "Cannot connect to any admins."}. */
    public String summary() {
        return returnCode + " \"" + firstLine(description) + "\"";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
