package dossier.cli;

import dossier.bench.SyntheticDossier;
import dossier.load.ContentLoader;
import dossier.render.RenderedSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * serve's rebuild after one edit to an article of a synthetic dossier, as serve makes it (told
 * the path, the listing patched, the last build's shortcut taken), in one JVM warmed up by the
 * iterations before: steadier than timing serve from outside, where a shared machine moves an
 * edit's time by a third between runs. Run with {@code bench/edits.sh}; figures go to
 * docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1400m")
public class EditBenchmark {
    @Param("1000")
    int articles;

    private Path folder;
    private Path article;
    private Pipeline.Options options;
    private final Pipeline pipeline = Pipeline.incremental();
    private ContentLoader.Listing listing;
    private String text;
    private int edits;

    @Setup
    public void firstBuild() throws IOException {
        folder = Files.createTempDirectory("dossier-edits");
        new SyntheticDossier(articles, 1).writeDossier(folder);
        article = folder.resolve("content/articles/a-" + articles / 2 + ".md");
        text = Files.readString(article);
        options = new Pipeline.Options(folder, Optional.of("http://127.0.0.1:8000/"), true);
        listing = ContentLoader.list(folder);
        pipeline.run(options, listing, new RenderedSite.Collector());
    }

    @Benchmark
    public Object title() throws IOException {
        return rebuilt(text.replaceFirst("(?m)^title: .*$", "title: Edited " + edits++), EditShortcut.Edit.METADATA);
    }

    @Benchmark
    public Object body() throws IOException {
        // The first paragraph's second word: the positions after it, and the link's context, change.
        return rebuilt(text.replaceFirst("(\n\n[A-Z][a-z]* )[a-z0-9]+", "$1w" + edits++), EditShortcut.Edit.BODY);
    }

    private Object rebuilt(String edited, EditShortcut.Edit expected) throws IOException {
        Files.writeString(article, edited, StandardCharsets.UTF_8);
        listing = ContentLoader.relisted(folder, listing, List.of(article)).orElseThrow();
        RenderedSite.Collector site = new RenderedSite.Collector();
        Pipeline.Result result = pipeline.run(options, listing, site);
        if (!pipeline.shortcutTaken().equals(Optional.of(expected))) {
            throw new IllegalStateException("the edit took the whole pipeline: " + result.diagnostics());
        }
        return site;
    }
}
