package dossier.cli;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.graph.GraphBuilder;
import dossier.load.ContentLoader;
import dossier.load.Format;
import dossier.load.GitHistory;
import dossier.load.SourceFile;
import dossier.load.YamlMap;
import dossier.load.YamlScalar;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.ModelBuilder;
import dossier.render.FilePieces;
import dossier.render.PageLinks;
import dossier.render.RenderCache;
import dossier.render.RenderedBody;
import dossier.render.RenderedSite;
import dossier.render.SiteOutput;
import dossier.render.SiteRenderer;
import dossier.render.Theme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * serve's shortcut for the commonest edits, to one file. To the text of one body: when its
 * metadata is as before and so are its body's diagnostics, and the body's facts (its typed links
 * with their positions and context, its anchors, its quoted passages) are too, the model and
 * graph are those of the last good build; when only the words of its links, their context and
 * positions changed, the graph is the last one patched ({@link GraphBuilder#withBody}). To the
 * metadata of one file whose body is as before (a title, a date, an outlet's name): the model is
 * made again, and the graph too unless the edit is to nothing it reads, and the diagnostics up to
 * there must be those of the last good build. Then only the pages that read what changed, the
 * search index, the feed and {@code dossier.json} can differ: it renders those
 * ({@link SiteRenderer#renderChanged}) and writes every other file as last time. It keeps what
 * the last good build was made from and what it wrote for that.
 */
final class EditShortcut {
    /** The edits the shortcut takes, as serve reports them. */
    enum Edit {
        BODY("an edit to one body: only the pages it touches and the search index rendered"),
        METADATA("an edit to one file's metadata: only the pages that read it rendered");

        final String description;

        Edit(String description) {
            this.description = description;
        }
    }

    /** Every file a build wrote, by site path, and how many of them are pages; filled as it writes. */
    static final class Written {
        private final Map<String, byte[]> files = new ConcurrentHashMap<>();
        private final Map<String, FilePieces> inPieces = new ConcurrentHashMap<>();
        private final AtomicInteger pages = new AtomicInteger();

        /** An output that also notes each file here, for {@link #remember}. */
        SiteOutput recording(SiteOutput output) {
            return new SiteOutput() {
                @Override
                public void write(String path, byte[] content) {
                    output.write(path, content);
                    files.put(path, content);
                }

                @Override
                public void writePieces(String path, FilePieces file) {
                    output.writePieces(path, file);
                    inPieces.put(path, file);
                }

                @Override
                public void writePage(String path, byte[] html, PageLinks links) {
                    output.writePage(path, html, links);
                    files.put(path, html);
                    pages.incrementAndGet();
                }

                @Override
                public byte[] read(String path) {
                    return output.read(path);
                }
            };
        }
    }

    /** A site rebuilt by the shortcut, how many of its pages are as they were, and for which edit. */
    record Rebuilt(Pipeline.Result result, int pagesReused, Edit edit) {
    }

    /** What the last good build was made from, and what it wrote. */
    private record LastGood(Pipeline.Options options, List<SourceFile> files, List<Diagnostic> loadDiagnostics,
                            List<Diagnostic> beforeRender, Map<String, EntityKey> keysByPath,
                            Map<EntityKey, BodyParses.Parse> parses, List<Diagnostic> parseDiagnostics,
                            DossierGraph graph, Map<EntityKey, RenderedBody> html,
                            Map<String, List<GitHistory.Change>> history, SortedMap<String, byte[]> site,
                            SortedMap<String, FilePieces> siteInPieces, int pages, Pipeline.Result result) {
        /**
         * The same build, with these files, parses, graph, bodies and site. A parse the shortcut
         * replaces gives the diagnostics the last one gave, so all of them are as they were.
         */
        LastGood with(List<SourceFile> now, Map<EntityKey, BodyParses.Parse> parsesNow, DossierGraph graphNow,
                      Map<EntityKey, RenderedBody> htmlNow, SortedMap<String, byte[]> siteNow,
                      SortedMap<String, FilePieces> inPiecesNow) {
            return new LastGood(options, now, loadDiagnostics, beforeRender, keysByPath, parsesNow, parseDiagnostics,
                    graphNow, htmlNow, history, siteNow, inPiecesNow, pages, result);
        }

        /** Writes the site to an output, its files whole and in pieces. */
        void writeSite(SiteOutput output) {
            output.writeAll(site);
            siteInPieces.forEach(output::writePieces);
        }
    }

    private final ContentLoader loader;
    private final ModelBuilder.Memory models;
    private final BodyParses bodies;
    private final GraphBuilder graphs;
    private final RenderCache pages;
    // Null before the first good build, after a failed one, and after a template changed.
    private volatile LastGood last;

    EditShortcut(ContentLoader loader, ModelBuilder.Memory models, BodyParses bodies, GraphBuilder graphs,
                 RenderCache pages) {
        this.loader = loader;
        this.models = models;
        this.bodies = bodies;
        this.graphs = graphs;
        this.pages = pages;
    }

    /**
     * After a good build of the whole pipeline: what it was made from and what it wrote.
     *
     * @param beforeRender every diagnostic of loading, the model, the bodies and the graph
     */
    void remember(Pipeline.Options options, List<SourceFile> files, List<Diagnostic> loadDiagnostics,
                  List<Diagnostic> beforeRender, List<Entity> entities, List<BodyParses.Parse> parsed, DossierGraph graph,
                  Map<EntityKey, RenderedBody> html, Map<String, List<GitHistory.Change>> history,
                  Written written, Pipeline.Result result) {
        Map<String, EntityKey> keysByPath = new HashMap<>();
        Map<EntityKey, BodyParses.Parse> parseByKey = new HashMap<>();
        List<Diagnostic> parseDiagnostics = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            keysByPath.put(entities.get(i).path(), EntityKey.of(entities.get(i)));
            parseByKey.put(EntityKey.of(entities.get(i)), parsed.get(i));
            parseDiagnostics.addAll(parsed.get(i).diagnostics());
        }
        last = new LastGood(options, files, loadDiagnostics, beforeRender, keysByPath, parseByKey,
                List.copyOf(parseDiagnostics), graph, html, history,
                Collections.unmodifiableSortedMap(new TreeMap<>(written.files)),
                Collections.unmodifiableSortedMap(new TreeMap<>(written.inPieces)), written.pages.get(), result);
    }

    /** After a failed build, or a changed template: the next build runs the whole pipeline. */
    void forget() {
        last = null;
    }

    /**
     * The site after the edits the listing shows, when they are to one body's text or to one
     * file's metadata (or nothing); empty when anything else changed: then the whole pipeline must
     * run, and gives the same site.
     */
    Optional<Rebuilt> rebuild(Pipeline.Options options, ContentLoader.Listing listing, SiteOutput output,
                              StageClock clock) {
        LastGood good = last;
        if (good == null) {
            return Optional.empty();
        }
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = loader.load(options.source(), listing, diagnostics);
        if (!options.equals(good.options()) || !diagnostics.sorted().equals(good.loadDiagnostics())) {
            return Optional.empty();
        }
        return rebuild(good, files, output, clock);
    }

    /**
     * Rehearses one edit of this kind and its undoing: makes it in memory, rebuilds as for a real
     * one, writing nothing anywhere, and undoes it the same way. An edit to a body doubles a
     * letter of its first paragraph; an edit to metadata, the first character of an article's
     * title, which moves the article in the lists of every article. The JVM compiles what runs often,
     * and until an edit's code has run a few times it runs slowly, while the compiler takes the
     * other core: at 10,000 articles the first real edits after the first build took several
     * times as long as later ones (docs/benchmarks.md). The site stays the one built, as any edit
     * undone leaves it ({@code IncrementalBuildTest}); should the shortcut not take the edit or
     * its undoing, the last good build is forgotten, and the next change runs the whole pipeline.
     * Returns whether the edit was rehearsed and undone; false also when there is no last good
     * build or no file to rehearse on.
     */
    boolean rehearse(Edit kind) {
        LastGood good = last;
        Optional<Integer> at = good == null ? Optional.empty()
                : kind == Edit.BODY ? rehearsableBody(good) : rehearsableTitle(good);
        if (at.isEmpty()) {
            return false;
        }
        List<SourceFile> edited = new ArrayList<>(good.files());
        SourceFile file = edited.get(at.get());
        boolean body = kind == Edit.BODY;
        edited.set(at.get(), new SourceFile(file.path(), file.collection(), file.id(), file.format(),
                body ? file.metadata() : withTitleEdited(file.metadata()),
                body ? withFirstLetterDoubled(file.body(), paragraphLine(file.body())) : file.body(),
                file.bodyLine(), file.readable()));
        SiteOutput nowhere = new RenderedSite.Collector();
        if (rebuild(good, edited, nowhere, StageClock.silent()).isEmpty()
                || rebuild(last, good.files(), nowhere, StageClock.silent()).isEmpty()) {
            forget();
            return false;
        }
        return true;
    }

    /** An article whose title is a line of text: the edit rehearsed doubles its first character. */
    private static Optional<Integer> rehearsableTitle(LastGood good) {
        for (int i = 0; i < good.files().size(); i++) {
            SourceFile file = good.files().get(i);
            if (file.collection().equals(Kind.ARTICLE.folder()) && file.readable() && good.keysByPath().containsKey(file.path())
                    && file.metadata().entry("title").map(YamlMap.Entry::value).orElse(null) instanceof YamlScalar title
                    && !title.isNull() && !title.text().isEmpty()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static YamlMap withTitleEdited(YamlMap metadata) {
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>(metadata.entries());
        YamlMap.Entry entry = entries.get("title");
        YamlScalar title = (YamlScalar) entry.value();
        entries.put("title", new YamlMap.Entry(entry.key(), entry.line(), entry.column(),
                new YamlScalar(title.text().substring(0, Character.charCount(title.text().codePointAt(0))) + title.text(),
                        false, title.line(), title.column())));
        return new YamlMap(entries, metadata.line(), metadata.column());
    }

    /**
     * The first Markdown file whose body has a paragraph line starting with a letter, one with a
     * link if any has: the edit rehearsed doubles that letter, which changes the words and the
     * positions after it on the line, and never what kind of block the line is.
     */
    private static Optional<Integer> rehearsableBody(LastGood good) {
        int any = -1;
        for (int i = 0; i < good.files().size(); i++) {
            SourceFile file = good.files().get(i);
            if (file.format() != Format.MARKDOWN || !file.readable() || !good.keysByPath().containsKey(file.path())) {
                continue;
            }
            int line = paragraphLine(file.body());
            int end = line < 0 ? -1 : file.body().indexOf('\n', line);
            if (line >= 0 && file.body().substring(line, end < 0 ? file.body().length() : end).contains("](")) {
                return Optional.of(i);
            }
            if (line >= 0 && any < 0) {
                any = i;
            }
        }
        return any < 0 ? Optional.empty() : Optional.of(any);
    }

    /** Where the first line that follows a blank line (or starts the body) and starts with a letter begins; -1 if none. */
    private static int paragraphLine(String body) {
        int start = 0;
        boolean afterBlank = true;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            if (afterBlank && start < end && Character.isLetter(body.charAt(start))) {
                return start;
            }
            afterBlank = body.substring(start, end).isBlank();
            start = end + 1;
        }
        return -1;
    }

    private static String withFirstLetterDoubled(String body, int line) {
        return body.substring(0, line + 1) + body.substring(line);
    }

    /** The site after these files, the last good build's but for an edit to one, rebuilt by the shortcut. */
    private Optional<Rebuilt> rebuild(LastGood good, List<SourceFile> files, SiteOutput output, StageClock clock) {
        Pipeline.Options options = good.options();
        if (files.size() != good.files().size()) {
            return Optional.empty();
        }
        SourceFile changed = null;
        SourceFile changedBefore = null;
        boolean metadata = false;
        for (int i = 0; i < files.size(); i++) {
            SourceFile before = good.files().get(i);
            SourceFile now = files.get(i);
            if (before == now || before.equals(now)) {
                continue;
            }
            // Where the body starts stays put: positions in it, and the diagnostics that give them, hold.
            boolean samePlace = before.path().equals(now.path()) && before.format() == now.format() && now.readable()
                    && before.readable() && before.bodyLine() == now.bodyLine();
            boolean sameMetadata = before.metadata().equals(now.metadata());
            boolean bodyEdited = sameMetadata && now.format() == Format.MARKDOWN;
            boolean metadataEdited = !sameMetadata && Objects.equals(before.body(), now.body());
            if (!samePlace || changed != null || !(bodyEdited || metadataEdited)) {
                return Optional.empty();
            }
            changed = now;
            changedBefore = before;
            metadata = metadataEdited;
        }
        if (changed == null) {
            // Saved without a change: the site is the last one.
            good.writeSite(output);
            last = good.with(files, good.parses(), good.graph(), good.html(), good.site(), good.siteInPieces());
            return Optional.of(new Rebuilt(good.result(), good.pages(), Edit.BODY));
        }
        clock.lap("load");
        if (metadata) {
            return metadataEdited(good, options, files, changedBefore, changed, output, clock);
        }
        EntityKey key = good.keysByPath().get(changed.path());
        BodyParses.Parse before = key == null ? null : good.parses().get(key);
        if (before == null) {
            return Optional.empty();
        }
        // Kept by the markdown stage too: the whole pipeline, if it comes to that, need not parse it again.
        BodyParses.Parse now = bodies.parse(new BodyParses.ParsedFrom(key, changed.path(),
                dossier.model.Body.of(changed)));
        if (!now.diagnostics().equals(before.diagnostics())) {
            return Optional.empty();
        }
        clock.lap("markdown");
        // The same facts: the same graph. Else the graph patched, when only the words of links changed.
        Optional<DossierGraph> graph = now.parsed().equals(before.parsed()) ? Optional.of(good.graph())
                : graphs.withBody(good.graph(), key, now.parsed());
        if (graph.isEmpty()) {
            return Optional.empty();
        }
        clock.lap("graph");
        Map<EntityKey, RenderedBody> html = new HashMap<>(good.html());
        html.put(key, now.rendered());
        Map<EntityKey, BodyParses.Parse> parses = new HashMap<>(good.parses());
        parses.put(key, now);
        Entity entity = good.graph().entity(key).orElseThrow();
        return rendered(good, options, files, parses, graph.get(), html, key, entity, before.rendered(), output, clock,
                Edit.BODY);
    }

    /**
     * One file's metadata edited, its body as it was: the model made again and the graph built
     * (the last one, when the edit is to nothing it reads); empty when a diagnostic came or went.
     */
    private Optional<Rebuilt> metadataEdited(LastGood good, Pipeline.Options options, List<SourceFile> files,
                                             SourceFile was, SourceFile changed, SiteOutput output, StageClock clock) {
        EntityKey key = good.keysByPath().get(changed.path());
        if (key == null) {
            return Optional.empty(); // the settings, say, which every page reads
        }
        BodyParses.Parse parse = good.parses().get(key);
        Optional<Entity> before = good.graph().entity(key);
        if (parse == null || before.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics diagnostics = new Diagnostics();
        good.loadDiagnostics().forEach(diagnostics::add);
        // The last model with the one entity made again; the whole model where that cannot be.
        ContentModel model = new ModelBuilder(options.drafts(), models).patched(good.graph().model(), was, changed, diagnostics)
                .orElseGet(() -> Pipeline.model(options, models, files, diagnostics));
        clock.lap("model");
        good.parseDiagnostics().forEach(diagnostics::add);
        // The bodies are as the last graph had them, and given as the same map the graph builder
        // sees at once that none changed.
        DossierGraph graph = graphs.build(model, good.graph().bodies(), diagnostics);
        clock.lap("graph");
        if (!diagnostics.sorted().equals(good.beforeRender())) {
            return Optional.empty();
        }
        return rendered(good, options, files, good.parses(), graph, good.html(), key, before.get(), parse.rendered(),
                output, clock, Edit.METADATA);
    }

    /** The pages and files that read what changed rendered again, and every other file written as last time. */
    private Optional<Rebuilt> rendered(LastGood good, Pipeline.Options options, List<SourceFile> files,
                                       Map<EntityKey, BodyParses.Parse> parses, DossierGraph graph,
                                       Map<EntityKey, RenderedBody> html, EntityKey key, Entity entityBefore,
                                       RenderedBody bodyBefore, SiteOutput output, StageClock clock, Edit edit) {
        Optional<SiteRenderer.Changed> rewritten = new SiteRenderer(new Theme(options.source()), Optional.of(pages))
                .renderChanged(graph, html, key, entityBefore, bodyBefore, good.history());
        if (rewritten.isEmpty()) {
            return Optional.empty();
        }
        // Copied from a sorted map in one pass; a file not written before is a search shard for a
        // word with first letters new to the index.
        SortedMap<String, byte[]> site = new TreeMap<>(good.site());
        site.putAll(rewritten.get().written());
        site.keySet().removeAll(rewritten.get().removed());
        SortedMap<String, FilePieces> inPieces = new TreeMap<>(good.siteInPieces());
        inPieces.putAll(rewritten.get().writtenInPieces());
        inPieces.keySet().removeAll(rewritten.get().removed());
        site.keySet().removeAll(inPieces.keySet());
        last = good.with(files, parses, graph, html, Collections.unmodifiableSortedMap(site),
                Collections.unmodifiableSortedMap(inPieces));
        last.writeSite(output);
        clock.lap("render");
        int rendered = (int) rewritten.get().written().keySet().stream().filter(path -> path.endsWith(".html")).count();
        return Optional.of(new Rebuilt(good.result(), good.pages() - rendered, edit));
    }
}
