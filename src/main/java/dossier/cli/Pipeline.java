package dossier.cli;

import dossier.check.LinkChecker;
import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.graph.GraphBuilder;
import dossier.load.ContentLoader;
import dossier.load.Format;
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
import dossier.render.PageLinks;
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
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the stages in order on one dossier folder, handing the site's files to an output as they
 * are made, and returns every diagnostic. Holds no stage logic of its own: the order listed
 * matches the order of execution. For serve it also remembers the last build's files, bodies
 * and pages (see {@link #incremental}), and takes a shortcut when one body's text is all that
 * changed. When the result has failed, what reached the output must be discarded.
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
    // serve's: each unchanged file's entity from the last build; null in a single build.
    private final ModelBuilder.Memory models;
    private final MarkdownParser markdown = new MarkdownParser();
    private final BodyRenderer bodyRenderer = new BodyRenderer();
    private final GraphBuilder graphs = new GraphBuilder();
    private final Optional<RenderCache> pages;
    // Bodies parsed by the previous build, by what they were parsed from; empty outside serve.
    private volatile Map<ParsedFrom, Parse> previousBodies = Map.of();
    // The last build that succeeded, in serve; null outside serve and after a failed build.
    private volatile LastGood lastGood;
    // serve's last link checker, whose resolved links the next build reuses for unchanged pages.
    private volatile LinkChecker lastChecker;
    private volatile int reused;
    private volatile int untouched;
    private volatile boolean shortcut;

    /** A file as the site got it: a page with its recorded links, or another file (links null). */
    private record Written(byte[] content, PageLinks links) {
    }

    /**
     * What serve's last good build was made from and what it wrote, so that an edit to one body
     * that changes none of the facts the graph uses can be rebuilt by rendering one page.
     */
    private record LastGood(Options options, List<SourceFile> files, List<Diagnostic> loadDiagnostics,
                            Map<String, EntityKey> keysByPath, Map<EntityKey, Parse> parses, DossierGraph graph,
                            Map<EntityKey, RenderedBody> html, Map<String, List<GitHistory.Change>> history,
                            Map<String, Written> written, Result result) {
    }

    /** Load and model's result; the files and load diagnostics are only kept for serve. */
    private record Loaded(ContentModel model, List<SourceFile> files, List<Diagnostic> loadDiagnostics) {
    }

    /** A pipeline for one build. */
    Pipeline() {
        this.loader = new ContentLoader();
        this.models = null;
        this.pages = Optional.empty();
    }

    private Pipeline(RenderCache pages) {
        this.loader = ContentLoader.remembering();
        this.models = new ModelBuilder.Memory();
        this.pages = Optional.of(pages);
    }

    /**
     * A pipeline for serve's repeated builds: a file whose size and modification time have not
     * changed is not read again nor modelled again, a body that has not changed is not parsed again, a page whose
     * model and template have not changed is not rendered again, nor a search document split
     * into terms again.
     */
    static Pipeline incremental() {
        return new Pipeline(new RenderCache());
    }

    /** After a template changed: every page must be rendered again. */
    void forgetPages() {
        lastGood = null;
        pages.ifPresent(RenderCache::forget);
    }

    /** Whether the last build only rendered one edited body's page and the search index again. */
    boolean tookBodyEditShortcut() {
        return shortcut;
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
        return run(options, ContentLoader.list(options.source()), output);
    }

    /**
     * @param listing what a walk of the dossier's content/ found just now: serve walks it to
     *                notice changes, and need not walk it twice
     */
    Result run(Options options, ContentLoader.Listing listing, SiteOutput output) {
        StageClock clock = StageClock.fromEnvironment();
        Optional<Result> quick = lastGood == null ? Optional.empty() : bodyEdit(lastGood, options, listing, output, clock);
        shortcut = quick.isPresent();
        if (quick.isPresent()) {
            return quick.get();
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<Loaded> loaded = model(options, listing, diagnostics, clock);
        lastGood = null;
        if (loaded.isEmpty()) {
            // Nothing could be read (no content/ folder, say): later stages would only echo that.
            return new Result(true, diagnostics.sorted());
        }
        ContentModel model = loaded.get().model();
        // Bodies are independent: parsed on every core, and each rendered to HTML at once so that
        // its syntax tree can be dropped. Diagnostics are sorted before printing.
        List<Entity> entities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            entities.addAll(model.all(kind));
        }
        Map<ParsedFrom, Parse> earlier = previousBodies;
        Map<ParsedFrom, Parse> parses = new ConcurrentHashMap<>();
        List<Parse> parsed = entities.parallelStream().map(entity -> {
            ParsedFrom from = new ParsedFrom(EntityKey.of(entity), entity.path(), entity.body());
            Parse parse = earlier.get(from);
            if (parse == null) {
                parse = parse(from);
            }
            parse.diagnostics().forEach(diagnostics::add);
            if (pages.isPresent()) {
                parses.put(from, parse);
            }
            return parse;
        }).toList();
        previousBodies = parses;
        Map<EntityKey, ParsedBody> bodies = new HashMap<>();
        Map<EntityKey, RenderedBody> html = new HashMap<>();
        for (Parse parse : parsed) {
            bodies.put(parse.body().key(), parse.body().parsed());
            html.put(parse.body().key(), parse.body().rendered());
        }
        clock.lap("markdown");
        DossierGraph graph = graphs.build(model, bodies, diagnostics);
        clock.lap("graph");
        if (diagnostics.hasErrors()) {
            // Rendering a dossier with broken references would only add echoes of the same errors.
            return new Result(true, diagnostics.sorted());
        }
        String basePath = SitePaths.basePath(model.settings().baseUrl());
        LinkChecker links = pages.isEmpty() ? new LinkChecker(basePath)
                : lastChecker == null ? LinkChecker.remembering(basePath) : lastChecker.next(basePath);
        lastChecker = null; // only its facts are needed, and the new checker has them
        Map<String, Written> written = new ConcurrentHashMap<>();
        Map<String, List<GitHistory.Change>> history = GitHistory.read(options.source());
        new SiteRenderer(new Theme(options.source()), pages)
                .render(graph, html, history, diagnostics, links.watch(pages.isPresent() ? recording(output, written) : output));
        clock.lap("render");
        if (!diagnostics.hasErrors()) {
            // A page whose template failed is missing, and every link to it would be reported again.
            links.check(SITE_LABEL, diagnostics);
        }
        clock.lap("check");
        lastChecker = pages.isPresent() ? links : null;
        reused = pages.map(RenderCache::finish).orElse(0);
        untouched = pages.map(RenderCache::untouched).orElse(0);
        Result result = new Result(diagnostics.hasErrors(), diagnostics.sorted());
        if (pages.isPresent() && !result.failed()) {
            Map<String, EntityKey> keysByPath = new HashMap<>();
            Map<EntityKey, Parse> parseByKey = new HashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                keysByPath.put(entities.get(i).path(), EntityKey.of(entities.get(i)));
                parseByKey.put(EntityKey.of(entities.get(i)), parsed.get(i));
            }
            lastGood = new LastGood(options, loaded.get().files(), loaded.get().loadDiagnostics(), keysByPath, parseByKey,
                    graph, html, history, Map.copyOf(written), result);
        }
        return result;
    }

    /**
     * serve's shortcut for the commonest edit, a change to the text of one body: when the file's
     * metadata is as before and the body's facts (its typed links with their positions and
     * context, its anchors, its quoted passages) and diagnostics are too, the model and graph
     * are those of the last build, so only the body's own page and the search index can differ.
     * Renders that page and updates the index; every other file is written as last time. Empty
     * when anything else changed: then the whole pipeline runs, and gives the same site.
     */
    private Optional<Result> bodyEdit(LastGood last, Options options, ContentLoader.Listing listing, SiteOutput output,
                                      StageClock clock) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = loader.load(options.source(), listing, diagnostics);
        if (!options.equals(last.options()) || !diagnostics.sorted().equals(last.loadDiagnostics())
                || files.size() != last.files().size()) {
            return Optional.empty();
        }
        SourceFile changed = null;
        for (int i = 0; i < files.size(); i++) {
            SourceFile before = last.files().get(i);
            SourceFile now = files.get(i);
            if (before == now || before.equals(now)) {
                continue;
            }
            boolean bodyOnly = before.path().equals(now.path()) && now.format() == Format.MARKDOWN && now.readable()
                    && before.readable() && before.bodyLine() == now.bodyLine() && before.metadata().equals(now.metadata());
            if (!bodyOnly || changed != null) {
                return Optional.empty();
            }
            changed = now;
        }
        if (changed == null) {
            // Saved without a change: the site is the last one.
            replay(last.written(), output);
            lastGood = new LastGood(options, files, last.loadDiagnostics(), last.keysByPath(), last.parses(), last.graph(),
                    last.html(), last.history(), last.written(), last.result());
            reused = pageCount(last.written());
            untouched = reused;
            return Optional.of(last.result());
        }
        clock.lap("load");
        EntityKey key = last.keysByPath().get(changed.path());
        Parse before = key == null ? null : last.parses().get(key);
        if (before == null) {
            return Optional.empty();
        }
        ParsedFrom from = new ParsedFrom(key, changed.path(), new dossier.model.Body(changed.body(), changed.bodyLine()));
        Parse now = parse(from);
        previousBodies.put(from, now); // the full build, if it comes to that, need not parse it again
        if (!now.body().parsed().equals(before.body().parsed()) || !now.diagnostics().equals(before.diagnostics())) {
            return Optional.empty();
        }
        clock.lap("markdown");
        Map<EntityKey, RenderedBody> html = new HashMap<>(last.html());
        html.put(key, now.body().rendered());
        Optional<SortedMap<String, byte[]>> rewritten = new SiteRenderer(new Theme(options.source()), pages)
                .renderBody(last.graph(), html, key, before.body().rendered(), last.history());
        if (rewritten.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Written> written = new HashMap<>(last.written());
        rewritten.get().forEach((path, content) -> written.put(path, new Written(content, written.get(path).links())));
        replay(written, output);
        clock.lap("render");
        Map<EntityKey, Parse> parses = new HashMap<>(last.parses());
        parses.put(key, now);
        lastGood = new LastGood(options, files, last.loadDiagnostics(), last.keysByPath(), parses, last.graph(), html,
                last.history(), written, last.result());
        reused = pageCount(written) - 1;
        untouched = reused;
        return Optional.of(last.result());
    }

    /** Writes every file of a site again. */
    private static void replay(Map<String, Written> written, SiteOutput output) {
        written.forEach((path, file) -> {
            if (file.links() != null) {
                output.writePage(path, file.content(), file.links());
            } else {
                output.write(path, file.content());
            }
        });
    }

    private static int pageCount(Map<String, Written> written) {
        return (int) written.values().stream().filter(file -> file.links() != null).count();
    }

    /** An output that also notes each file in {@code written}, for serve's next build. */
    private static SiteOutput recording(SiteOutput output, Map<String, Written> written) {
        return new SiteOutput() {
            @Override
            public void write(String path, byte[] content) {
                output.write(path, content);
                written.put(path, new Written(content, null));
            }

            @Override
            public void writePage(String path, byte[] html, PageLinks links) {
                output.writePage(path, html, links);
                written.put(path, new Written(html, links));
            }

            @Override
            public byte[] read(String path) {
                return output.read(path);
            }
        };
    }

    /** Parses a body and renders its HTML at once, so that its syntax tree can be dropped. */
    private Parse parse(ParsedFrom from) {
        Diagnostics found = new Diagnostics();
        MarkdownParser.Parsed body = markdown.parse(from.path(), from.source(), found);
        return new Parse(new Body(from.key(), body.body(), bodyRenderer.render(from.key(), body.tree())), found.sorted());
    }

    /**
     * Load and model, in a method of their own so that the files read are free once modelled,
     * except in serve, which keeps them to compare with the next load.
     */
    private Optional<Loaded> model(Options options, ContentLoader.Listing listing, Diagnostics diagnostics,
                                   StageClock clock) {
        List<SourceFile> files = loader.load(options.source(), listing, diagnostics);
        List<Diagnostic> loadDiagnostics = pages.isPresent() ? diagnostics.sorted() : List.of();
        clock.lap("load");
        if (files.isEmpty() && diagnostics.hasErrors()) {
            return Optional.empty();
        }
        ContentModel model = new ModelBuilder(options.drafts(), models).build(files, diagnostics);
        if (options.baseUrl().isPresent()) {
            model = model.withSettings(model.settings().withBaseUrl(options.baseUrl().get()));
        }
        clock.lap("model");
        return Optional.of(new Loaded(model, pages.isPresent() ? files : List.of(), loadDiagnostics));
    }
}
