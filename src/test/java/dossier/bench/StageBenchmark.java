package dossier.bench;

import dossier.cli.Main;
import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.graph.GraphBuilder;
import dossier.load.ContentLoader;
import dossier.load.SourceFile;
import dossier.markdown.MarkdownParser;
import dossier.markdown.ParsedBody;
import dossier.model.Body;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.ModelBuilder;
import dossier.parallel.EveryCore;
import dossier.render.BodyRenderer;
import dossier.render.PageLinks;
import dossier.render.RenderedBody;
import dossier.render.SiteOutput;
import dossier.render.SiteRenderer;
import dossier.render.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of a build on a synthetic dossier, with the JIT warmed up: what a stage costs in
 * steady state, apart from the JVM's start and warm-up that a one-off build also pays. Run with
 * {@code bench/stages.sh}; figures go to docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StageBenchmark {
    @Param("1000")
    int articles;

    private Path dossier;
    private ContentModel model;
    private List<Entity> entities;
    private Map<String, Body> sources;
    private Map<EntityKey, ParsedBody> bodies;
    private Map<EntityKey, RenderedBody> html;
    private DossierGraph graph;

    @Setup
    public void writeDossier() throws IOException {
        dossier = Files.createTempDirectory("dossier-bench");
        new SyntheticDossier(articles, 1).writeDossier(dossier);
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = new ContentLoader().load(dossier, diagnostics);
        model = new ModelBuilder(false).build(files, diagnostics);
        sources = new HashMap<>();
        files.forEach(file -> sources.put(file.path(), Body.of(file)));
        entities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            entities.addAll(model.all(kind));
        }
        markdown();
        graph = graph();
    }

    @TearDown
    public void removeDossier() throws IOException {
        for (Path root : List.of(dossier, dossier.resolveSibling(dossier.getFileName() + "-site"))) {
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    /** Reading every file and building the model. */
    @Benchmark
    public ContentModel load() {
        Diagnostics diagnostics = new Diagnostics();
        return new ModelBuilder(false).build(new ContentLoader().load(dossier, diagnostics), diagnostics);
    }

    /** Parsing every body and rendering it to HTML, on every core as a build does. */
    @Benchmark
    public int markdown() {
        MarkdownParser parser = new MarkdownParser();
        BodyRenderer renderer = new BodyRenderer();
        Diagnostics diagnostics = new Diagnostics();
        Map<EntityKey, ParsedBody> parsed = new HashMap<>();
        Map<EntityKey, RenderedBody> rendered = new HashMap<>();
        EveryCore.map(entities, entity -> {
            MarkdownParser.Parsed body = parser.parse(entity.path(), sources.get(entity.path()), diagnostics);
            EntityKey key = EntityKey.of(entity);
            return Map.entry(key, Map.entry(body.body(), renderer.render(key, body.tree())));
        }).forEach(entry -> {
            parsed.put(entry.getKey(), entry.getValue().getKey());
            rendered.put(entry.getKey(), entry.getValue().getValue());
        });
        bodies = parsed;
        html = rendered;
        return parsed.size();
    }

    /** Resolving references, renderings, word diffs, chains and corroboration. */
    @Benchmark
    public DossierGraph graph() {
        return new GraphBuilder().build(model, bodies, new Diagnostics());
    }

    /** Every page, the feed, the search index and the graph export, written nowhere. */
    @Benchmark
    public long render() {
        AtomicLong bytes = new AtomicLong();
        SiteOutput discard = new SiteOutput() {
            @Override
            public void write(String path, byte[] content) {
                bytes.addAndGet(content.length);
            }

            @Override
            public void writePage(String path, byte[] content, PageLinks links) {
                bytes.addAndGet(content.length);
            }

            @Override
            public byte[] read(String path) {
                throw new UnsupportedOperationException(path);
            }
        };
        new SiteRenderer(new Theme(dossier)).render(graph, html, Map.of(), new Diagnostics(), discard);
        return bytes.get();
    }

    /** A whole build, as the command line runs it, into a folder of its own. */
    @Benchmark
    public int build() {
        StringWriter out = new StringWriter();
        return Main.run(new PrintWriter(out), new PrintWriter(out), "build", "--source", dossier.toString(),
                "--out", dossier.resolveSibling(dossier.getFileName() + "-site").toString());
    }
}
