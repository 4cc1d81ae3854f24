package dossier.render;

import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.load.GitHistory;
import dossier.model.Article;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Event;
import dossier.model.Kind;
import dossier.model.Outlet;
import dossier.model.Page;
import dossier.model.Person;
import dossier.model.Quote;
import dossier.model.Topic;
import dossier.parallel.EveryCore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;

/**
 * The render stage: every page of the site, its feeds and indexes, and the theme's assets,
 * each handed to a {@link SiteOutput} as soon as it is made. Template names are chosen here, one
 * per page type, and never come from content.
 */
public final class SiteRenderer {
    private static final String NOT_FOUND = "404.html";
    private final Theme theme;
    private final Optional<RenderCache> cache;
    // How the last render used the templates, for whoever reports it.
    private volatile TemplateUse used = new TemplateUse(List.of(), new TreeMap<>(), new TreeMap<>());

    /**
     * How a render used the theme's templates: those compiled, those Thymeleaf rendered with the
     * reason they were not compiled, and how many pages of compiled templates Thymeleaf rendered
     * instead, by template and reason (a value the compiled theme declined, or a template error).
     */
    public record TemplateUse(List<String> compiled, SortedMap<String, String> notCompiled,
                              SortedMap<String, Integer> fellBack) {
        public TemplateUse {
            compiled = List.copyOf(compiled);
            notCompiled = new TreeMap<>(notCompiled);
            fellBack = new TreeMap<>(fellBack);
        }

        /** How many pages of compiled templates Thymeleaf rendered instead. */
        public int pagesFellBack() {
            return fellBack.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public SiteRenderer(Theme theme) {
        this(theme, Optional.empty());
    }

    /** @param cache what the previous build rendered, reused where unchanged; for serve */
    public SiteRenderer(Theme theme, Optional<RenderCache> cache) {
        this.theme = theme;
        this.cache = cache;
    }

    /**
     * @param bodies  each entity's rendered body, by entity
     * @param history each content file's commits, newest first; empty outside a git checkout
     */
    public void render(DossierGraph graph, Map<EntityKey, RenderedBody> bodies,
                       Map<String, List<GitHistory.Change>> history, Diagnostics diagnostics, SiteOutput output) {
        if (!theme.checkLinks(diagnostics)) {
            return;
        }
        SortedMap<String, byte[]> assets = theme.assets(diagnostics);
        SortedMap<String, String> assetNames = AssetNames.of(assets);
        // serve knows what each page read last time; a page that read nothing changed since is as it was.
        Optional<ChangedFacts> changed = cache.flatMap(memory -> memory.startBuild(graph, bodies, history, assetNames));
        ViewFactory views = new ViewFactory(graph, bodies, history, assetNames, cache.map(RenderCache::items).orElse(null));
        // serve keeps the engine, and so the templates and expressions it has parsed, and the markup of
        // dossier:same-for elements, between builds.
        TemplateRenderer.Build templates = cache.map(memory -> memory.templates(theme, assetNames, changed.isPresent()))
                .orElseGet(() -> new TemplateRenderer(theme).newBuild());
        SiteFiles files = new SiteFiles(output, diagnostics);
        // Every page is listed and its path claimed first, in site order, then rendered and
        // written on every core; a page is not kept once written, so memory does not grow with
        // the site. The files are the same whatever the number of threads.
        List<PageJob> claimed = jobs(graph).stream().filter(job -> files.claim(job.file(), job.source())).toList();
        // The export, the search index and the feed read no page: they are made beside the pages,
        // on whichever core is free, instead of on one core after them.
        ForkJoinTask<?> beside = ForkJoinTask.adapt(() -> renderBeside(graph, bodies, views, changed, files)).fork();
        // Pages that list a whole collection take longest: started first, they do not leave one
        // core working alone at the end.
        List<PageJob> longestFirst = claimed.stream()
                .sorted(Comparator.comparing((PageJob job) -> !job.lists())).toList();
        List<Boolean> written;
        try {
            written = EveryCore.map(longestFirst,
                    job -> renderPage(job.file(), job, views, changed, templates, files, diagnostics));
        } finally {
            beside.quietlyJoin(); // never left writing into an output its caller is about to close
        }
        beside.join(); // its own failure, if it had one
        Set<String> made = new HashSet<>();
        for (int i = 0; i < longestFirst.size(); i++) {
            if (written.get(i)) {
                made.add(longestFirst.get(i).dir());
            }
        }
        List<String> pages = claimed.stream().map(PageJob::dir).filter(made::contains).toList();
        if (files.claim(NOT_FOUND, "the not-found page")) {
            renderPage(NOT_FOUND, NOT_FOUND_JOB, views, changed, templates, files, diagnostics);
        }

        used = use(templates, claimed);

        String baseUrl = graph.model().settings().baseUrl();
        files.add(Sitemap.PATH, "the sitemap", Sitemap.sitemap(baseUrl, pages));
        files.add(Sitemap.ROBOTS, "robots.txt", Sitemap.robots(baseUrl));
        // Without it GitHub Pages runs the site through Jekyll, which drops files whose names start with '_'.
        files.add(".nojekyll", "the Pages marker", new byte[0]);
        String cname = graph.model().settings().cname();
        if (!cname.isEmpty()) {
            files.add("CNAME", "the custom domain", cname + "\n");
        }
        for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
            files.add(assetNames.get(asset.getKey()), "the theme asset " + asset.getKey(), asset.getValue());
        }
        if (baseUrl.isEmpty()) {
            diagnostics.warning(graph.model().settings().path(), 1, 1,
                    "no base_url: the sitemap and canonical links need the address the site is published at",
                    "add 'base_url: https://USER.github.io/REPO/' or pass --base-url");
        }
    }

    /** How the last {@link #render} used the theme's templates. */
    public TemplateUse templateUse() {
        return used;
    }

    private static TemplateUse use(TemplateRenderer.Build templates, List<PageJob> jobs) {
        CompiledTheme compiled = templates.compiled();
        SortedMap<String, String> refused = new TreeMap<>();
        List<String> names = new ArrayList<>();
        List<String> used = new ArrayList<>(jobs.stream().map(PageJob::template).toList());
        used.add(NOT_FOUND_JOB.template());
        for (String template : used.stream().distinct().sorted().toList()) {
            if (compiled == null) {
                refused.put(template, "the theme is rendered by Thymeleaf alone");
            } else if (compiled.template(template).isPresent()) {
                names.add(template);
            } else {
                refused.put(template, compiled.refused().get(template));
            }
        }
        return new TemplateUse(names, refused, compiled == null ? new TreeMap<>() : compiled.fellBack());
    }

    /** The files made from the graph alone: the feed, the graph export and the search index. */
    private void renderBeside(DossierGraph graph, Map<EntityKey, RenderedBody> bodies, ViewFactory views,
                              Optional<ChangedFacts> changed, SiteFiles files) {
        files.add(AtomFeed.PATH, "the feed", feed(graph, views));
        // serve writes again only the parts of the export whose facts changed.
        if (cache.isPresent()) {
            GraphJson.Kept exported = GraphJson.write(graph, cache.get().graphJson(), changed);
            cache.get().keepGraphJson(exported);
            files.addPieces(GraphJson.PATH, "the graph export", exported.last());
        } else {
            files.addStreaming(GraphJson.PATH, "the graph export", out -> GraphJson.write(graph, out));
        }
        List<SearchIndex.Document> documents = searchDocuments(graph, bodies);
        SortedMap<String, String> index = cache.flatMap(memory -> memory.searchUpdated(documents)).orElseGet(() -> {
            // serve keeps each document's terms for the next build; a build gathers them straight into postings.
            SearchIndex search = cache.isPresent()
                    ? SearchIndex.of(documents, document -> cache.get().terms(document, SearchIndex::termsOf))
                    : SearchIndex.of(documents);
            SortedMap<String, String> made = search.files();
            cache.ifPresent(memory -> memory.keepSearch(search, made));
            return made;
        });
        index.forEach((path, json) -> files.add(path, "the search index", json));
    }

    /**
     * For serve, when one entity changed, in its body or its metadata, and the graph with it:
     * renders again the pages that read something that changed, updates the search index, the
     * feed and {@code dossier.json}, and returns the files that changed by site path, and those no
     * longer made (a search shard left with no term); every other file is as the last build made
     * with the same cache wrote it. Empty, with the cache untouched, when the change reaches
     * further (a page's links or ids changed, a page came or went, a template failed): then render
     * everything.
     *
     * @param bodies       every body, the changed one as it is now
     * @param entityBefore the changed entity as the last build had it
     * @param before       the changed entity's body as the last build rendered it
     */
    public Optional<Changed> renderChanged(DossierGraph graph, Map<EntityKey, RenderedBody> bodies, EntityKey key,
                                           Entity entityBefore, RenderedBody before,
                                           Map<String, List<GitHistory.Change>> history) {
        RenderCache memory = cache.orElse(null);
        Optional<Entity> entity = graph.entity(key);
        if (memory == null || entity.isEmpty() || memory.search() == null || memory.assetNames() == null) {
            return Optional.empty();
        }
        Optional<ChangedFacts> changed = memory.changedSince(graph, bodies, history, memory.assetNames());
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        memory.items().start(changed);
        ViewFactory views = new ViewFactory(graph, bodies, history, memory.assetNames(), memory.items());
        TemplateRenderer.Build templates = memory.templates(theme, memory.assetNames(), true);
        // Only the pages that read what changed are given jobs, in site path order: not all 13,000.
        List<PageJob> toRender = new ArrayList<>();
        for (String path : new TreeSet<>(memory.touched(changed.get()))) {
            Optional<PageJob> job = jobAt(graph, path);
            if (job.isEmpty() || !memory.page(path).template().equals(job.get().template())) {
                return Optional.empty(); // a page that is no longer made read what changed
            }
            toRender.add(job.get());
        }
        // As in a whole build: the export beside the pages, and the lists, which take longest, first.
        ForkJoinTask<GraphJson.Kept> export = ForkJoinTask.adapt(() -> GraphJson.write(graph, memory.graphJson(), changed))
                .fork();
        toRender.sort(Comparator.comparing((PageJob job) -> !job.lists()));
        List<Optional<RenderCache.Entry>> rendered;
        try {
            rendered = EveryCore.map(toRender, job -> {
                memory.items().pageMade(job.dir());
                return renderAgain(job, memory.page(job.file()), views, templates);
            });
        } finally {
            export.quietlyJoin();
        }
        if (rendered.contains(Optional.<RenderCache.Entry>empty())) {
            return Optional.empty(); // a template failed, or the link check would have to look again
        }
        GraphJson.Kept exported = export.join();
        SearchIndex.Document old = searchDocument(entityBefore, before);
        SearchIndex.Document now = searchDocument(entity.get(), bodies.get(key));
        String[] oldTerms = memory.termsOf(old);
        String[] newTerms = SearchIndex.termsOf(now);
        Optional<SearchIndex.Changes> search = oldTerms == null ? Optional.empty()
                : memory.search().replace(now, oldTerms, newTerms);
        if (search.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (changed.get().any(Fact.Aspect.MEMBERS)) {
            // An entity's metadata changed: the feed names articles and their outlets.
            files.put(AtomFeed.PATH, feed(graph, views));
        }
        SortedMap<String, FilePieces> inPieces = new TreeMap<>();
        if (exported.last() != memory.graphJson().last()) {
            inPieces.put(GraphJson.PATH, exported.last());
        }
        memory.keepGraphJson(exported);
        for (int i = 0; i < toRender.size(); i++) {
            String path = toRender.get(i).file();
            memory.replace(path, rendered.get(i).orElseThrow());
            files.put(path, rendered.get(i).orElseThrow().html());
        }
        memory.replaceTerms(old, now, newTerms);
        memory.replaceInputs(graph, bodies);
        memory.items().finish();
        memory.replaceSearchFiles(search.get());
        search.get().written().forEach((file, json) -> files.put(file, json.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(new Changed(files, inPieces, search.get().removed()));
    }

    /** One page that read what changed, given a new model and rendered if that differs; empty when its links did. */
    private static Optional<RenderCache.Entry> renderAgain(PageJob job, RenderCache.Entry previous, ViewFactory views,
                                                           TemplateRenderer.Build templates) {
        ViewFactory page = views.recording();
        Object view = job.view().apply(page);
        // Mostly the same facts as last time (a title edit leaves a list of every article reading
        // the same 50,000): then the set kept from last time, which needs no copy and which the
        // index of readers sees at once is unchanged.
        PageReads now = page.reads();
        PageReads reads = previous.reads().equals(now) ? previous.reads() : now;
        if (view.equals(previous.view())) {
            return Optional.of(previous.withReads(reads));
        }
        // Any problem means a whole build, which reports it.
        Optional<TemplateRenderer.Page> rendered = templates.render(job.template(), view, new Diagnostics());
        if (rendered.isEmpty() || !rendered.get().links().equals(previous.links())) {
            return Optional.empty();
        }
        return Optional.of(new RenderCache.Entry(job.template(), view, rendered.get().html(), rendered.get().links(),
                reads));
    }

    private static byte[] feed(DossierGraph graph, ViewFactory views) {
        return AtomFeed.write(graph.model().settings(), views.newestFirst(), views::articleDetail)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What {@link #renderChanged} changed: files written anew, by site path, files held as pieces
     * written anew (the graph export), and files removed.
     */
    public record Changed(SortedMap<String, byte[]> written, SortedMap<String, FilePieces> writtenInPieces,
                          Set<String> removed) {
    }

    /**
     * Renders one page; or, in serve, writes it as last time when it read nothing that changed
     * since, or when its template and new model are those of last time.
     */
    private boolean renderPage(String path, PageJob job, ViewFactory views, Optional<ChangedFacts> changed,
                               TemplateRenderer.Build templates, SiteFiles files, Diagnostics diagnostics) {
        RenderCache.Entry untouched = changed.isPresent() ? cache.get().untouched(path, job.template()).orElse(null)
                : null;
        if (untouched != null) {
            files.writePage(path, untouched.html(), untouched.links());
            return true;
        }
        ViewFactory page = cache.isPresent() ? views.recording() : views;
        cache.ifPresent(memory -> memory.items().pageMade(job.dir()));
        Object view = job.view().apply(page);
        RenderCache.Entry previous = cache.map(memory -> memory.reuse(path, job.template(), view, page.reads())).orElse(null);
        if (previous != null) {
            files.writePage(path, previous.html(), previous.links());
            return true;
        }
        Optional<TemplateRenderer.Page> rendered = templates.render(job.template(), view, diagnostics);
        rendered.ifPresent(made -> {
            byte[] html = made.html();
            files.writePage(path, html, made.links());
            cache.ifPresent(memory -> memory.keep(path,
                    new RenderCache.Entry(job.template(), view, html, made.links(), page.reads())));
        });
        return rendered.isPresent();
    }

    /** One page to render: where it goes, its template, how to build its model, and its source. */
    private record PageJob(String dir, String template, Function<ViewFactory, Object> view, String source,
                           Optional<Entity> entity) {
        /** Whether the page lists a whole collection (an index, the timeline), rather than shows one entity. */
        boolean lists() {
            return entity.isEmpty();
        }

        String file() {
            return dir.equals(NOT_FOUND_DIR) ? NOT_FOUND : SitePaths.file(dir);
        }
    }

    // The not-found page is the one page that is not a folder's index.
    private static final String NOT_FOUND_DIR = "404/";
    private static final PageJob NOT_FOUND_JOB = new PageJob(NOT_FOUND_DIR, "404", ViewFactory::notFound,
            "the not-found page", Optional.empty());

    /** Every page but the not-found page, in site order. */
    private static List<PageJob> jobs(DossierGraph graph) {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(HOME_JOB);
        for (Kind kind : Kind.values()) {
            jobs.add(indexJob(kind));
            for (Entity entity : graph.model().all(kind)) {
                jobs.add(entityJob(entity));
            }
        }
        jobs.addAll(LAST_JOBS);
        return jobs;
    }

    private static final PageJob HOME_JOB = new PageJob("", "home", ViewFactory::home, "the home page",
            Optional.empty());
    // The pages that follow every entity's, in site order.
    private static final List<PageJob> LAST_JOBS = List.of(
            new PageJob(ViewFactory.TIMELINE, "timeline", ViewFactory::timeline, "the timeline", Optional.empty()),
            new PageJob(ViewFactory.SOURCES, "sources", ViewFactory::sources, "the source graph", Optional.empty()),
            new PageJob(ViewFactory.SEARCH, "search", page -> page.search(SearchIndex.MANIFEST), "the search page",
                    Optional.empty()));

    private static PageJob indexJob(Kind kind) {
        return new PageJob(SitePaths.indexOf(kind), "collection", page -> page.index(kind),
                "the " + kind.prefix() + " index", Optional.empty());
    }

    private static PageJob entityJob(Entity entity) {
        return new PageJob(SitePaths.of(EntityKey.of(entity)), entity.kind().prefix(), page -> view(page, entity),
                entity.path(), Optional.of(entity));
    }

    /** The job {@link #jobs} (or the not-found page) has for the file at this path; empty when none has. */
    private static Optional<PageJob> jobAt(DossierGraph graph, String file) {
        List<PageJob> lists = new ArrayList<>(LAST_JOBS);
        lists.add(HOME_JOB);
        lists.add(NOT_FOUND_JOB);
        for (Kind kind : Kind.values()) {
            lists.add(indexJob(kind));
        }
        for (PageJob job : lists) {
            if (job.file().equals(file)) {
                return Optional.of(job);
            }
        }
        String index = SitePaths.file("");
        if (!file.endsWith(index)) {
            return Optional.empty();
        }
        return SitePaths.keyOf(file.substring(0, file.length() - index.length())).flatMap(graph::entity)
                .map(SiteRenderer::entityJob).filter(job -> job.file().equals(file));
    }

    /** Every entity page as the search index sees it: title, address and plain text. */
    private static List<SearchIndex.Document> searchDocuments(DossierGraph graph, Map<EntityKey, RenderedBody> bodies) {
        List<SearchIndex.Document> documents = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Entity entity : graph.model().all(kind)) {
                documents.add(searchDocument(entity, bodies.get(EntityKey.of(entity))));
            }
        }
        return documents;
    }

    private static SearchIndex.Document searchDocument(Entity entity, RenderedBody body) {
        if (!(entity instanceof Quote) && !(entity instanceof Person)) {
            // The body's own text, not a copy: serve compares every document with last build's,
            // and the same text is equal at once.
            return new SearchIndex.Document(entity.kind().singular(), entity.title(), SitePaths.of(EntityKey.of(entity)),
                    body == null ? Utf8Text.EMPTY : body.text());
        }
        StringBuilder text = new StringBuilder();
        if (entity instanceof Quote quote) {
            text.append(quote.text()).append(' ');
        }
        if (entity instanceof Person person) {
            text.append(String.join(" ", person.aliases())).append(' ');
        }
        if (body != null) {
            text.append(body.text());
        }
        return new SearchIndex.Document(entity.kind().singular(), entity.title(), SitePaths.of(EntityKey.of(entity)),
                text.toString().strip());
    }

    private static Object view(ViewFactory views, Entity entity) {
        if (entity instanceof Article article) {
            return views.article(article);
        } else if (entity instanceof Outlet outlet) {
            return views.outlet(outlet);
        } else if (entity instanceof Person person) {
            return views.person(person);
        } else if (entity instanceof Quote quote) {
            return views.quote(quote);
        } else if (entity instanceof Event event) {
            return views.event(event);
        } else if (entity instanceof Topic topic) {
            return views.topic(topic);
        }
        return views.page((Page) entity);
    }
}
