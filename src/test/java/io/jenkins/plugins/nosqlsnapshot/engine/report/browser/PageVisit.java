package io.jenkins.plugins.nosqlsnapshot.engine.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One page loaded in its own tab, inspected through DevTools only: computed styles, CSP violations and a
 * screenshot. Nothing runs inside the page.
 */
public final class PageVisit {
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final DevTools devTools;
    private final String session;

    private PageVisit(DevTools devTools, String session) {
        this.devTools = devTools;
        this.session = session;
    }

    /** Opens {@code url} in a new tab {@code width} CSS pixels wide and waits until it has loaded. */
    public static PageVisit open(HeadlessChromium chromium, URI url, int width) throws IOException {
        DevTools devTools = chromium.devTools();
        String target = devTools.send(null, "Target.createTarget", Map.of("url", "about:blank"))
                .path("targetId")
                .asText();
        String session = devTools.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId")
                .asText();
        PageVisit visit = new PageVisit(devTools, session);
        for (String domain : List.of("Page", "Log", "Runtime", "Audits", "DOM", "CSS")) {
            devTools.send(session, domain + ".enable", Map.of());
        }
        devTools.send(
                session,
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        JsonNode navigation = devTools.send(session, "Page.navigate", Map.of("url", url.toString()));
        if (navigation.hasNonNull("errorText")) {
            throw new IOException("Chromium could not load " + url + ": "
                    + navigation.get("errorText").asText());
        }
        devTools.awaitEvent(session, "Page.loadEventFired", LOAD_TIMEOUT);
        return visit;
    }

    /** How many elements match {@code selector}. */
    public int count(String selector) throws IOException {
        int document = documentNode();
        return devTools.send(session, "DOM.querySelectorAll", Map.of("nodeId", document, "selector", selector))
                .path("nodeIds")
                .size();
    }

    /** The computed value of a CSS property on the first element matching {@code selector}. */
    public String computedStyle(String selector, String property) throws IOException {
        int document = documentNode();
        int node = devTools.send(session, "DOM.querySelector", Map.of("nodeId", document, "selector", selector))
                .path("nodeId")
                .asInt();
        if (node == 0) {
            throw new IOException("the page has no element matching " + selector);
        }
        for (JsonNode entry : devTools.send(session, "CSS.getComputedStyleForNode", Map.of("nodeId", node))
                .path("computedStyle")) {
            if (property.equals(entry.path("name").asText())) {
                return entry.path("value").asText();
            }
        }
        throw new IOException(selector + " has no computed " + property);
    }

    /**
     * What Chromium reported about Content-Security-Policy for this page: console messages ("Refused to apply
     * inline style because it violates ...") and DevTools issues.
     */
    public List<String> cspViolations() {
        List<String> violations = new ArrayList<>();
        for (JsonNode event : devTools.events(session)) {
            String method = event.path("method").asText();
            JsonNode params = event.path("params");
            if ("Log.entryAdded".equals(method)) {
                String text = params.path("entry").path("text").asText();
                if (text.contains("Content Security Policy") || text.contains("Content-Security-Policy")) {
                    violations.add(text);
                }
            } else if ("Audits.issueAdded".equals(method)
                    && "ContentSecurityPolicyIssue"
                            .equals(params.path("issue").path("code").asText())) {
                violations.add("DevTools issue: " + params.path("issue").path("details"));
            }
        }
        return violations;
    }

    /** Every console or log message of the page, for a failure message. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (JsonNode event : devTools.events(session)) {
            String method = event.path("method").asText();
            if ("Log.entryAdded".equals(method)) {
                messages.add(event.path("params").path("entry").path("level").asText() + ": "
                        + event.path("params").path("entry").path("text").asText());
            } else if ("Runtime.consoleAPICalled".equals(method) || "Runtime.exceptionThrown".equals(method)) {
                messages.add(method + ": " + event.path("params"));
            }
        }
        return messages;
    }

    private int documentNode() throws IOException {
        return devTools.send(session, "DOM.getDocument", Map.of("depth", 0))
                .path("root")
                .path("nodeId")
                .asInt();
    }

    /** Writes a PNG of the page from the top, at most {@code maxHeight} CSS pixels tall. */
    public void screenshot(Path png, int maxHeight) throws IOException {
        JsonNode size =
                devTools.send(session, "Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        double width = size.path("width").asDouble();
        double height = Math.min(size.path("height").asDouble(), maxHeight);
        JsonNode shot = devTools.send(
                session,
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }
}
