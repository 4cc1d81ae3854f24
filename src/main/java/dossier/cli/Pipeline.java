package dossier.cli;

import dossier.check.LinkChecker;
import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.graph.GraphBuilder;
import dossier.load.ContentLoader;
import dossier.load.GitHistory;
import dossier.load.SourceFile;
import dossier.markdown.ParsedBody;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.ModelBuilder;
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

/**
 * Runs the stages in order on one dossier folder, handing the site's files to an output as they
 * are made, and returns every diagnostic. Holds no stage logic of its own: the order listed
 * matches the order of execution. For serve it also remembers what each stage made last time
 * (see {@link #incremental}), and takes a shortcut when one file's body or metadata is all that
 * changed ({@link EditShortcut}). When the result has failed, what reached the output must be
 * discarded.
 */
final class Pipeline {
    /** The label diagnostics about output files carry. */
    static final String SITE_LABEL = "site";

    record Options(Path source, Optional<String> baseUrl, boolean drafts) {
    }

    record Result(boolean failed, List<Diagnostic> diagnostics) {
    }

    /**
     * Load and model's result: the files until their bodies are parsed (serve keeps them to
     * compare with the next load), and the load diagnostics for serve.
     */
    private record Loaded(ContentModel model, List<SourceFile> files, List<Diagnostic> loadDiagnostics) {
        Loaded withoutFiles() {
            return new Loaded(model, List.of(), loadDiagnostics);
        }
    }

    private final ContentLoader loader;
    // serve's: each unchanged file's entity from the last build; null in a single build.
    private final ModelBuilder.Memory models;
    private final BodyParses bodies;
    private final GraphBuilder graphs = new GraphBuilder();
    private final Optional<RenderCache> pages;
    // serve's shortcut for an edit to one file; null in a single build.
    private final EditShortcut shortcut;
    // serve's last link checker, whose resolved links the next build reuses for unchanged pages.
    private volatile LinkChecker lastChecker;
    private volatile int reused;
    private volatile int untouched;
    private volatile Optional<EditShortcut.Edit> tookShortcut = Optional.empty();
    private volatile int graphsBuiltBefore;

    /** A pipeline for one build. */
    Pipeline() {
        this.loader = new ContentLoader();
        this.models = null;
        this.bodies = new BodyParses(false);
        this.pages = Optional.empty();
        this.shortcut = null;
    }

    private Pipeline(RenderCache pages) {
        this.loader = ContentLoader.remembering();
        this.models = new ModelBuilder.Memory();
        this.bodies = new BodyParses(true);
        this.pages = Optional.of(pages);
        this.shortcut = new EditShortcut(loader, models, bodies, graphs, pages);
    }

    /**
     * A pipeline for serve's repeated builds: a file whose size and modification time have not
     * changed is not read or modelled again, a body that has not changed is not parsed again, a
     * page that read nothing that changed gets no new model, a page whose model and template
     * have not changed is not rendered again, and an edit to one file renders only the pages that
     * read what it changed ({@link EditShortcut}).
     */
    static Pipeline incremental() {
        return new Pipeline(new RenderCache());
    }

    /** After a template changed: every page must be rendered again. */
    void forgetPages() {
        if (shortcut != null) {
            shortcut.forget();
        }
        pages.ifPresent(RenderCache::forget);
    }

    /**
     * In serve, after a good build: rehearses an edit of this kind and its undoing, nothing
     * written, so that the first real edit runs compiled code ({@link EditShortcut#rehearse});
     * whether it was rehearsed.
     */
    boolean rehearse(EditShortcut.Edit kind) {
        return shortcut != null && shortcut.rehearse(kind);
    }

    /** The edit for which the last build rendered only the pages that read what it changed, if it did. */
    Optional<EditShortcut.Edit> shortcutTaken() {
        return tookShortcut;
    }

    /**
     * Whether the last build built no graph of its own: the one before it served, as the change
     * was to nothing it reads (or only to the words of one body's links, patched in).
     */
    boolean reusedGraph() {
        return graphs.graphsBuilt() == graphsBuiltBefore;
    }

    /** How many pages the last build reused as they were; 0 outside serve. */
    int pagesReused() {
        return reused;
    }

    /**
     * How many of the reused pages read nothing that changed, so that not even their page model
     * was made again; 0 outside serve.
     */
    int pagesUntouched() {
        return untouched;
    }

    /**
     * @throws java.io.UncheckedIOException when the output cannot be written
     * @throws IllegalArgumentException     when the output refuses a path
     */
    Result run(Options options, SiteOutput output) {
        return run(options, Optional.empty(), output);
    }

    /**
     * @param early the dossier's content/ as listed, and being read, before the command line was
     *              parsed; or empty to walk and read it now, which the load stage's time counts
     */
    Result run(Options options, Optional<EarlyLoad> early, SiteOutput output) {
        StageClock clock = StageClock.fromEnvironment();
        return run(options, early.flatMap(EarlyLoad::listing).orElseGet(() -> ContentLoader.list(options.source())), output,
                clock, early);
    }

    /**
     * @param listing what a walk of the dossier's content/ found just now: serve walks it to
     *                notice changes, and need not walk it twice
     */
    Result run(Options options, ContentLoader.Listing listing, SiteOutput output) {
        return run(options, listing, output, StageClock.fromEnvironment(), Optional.empty());
    }

