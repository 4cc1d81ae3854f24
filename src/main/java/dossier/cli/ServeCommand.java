package dossier.cli;

import dossier.load.ContentLoader;
import dossier.render.RenderedSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier serve}: a local preview on 127.0.0.1. It watches {@code content/} and
 * {@code templates/}, rebuilds in memory on every change and reloads the open pages; while the
 * content has errors, they are printed, shown over the page, and the last good site stays served.
 * It looks when the file system tells of a change ({@link ChangeWatcher}), and compares files by
 * size and modification time, as make and Hugo do.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on http://127.0.0.1:PORT/, rebuilding and reloading when content/ or templates/ change.")
final class ServeCommand implements Callable<Integer> {
    // Edits rehearsed after the first build, each undone, while no real change waits: enough for
    // the JVM to have compiled what an edit to a body and to a title runs (docs/benchmarks.md),
    // some seconds at 10,000 articles.
    private static final int BODY_REHEARSALS = 10;
    private static final int TITLE_REHEARSALS = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        Path folder = source.folder(spec);
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        Pipeline pipeline = Pipeline.incremental();
        try (PreviewServer server = PreviewServer.start(port); ChangeWatcher watcher = ChangeWatcher.of(folder)) {
            long started = System.nanoTime();
            ContentLoader.Listing content = ContentLoader.list(folder);
            String templates = fingerprint(folder, "templates");
            rebuild(pipeline, folder, content, server, started);
            spec.commandLine().getOut().println("serving " + server.address() + " (Ctrl+C to stop)");
            spec.commandLine().getOut().flush();
            Rehearsals rehearsals = new Rehearsals(BODY_REHEARSALS, TITLE_REHEARSALS, StageClock.fromEnvironment());
            Path templatesFolder = folder.resolve("templates");
            while (!Thread.currentThread().isInterrupted()) {
                if (rehearsals.any() && !watcher.pending()) {
                    rehearsals.next(pipeline);
                    if (watcher.told()) {
                        continue;
                    }
                    // Where changes are not told, a look comes between any two rehearsals.
                }
                Optional<Set<Path>> told = watcher.await();
                long noticed = System.nanoTime();
                // The listing that notices a change is the one the build reads from.
                ContentLoader.Listing last = content;
                ContentLoader.Listing contentNow = told.flatMap(paths -> ContentLoader.relisted(folder, last, paths))
                        .orElseGet(() -> ContentLoader.list(folder));
                String templatesNow = told.isPresent() && told.get().stream().noneMatch(path -> path.startsWith(templatesFolder))
                        ? templates
                        : fingerprint(folder, "templates");
                if (!templatesNow.equals(templates)) {
                    // A template is code: no page rendered with the old one can be reused.
                    pipeline.forgetPages();
                }
                if (!contentNow.equals(content) || !templatesNow.equals(templates)) {
                    watcher.changed();
                    content = contentNow;
                    templates = templatesNow;
                    rebuild(pipeline, folder, content, server, noticed);
                }
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("dossier: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " (choose another port with --port)");
            return Main.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    /** Rebuilds, and says how long it took since {@code started}: when the change was noticed. */
    private void rebuild(Pipeline pipeline, Path folder, ContentLoader.Listing content, PreviewServer server, long started) {
        RenderedSite.Collector site = new RenderedSite.Collector();
        Pipeline.Result result = pipeline.run(new Pipeline.Options(folder, Optional.of(server.address()), true), content, site);
        DiagnosticPrinter.print(result.diagnostics(), DiagnosticPrinter.Format.text, spec.commandLine().getErr());
        // The site as it will be served, made before the time is taken: the figure is to the new site ready.
        RenderedSite rebuilt = result.failed() ? null : site.site();
        // The terminal says what happened before the open pages are told.
        if (!result.failed()) {
            spec.commandLine().getOut().printf("rebuilt in %d ms (%d pages unchanged, %d of them read nothing that changed%s)%n",
                    (System.nanoTime() - started) / 1_000_000, pipeline.pagesReused(), pipeline.pagesUntouched(),
                    pipeline.shortcutTaken().map(edit -> "; " + edit.description).orElse(""));
        } else {
            spec.commandLine().getErr().println("the last good site is still served");
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        if (!result.failed()) {
            server.publish(rebuilt);
        } else {
            server.fail(result.diagnostics());
        }
    }

    /** Every file under one folder of the dossier with its size and modification time. */
    private static String fingerprint(Path folder, String name) {
        Path root = folder.resolve(name);
        if (!Files.isDirectory(root)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    out.append(file).append(' ').append(attrs.size()).append(' ')
                            .append(attrs.lastModifiedTime()).append('\n');
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
