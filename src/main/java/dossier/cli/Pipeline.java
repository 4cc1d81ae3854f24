package dossier.cli;

import dossier.check.LinkChecker;
import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.graph.GraphBuilder;
import dossier.load.ContentLoader;
import dossier.load.GitHistory;
import dossier.load.SourceFile;
import dossier.markdown.MarkdownParser;
import dossier.markdown.ParsedBody;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.ModelBuilder;
import dossier.render.BodyRenderer;
import dossier.render.RenderCache;
import dossier.render.RenderedBody;
import dossier.render.SiteOutput;
import dossier.render.SiteRenderer;
import dossier.render.SitePaths;
import dossier.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the stages in order on one dossier folder, handing the site's files to an output as they
 * are made, and returns every diagnostic. Holds no stage logic of its own: the order listed
 * matches the order of execution. For serve it also remembers the last build's bodies and pages
 * (see {@link #incremental}). When the result has failed, what reached the output must be
 * discarded.
 */
final class Pipeline {
    /** The label diagnostics about output files carry. */
    static final String SITE_LABEL = "site";

    record Options(Path source, Optional<String> baseUrl, boolean drafts) {
    }

    record Result(boolean failed, List<Diagnostic> diagnostics) {
    }

    /** A body as the markdown pass leaves it: facts for the graph, HTML for the pages. */
    private record Body(EntityKey key, ParsedBody parsed, RenderedBody rendered) {
    }

    /** What a body was parsed from: the same again gives the same parse. */
    private record ParsedFrom(EntityKey key, String path, dossier.model.Body source) {
    }

    /** What parsing one body gave, with its diagnostics, kept by serve for the next build. */
    private record Parse(Body body, List<Diagnostic> diagnostics) {
    }

    private final ContentLoader loader;
    private final MarkdownParser markdown = new MarkdownParser();
    private final BodyRenderer bodyRenderer = new BodyRenderer();
    private final GraphBuilder graphs = new GraphBuilder();
    private final Optional<RenderCache> pages;
    // Bodies parsed by the previous build, by what they were parsed from; empty outside serve.
    private volatile Map<ParsedFrom, Parse> previousBodies = Map.of();
    private volatile int reused;

    /** A pipeline for one build. */
    Pipeline() {
        this.loader = new ContentLoader();
        this.pages = Optional.empty();
    }

    private Pipeline(RenderCache pages) {
        this.loader = ContentLoader.remembering();
        this.pages = Optional.of(pages);
    }

    /**
     * A pipeline for serve's repeated builds: a file whose size and modification time have not
     * changed is not read again, a body that has not changed is not parsed again, a page whose
     * model and template have not changed is not rendered again, nor a search document split
     * into terms again.
     */
    static Pipeline incremental() {
        return new Pipeline(new RenderCache());
    }

    /** After a template changed: every page must be rendered again. */
    void forgetPages() {
        pages.ifPresent(RenderCache::forget);
    }

    /** How many pages the last build reused as they were; 0 outside serve. */
    int pagesReused() {
        return reused;
    }

    /**
     * @throws java.io.UncheckedIOException when the output cannot be written
     * @throws IllegalArgumentException     when the output refuses a path
     */
    Result run(Options options, SiteOutput output) {
        StageClock clock = StageClock.fromEnvironment();
        Diagnostics diagnostics = new Diagnostics();
        Optional<ContentModel> loaded = model(options, diagnostics, clock);
        if (loaded.isEmpty()) {
            // Nothing could be read (no content/ folder, say): later stages would only echo that.
            return new Result(true, diagnostics.sorted());
        }
        ContentModel model = loaded.get();
        // Bodies are independent: parsed on every core, and each rendered to HTML at once so that
        // its syntax tree can be dropped. Diagnostics are sorted before printing.
        List<Entity> entities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            entities.addAll(model.all(kind));
        }
        Map<ParsedFrom, Parse> earlier = previousBodies;
        Map<ParsedFrom, Parse> parses = new ConcurrentHashMap<>();
        List<Body> parsed = entities.parallelStream().map(entity -> {
            ParsedFrom from = new ParsedFrom(EntityKey.of(entity), entity.path(), entity.body());
            Parse parse = earlier.get(from);
            if (parse == null) {
                parse = parse(from);
            }
            parse.diagnostics().forEach(diagnostics::add);
            if (pages.isPresent()) {
                parses.put(from, parse);
            }
            return parse.body();
        }).toList();
        previousBodies = parses;
        Map<EntityKey, ParsedBody> bodies = new HashMap<>();
        Map<EntityKey, RenderedBody> html = new HashMap<>();
        for (Body body : parsed) {
            bodies.put(body.key(), body.parsed());
            html.put(body.key(), body.rendered());
        }
        clock.lap("markdown");
        DossierGraph graph = graphs.build(model, bodies, diagnostics);
        clock.lap("graph");
        if (diagnostics.hasErrors()) {
            // Rendering a dossier with broken references would only add echoes of the same errors.
            return new Result(true, diagnostics.sorted());
        }
        LinkChecker links = new LinkChecker(SitePaths.basePath(model.settings().baseUrl()));
        new SiteRenderer(new Theme(options.source()), pages)
                .render(graph, html, GitHistory.read(options.source()), diagnostics, links.watch(output));
        clock.lap("render");
        if (!diagnostics.hasErrors()) {
            // A page whose template failed is missing, and every link to it would be reported again.
            links.check(SITE_LABEL, diagnostics);
        }
        clock.lap("check");
        reused = pages.map(RenderCache::finish).orElse(0);
        return new Result(diagnostics.hasErrors(), diagnostics.sorted());
    }

    /** Parses a body and renders its HTML at once, so that its syntax tree can be dropped. */
    private Parse parse(ParsedFrom from) {
        Diagnostics found = new Diagnostics();
        MarkdownParser.Parsed body = markdown.parse(from.path(), from.source(), found);
        return new Parse(new Body(from.key(), body.body(), bodyRenderer.render(from.key(), body.tree())), found.sorted());
    }

    /** Load and model, in a method of their own so that the files read are free once modelled. */
    private Optional<ContentModel> model(Options options, Diagnostics diagnostics, StageClock clock) {
        List<SourceFile> files = loader.load(options.source(), diagnostics);
        clock.lap("load");
        if (files.isEmpty() && diagnostics.hasErrors()) {
            return Optional.empty();
        }
        ContentModel model = new ModelBuilder(options.drafts()).build(files, diagnostics);
        if (options.baseUrl().isPresent()) {
            model = model.withSettings(model.settings().withBaseUrl(options.baseUrl().get()));
        }
        clock.lap("model");
        return Optional.of(model);
    }
}