    private Result run(Options options, ContentLoader.Listing listing, SiteOutput output, StageClock clock,
                       Optional<EarlyLoad> early) {
        graphsBuiltBefore = graphs.graphsBuilt();
        Optional<EditShortcut.Rebuilt> quick = shortcut == null ? Optional.empty()
                : shortcut.rebuild(options, listing, output, clock);
        tookShortcut = quick.map(EditShortcut.Rebuilt::edit);
        if (quick.isPresent()) {
            reused = quick.get().pagesReused();
            untouched = reused;
            return quick.get().result();
        }
        if (shortcut != null) {
            shortcut.forget();
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<Loaded> loaded = model(options, listing, diagnostics, clock, early);
        if (loaded.isEmpty()) {
            // Nothing could be read (no content/ folder, say): later stages would only echo that.
            return new Result(true, diagnostics.sorted());
        }
        ContentModel model = loaded.get().model();
        List<Entity> entities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            entities.addAll(model.all(kind));
        }
        List<BodyParses.Parse> parsed = bodies.parseAll(bodySources(entities, loaded.get().files()), diagnostics);
        if (pages.isEmpty()) {
            // A single build keeps what the bodies gave, not their text (a sixth of its memory).
            loaded = Optional.of(loaded.get().withoutFiles());
        }
        Map<EntityKey, ParsedBody> facts = new HashMap<>();
        Map<EntityKey, RenderedBody> html = new HashMap<>();
        for (BodyParses.Parse parse : parsed) {
            facts.put(parse.key(), parse.parsed());
            html.put(parse.key(), parse.rendered());
        }
        clock.lap("markdown");
        DossierGraph graph = graphs.build(model, facts, diagnostics);
        clock.lap("graph");
        List<Diagnostic> beforeRender = shortcut != null ? diagnostics.sorted() : List.of();
        if (diagnostics.hasErrors()) {
            // Rendering a dossier with broken references would only add echoes of the same errors.
            return new Result(true, diagnostics.sorted());
        }
        String basePath = SitePaths.basePath(model.settings().baseUrl());
        LinkChecker links = pages.isEmpty() ? new LinkChecker(basePath)
                : lastChecker == null ? LinkChecker.remembering(basePath) : lastChecker.next(basePath);
        lastChecker = null; // only its facts are needed, and the new checker has them
        EditShortcut.Written written = new EditShortcut.Written();
        Map<String, List<GitHistory.Change>> history = GitHistory.read(options.source());
        SiteRenderer site = new SiteRenderer(new Theme(options.source()), pages);
        site.render(graph, html, history, diagnostics,
                links.watch(shortcut != null ? written.recording(output) : output));
        clock.lap("render");
        clock.templates(site.templateUse());
        if (!diagnostics.hasErrors()) {
            // A page whose template failed is missing, and every link to it would be reported again.
            links.check(SITE_LABEL, diagnostics);
        }
        clock.lap("check");
        lastChecker = pages.isPresent() ? links : null;
        reused = pages.map(RenderCache::finish).orElse(0);
        untouched = pages.map(RenderCache::untouched).orElse(0);
        Result result = new Result(diagnostics.hasErrors(), diagnostics.sorted());
        if (shortcut != null && !result.failed()) {
            shortcut.remember(options, loaded.get().files(), loaded.get().loadDiagnostics(), beforeRender, entities, parsed,
                    graph, html, history, written, result);
        }
        return result;
    }

    /** Load and model. */
    private Optional<Loaded> model(Options options, ContentLoader.Listing listing, Diagnostics diagnostics,
                                   StageClock clock, Optional<EarlyLoad> early) {
        List<SourceFile> files = early.flatMap(load -> load.files(diagnostics))
                .orElseGet(() -> loader.load(options.source(), listing, diagnostics));
        List<Diagnostic> loadDiagnostics = pages.isPresent() ? diagnostics.sorted() : List.of();
        clock.lap("load");
        if (files.isEmpty() && diagnostics.hasErrors()) {
            return Optional.empty();
        }
        ContentModel model = model(options, models, files, diagnostics);
        clock.lap("model");
        return Optional.of(new Loaded(model, files, loadDiagnostics));
    }

    /** The model of these files, as the options ask for it. */
    static ContentModel model(Options options, ModelBuilder.Memory models, List<SourceFile> files,
                              Diagnostics diagnostics) {
        ContentModel model = new ModelBuilder(options.drafts(), models).build(files, diagnostics);
        if (options.baseUrl().isPresent()) {
            model = model.withSettings(model.settings().withBaseUrl(options.baseUrl().get()));
        }
        return model;
    }

    /** Each entity's body, from the file that made it, in the entities' order. */
    private static List<BodyParses.ParsedFrom> bodySources(List<Entity> entities, List<SourceFile> files) {
        Map<String, SourceFile> byPath = new HashMap<>();
        for (SourceFile file : files) {
            byPath.put(file.path(), file);
        }
        List<BodyParses.ParsedFrom> sources = new ArrayList<>(entities.size());
        for (Entity entity : entities) {
            sources.add(BodyParses.ParsedFrom.of(entity, byPath.get(entity.path())));
        }
        return sources;
    }
}
