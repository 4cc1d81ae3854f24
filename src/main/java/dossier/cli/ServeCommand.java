package dossier.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dossier.render.RenderedSite;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier serve}: a local preview on 127.0.0.1, served from memory. It watches
 * {@code content/} and {@code templates/} and rebuilds on every change; while the content has
 * errors they are printed and the last good site stays served.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on http://127.0.0.1:PORT/, rebuilding when content/ or templates/ change.")
final class ServeCommand implements Callable<Integer> {
    private static final long POLL_MILLIS = 300;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "woff2", "font/woff2", "ico", "image/x-icon");

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    private final AtomicReference<RenderedSite> current = new AtomicReference<>(new RenderedSite(new TreeMap<>()));

    @Override
    public Integer call() throws Exception {
        Path folder = source.folder(spec);
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            spec.commandLine().getErr().println("dossier: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " (choose another port with --port)");
            return Main.USAGE;
        }
        server.createContext("/", this::respond);
        server.start();
        String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        rebuild(folder, address);
        spec.commandLine().getOut().println("serving " + address + " (Ctrl+C to stop)");
        spec.commandLine().getOut().flush();
        String seen = fingerprint(folder);
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(POLL_MILLIS);
            String now = fingerprint(folder);
            if (!now.equals(seen)) {
                seen = now;
                rebuild(folder, address);
            }
        }
        server.stop(0);
        return Main.OK;
    }

    private void rebuild(Path folder, String address) {
        long started = System.nanoTime();
        Pipeline.Result result = new Pipeline().run(new Pipeline.Options(folder, Optional.of(address), true));
        DiagnosticPrinter.print(result.diagnostics(), DiagnosticPrinter.Format.text, spec.commandLine().getErr());
        result.site().ifPresentOrElse(site -> {
            current.set(site);
            spec.commandLine().getOut().printf("rebuilt in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }, () -> spec.commandLine().getErr().println("the last good site is still served"));
        spec.commandLine().getOut().flush();
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
            String file = path.substring(1);
            if (file.isEmpty() || file.endsWith("/")) {
                file = file + "index.html";
            }
            RenderedSite site = current.get();
            byte[] body = site.files().get(file);
            int status = 200;
            if (body == null && site.files().containsKey(file + "/index.html")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (body == null) {
                status = 404;
                file = "404.html";
                body = site.files().getOrDefault(file, "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            String extension = file.substring(file.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** Every file under content/ and templates/ with its size and modification time. */
    private static String fingerprint(Path folder) {
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"content", "templates"}) {
            Path root = folder.resolve(name);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        out.append(file).append(' ').append(attrs.size()).append(' ')
                                .append(attrs.lastModifiedTime().toMillis()).append('\n');
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
