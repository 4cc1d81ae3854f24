package dossier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 under a sub-path, the way GitHub Pages serves a project site:
 * directories by their index.html, and 404.html with status 404 for anything missing.
 */
public final class PagesServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final String subPath;

    private PagesServer(HttpServer server, String subPath) {
        this.server = server;
        this.subPath = subPath;
    }

    /** Listens on a free port; call {@link #serve} once the site is built for {@link #root()}. */
    public static PagesServer start(String subPath) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.start();
            return new PagesServer(server, subPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site's root: {@code http://127.0.0.1:PORT/SUB/}. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + subPath;
    }

    public PagesServer serve(Path site) {
        server.createContext(subPath, exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath().substring(subPath.length());
                Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
                int status = 200;
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    status = 404;
                    file = site.resolve("404.html");
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type",
                        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
