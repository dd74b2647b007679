package io.jenkins.plugins.nosqlsnapshot.engine.report.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves one directory over loopback the way Jenkins serves archived artifacts: every response carries Jenkins'
 * default artifact Content-Security-Policy.
 */
public final class CspFileServer implements AutoCloseable {
    /** Jenkins' default for {@code DirectoryBrowserSupport} (hudson.model.DirectoryBrowserSupport.CSP). */
    public static final String JENKINS_ARTIFACT_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";

    private final HttpServer server;
    private final Path root;

    private CspFileServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    public static CspFileServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CspFileServer files = new CspFileServer(server, root.toAbsolutePath().normalize());
        server.createContext("/", files::handle);
        server.start();
        return files;
    }

    public URI uri(String relativePath) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + relativePath);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Security-Policy", JENKINS_ARTIFACT_CSP);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders()
                    .set("Content-Type", contentType(file.getFileName().toString()));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "text/plain; charset=utf-8";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
