package dossier.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dossier.diagnostic.Diagnostic;
import dossier.render.FilePieces;
import dossier.render.RenderedSite;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local preview of {@code serve}: serves the last good site from memory on 127.0.0.1, and
 * tells open pages over server-sent events to reload after a rebuild, or to show the errors of
 * a failed one over the page. The reload script is added to pages as they are served, never to
 * the built site.
 */
final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__dossier/events";
    static final String SCRIPT = "/__dossier/reload.js";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "woff2", "font/woff2", "ico", "image/x-icon");
    private static final String RELOAD_SCRIPT = """
            // Added by dossier serve: reloads the page after a rebuild, shows the errors of a failed one.
            (function () {
              "use strict";
              var overlay = null;
              var events = new EventSource("%s");
              events.addEventListener("reload", function () { window.location.reload(); });
              events.addEventListener("errors", function (event) {
                if (!overlay) {
                  overlay = document.createElement("div");
                  overlay.setAttribute("role", "alert");
                  overlay.style.cssText = "position:fixed;inset:0;overflow:auto;padding:2rem;z-index:99999;"
                    + "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 monospace;white-space:pre-wrap";
                  document.body.appendChild(overlay);
                }
                overlay.textContent = "The last change did not build; this is the last good page.\\n\\n" + JSON.parse(event.data);
              });
            })();
            """.formatted(EVENTS);

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicReference<RenderedSite> site = new AtomicReference<>(new RenderedSite(new TreeMap<>()));
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    private PreviewServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static PreviewServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // Each open page holds a connection for its events, so requests need threads of their own.
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "dossier-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        PreviewServer preview = new PreviewServer(server, threads);
        server.createContext("/", preview::respond);
        server.createContext(EVENTS, preview::subscribe);
        server.start();
        return preview;
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Serves a newly built site and tells open pages to reload. */
    void publish(RenderedSite rebuilt) {
        site.set(rebuilt);
        send("reload", "\"" + System.nanoTime() + "\"");
    }

    /** Keeps the last good site and shows the errors on open pages. */
    void fail(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            text.append(diagnostic.format()).append('\n');
        }
        send("errors", jsonString(text.toString()));
    }

    private void send(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(message);
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener); // the page was closed
            }
        }
    }

    private void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        // The connection stays open; send() writes to it until the page goes away.
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
            if (path.equals(SCRIPT)) {
                send(exchange, 200, "js", RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String file = path.substring(1);
            if (file.isEmpty() || file.endsWith("/")) {
                file = file + "index.html";
            }
            RenderedSite current = site.get();
            FilePieces pieces = current.inPieces().get(file);
            if (pieces != null && !file.endsWith(".html")) { // a page is sent with the reload script, below
                send(exchange, 200, extension(file), pieces);
                return;
            }
            byte[] body = pieces != null ? pieces.joined() : current.files().get(file);
            if (body == null && current.has(file + "/index.html")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            int status = 200;
            if (body == null) {
                status = 404;
                file = "404.html";
                body = current.files().getOrDefault(file, "Not found".getBytes(StandardCharsets.UTF_8));
            }
            String extension = extension(file);
            if (extension.equals("html")) {
                body = withReloadScript(body);
            }
            send(exchange, status, extension, body);
        }
    }

    /** What a site file's name ends with after its last dot, which says its content type. */
    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1);
    }

    private static byte[] withReloadScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String script = "<script src=\"" + SCRIPT + "\"></script>\n";
        return (end < 0 ? page + script : page.substring(0, end) + script + page.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        send(exchange, status, extension, new FilePieces(List.of(body)));
    }

    /** A file, sent one piece after another: the graph export is held in pieces, never joined. */
    private static void send(HttpExchange exchange, int status, String extension, FilePieces body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        long length = body.length();
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length > 0) {
            int buffer = (int) Math.min(length, 1 << 16);
            try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), buffer)) {
                body.writeTo(out);
            }
        }
    }

    /** A JSON string for an event's data; {@code <} escaped too, as the page shows it. */
    private static String jsonString(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)).replace("<", "\\u003c") + "\"";
    }

    @Override
    public void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // the page already went away
            }
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
