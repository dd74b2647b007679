package io.jenkins.plugins.nosqlsnapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.Result;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlStore;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.RepositoryRoot;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The README is the plugin's page on plugins.jenkins.io: its pre-upgrade gate is run here as written (only the
 * upgrade command itself becomes an {@code echo}) against a named store {@code prod}, whose admin replays outputs
 * captured from Oracle NoSQL 25.3 (a shard down, a Replication Node down, a healthy store), with the snapshot name
 * the README uses. The gate upgrades only after a SUCCESS snapshot that a restore check finds restorable in place.
 *
 * <p>With {@code -Dnosqlsnapshot.screenshots=DIR} (and {@code chromium} on the PATH) it also shoots, in headless
 * Chromium, the pages the README shows into {@code DIR}: the build page, the snapshot's page, the job page and the
 * store on Manage Jenkins &gt; System (see docs/CONTRIBUTING.md, "The README's screenshots").
 */
@WithJenkins
class PluginPageITest {
    static final String SCREENSHOTS = "nosqlsnapshot.screenshots";
    private static final String UPGRADE = "sh './upgrade-store.sh'";
    private static final String UPGRADED = "the upgrade would start here";

    @TempDir
    Path folder;

    @Test
    void theReadmesGateUpgradesOnlyAfterARestorableSnapshot(JenkinsRule j) throws Exception {
        j.jenkins.setLabelString("kv-admin");
        FakeAdminInstall admin = FakeAdminInstall.into(folder);
        nameEveryCapturedSnapshot(folder, "pre-upgrade");
        NosqlSnapshotConfiguration stores = NosqlSnapshotConfiguration.get();
        WorkflowJob gate = j.createProject(WorkflowJob.class, "pre-upgrade-gate");
        gate.setDefinition(new CpsFlowDefinition(readmeGate(), true));

        stores.setStores(List.of(fakeStore(admin, "shard-down.script")));
        WorkflowRun lost = j.buildAndAssertStatus(Result.FAILURE, gate);
        j.assertLogContains(
                "ERROR: NoSQL snapshot '261124-194046-pre-upgrade' FAILED: shard rg3 has no snapshot", lost);
        j.assertLogContains("No upgrade: snapshot 261124-194046-pre-upgrade is FAILURE", lost);
        j.assertLogNotContains(UPGRADED, lost);

        stores.setStores(List.of(fakeStore(admin, "rn-down.script")));
        WorkflowRun degraded = j.buildAndAssertStatus(Result.UNSTABLE, gate);
        j.assertLogContains("[nosql-snapshot] NoSQL snapshot '261124-193913-pre-upgrade' is UNSTABLE: ", degraded);
        j.assertLogContains("No upgrade: snapshot 261124-193913-pre-upgrade is UNSTABLE", degraded);
        j.assertLogNotContains("restore-check.json", degraded);
        j.assertLogNotContains(UPGRADED, degraded);

        stores.setStores(List.of(fakeStore(admin, "healthy.script")));
        WorkflowRun good = j.buildAndAssertSuccess(gate);
        j.assertLogContains(
                "Written to nosql-snapshot/261124-200120-pre-upgrade/restore-check.json and archived", good);
        j.assertLogContains(UPGRADED, good);
        NosqlSnapshotAction snapshot = good.getAction(NosqlSnapshotAction.class);
        assertNotNull(snapshot, "the build page shows the snapshot");
        assertEquals("SUCCESS", snapshot.getVerdict());

        String screenshots = System.getProperty(SCREENSHOTS);
        if (screenshots == null || screenshots.isBlank()) {
            return;
        }
        Path out = Files.createDirectories(Path.of(screenshots));
        String job = j.getURL() + gate.getUrl();
        try (Chromium chromium = new Chromium(Files.createTempDirectory(folder, "chromium-"))) {
            chromium.shoot(job + good.getNumber() + "/", out.resolve("build-page.png"), 520, null, null);
            chromium.shoot(
                    job + good.getNumber() + "/" + snapshot.getUrlName() + "/",
                    out.resolve("snapshot-page.png"),
                    1000,
                    null,
                    null);
            chromium.shoot(job + lost.getNumber() + "/", out.resolve("build-page-failure.png"), 480, null, null);
            chromium.shoot(job, out.resolve("job-page.png"), 580, null, null);
            stores.setStores(List.of(readmeStore()));
            chromium.shoot(
                    j.getURL() + "manage/configure",
                    out.resolve("system-page.png"),
                    2400,
                    ".jenkins-section__title",
                    "Oracle NoSQL stores");
        }
    }

    /** The README's first Pipeline block under "A pre-upgrade gate", with an {@code echo} for the upgrade command. */
    private static String readmeGate() throws IOException {
        String readme = Files.readString(RepositoryRoot.find().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("## A pre-upgrade gate.*?```groovy\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(block.find(), "README.md has a groovy block under '## A pre-upgrade gate'");
        String gate = block.group(1);
        assertTrue(gate.contains(UPGRADE), "the gate runs " + UPGRADE);
        return gate.replace(UPGRADE, "echo '" + UPGRADED + "'");
    }

    /** The store the gate uses, its admin replaying one captured session. */
    private static NosqlStore fakeStore(FakeAdminInstall admin, String script) {
        NosqlStore prod = new NosqlStore("prod", "127.0.0.1:5000");
        prod.setAdminCommand(admin.adminCommand(script));
        return prod;
    }

    /** The store of the README's JCasC example, as the System page shows it (its login a Secret file credential). */
    private static NosqlStore readmeStore() throws IOException {
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new FileCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        "kv-prod-login",
                        "prod: client security directory (backup)",
                        "security.zip",
                        SecretBytes.fromBytes(Zips.securityDirectory("not-a-real-password", true))));
        NosqlStore prod = new NosqlStore("prod", "node1:5000,node2:5000,node3:5000");
        prod.setKvstoreJar("/opt/kv/lib/kvstore.jar");
        prod.setAdminJavaOptions("-Xmx512m");
        prod.setCredentialsId("kv-prod-login");
        prod.setLoginFile("security/client.security");
        prod.setUsername("backup");
        prod.setOnPartial("FAILURE");
        prod.setMinReplicasPerShard(2);
        prod.setPreflight("BLOCK");
        return prod;
    }

