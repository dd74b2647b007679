package io.jenkins.plugins.nosqlsnapshot.engine.report.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Chromium started headless with a fresh profile and a DevTools port of its own choosing, as CI can run it: no
 * sandbox (CI runs as root), no GPU, no background network traffic. Its log goes to a file, so that CSP
 * violations reported only there are seen too.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final Path log;
    private final DevTools devTools;

    private HeadlessChromium(Process process, Path profile, Path log, DevTools devTools) {
        this.process = process;
        this.profile = profile;
        this.log = log;
        this.devTools = devTools;
    }

    /** @param executable e.g. {@code chromium} (Debian's package) */
    public static HeadlessChromium start(String executable) throws IOException {
        Path profile = Files.createTempDirectory("nosql-snapshot-chromium-");
        Path log = profile.resolve("chromium.log");
        Process process = new ProcessBuilder(
                        executable,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-port=0",
                        "--remote-debugging-address=127.0.0.1",
                        "--enable-logging=stderr",
                        "--v=0",
                        "--hide-scrollbars",
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            URI endpoint = awaitDevToolsEndpoint(process, profile);
            return new HeadlessChromium(process, profile, log, DevTools.connect(endpoint));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Chromium writes the port it chose and the browser's WebSocket path to DevToolsActivePort in the profile. */
    private static URI awaitDevToolsEndpoint(Process process, Path profile) throws IOException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue() + " before DevTools was ready;"
                        + " its log: " + Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8));
            }
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip()
                            + lines.get(1).strip());
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while Chromium started", e);
            }
        }
        throw new IOException("Chromium did not open its DevTools port within " + START_TIMEOUT);
    }

    public DevTools devTools() {
        return devTools;
    }

    /** What Chromium logged so far. */
    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        devTools.close();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