    /**
     * The captured sessions named their snapshots BATCH and BACKUP; the README's gate asks for {@code name}. Every
     * copied document gets that name, so the admin answers the command the gate sends, consistently in every listing.
     */
    private static void nameEveryCapturedSnapshot(Path folder, String name) throws IOException {
        Pattern captured = Pattern.compile("\\b(BATCH|BACKUP)\\b");
        List<Path> files = new ArrayList<>();
        for (String top : List.of("fake-admin", "fixtures", "lifecycle")) {
            try (Stream<Path> walk = Files.walk(folder.resolve(top))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            String renamed = captured.matcher(text).replaceAll(name);
            if (!renamed.equals(text)) {
                Files.writeString(file, renamed, StandardCharsets.ISO_8859_1);
            }
        }
    }

    /**
     * Headless Chromium driven over its DevTools protocol (a WebSocket of the JDK's HTTP client): it loads a page at
     * 1280 pixels wide, waits for its scripts, and captures either its top or the part that starts with the heading
     * of a section, as the README shows them.
     */
    private static final class Chromium implements AutoCloseable {
        private static final int WIDTH = 1280;
        private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
        private final ObjectMapper json = new ObjectMapper();
        private final Process process;
        private final WebSocket socket;
        private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

        Chromium(Path profile) throws Exception {
            process = new ProcessBuilder(
                            "chromium",
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--hide-scrollbars",
                            "--user-data-dir=" + profile,
                            "--remote-debugging-port=0",
                            "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String browser = null;
            BufferedReader err =
                    new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            for (String line; browser == null && (line = err.readLine()) != null; ) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    browser = m.group(1);
                }
            }
            assertNotNull(browser, "chromium announced its DevTools endpoint");
            Thread drain = new Thread(() -> err.lines().forEach(l -> {}), "chromium-stderr");
            drain.setDaemon(true);
            drain.start();
            URI endpoint = URI.create(browser.replace("ws://", "http://"));
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(
                            HttpRequest.newBuilder(endpoint.resolve("/json/list"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String page = null;
            for (JsonNode target : json.readTree(list)) {
                if ("page".equals(target.path("type").asText())) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            assertNotNull(page, "chromium has a page to drive");
            socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(page), new Answers())
                    .get(30, TimeUnit.SECONDS);
            call(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", WIDTH, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }

        /**
         * Loads {@code url} and writes {@code height} pixels of it to {@code png}: from the top, or from just above the
         * first element matching {@code selector} whose text is {@code heading}, down to the end of its section.
         */
        void shoot(String url, Path png, int height, String selector, String heading) throws Exception {
            call("Page.navigate", Map.of("url", url));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!"complete".equals(evaluate("document.readyState").asText())) {
                assertTrue(System.nanoTime() < until, url + " loaded within a minute");
                Thread.sleep(200);
            }
            Thread.sleep(2000); // the page's own scripts (the sidebar, the build history) run after load
            double top = 0;
            double bottom = height;
            if (selector != null) {
                JsonNode box = evaluate("(() => { const h = [...document.querySelectorAll('" + selector
                        + "')].find(e => e.textContent.includes('" + heading + "'));"
                        + " if (!h) return null; const s = h.closest('section') || h;"
                        + " const r = s.getBoundingClientRect();"
                        + " return {top: r.top + window.scrollY, bottom: r.bottom + window.scrollY}; })()");
                assertTrue(box.isObject(), "'" + heading + "' is on " + url);
                top = Math.max(0, box.path("top").asDouble() - 8);
                bottom = box.path("bottom").asDouble() + 24;
            }
            Map<String, Object> clip =
                    Map.of("x", 0, "y", top, "width", WIDTH, "height", Math.min(height, bottom - top), "scale", 1);
            JsonNode shot = call(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " is a PNG");
        }

        private JsonNode evaluate(String expression) throws Exception {
            return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
                    .path("result")
                    .path("value");
        }

        private JsonNode call(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            answers.put(id, answer);
            socket.sendText(json.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                    .get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(2, TimeUnit.MINUTES);
            assertTrue(reply.path("error").isMissingNode(), method + ": " + reply.path("error"));
            return reply.path("result");
        }

        @Override
        public void close() throws Exception {
            socket.abort();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        /** Joins each message's frames and completes the call waiting for its id; events are ignored. */
        private final class Answers implements WebSocket.Listener {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    try {
                        JsonNode reply = json.readTree(message.toString());
                        CompletableFuture<JsonNode> waiting =
                                reply.has("id") ? answers.remove(reply.get("id").asInt()) : null;
                        if (waiting != null) {
                            waiting.complete(reply);
                        }
                    } catch (IOException e) {
                        answers.values().forEach(f -> f.completeExceptionally(e));
                    }
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }
    }
}
