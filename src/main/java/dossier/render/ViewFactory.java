package dossier.render;

import dossier.graph.DossierGraph;
import dossier.graph.Mention;
import dossier.markdown.Excerpt;
import dossier.model.Article;
import dossier.model.ContentModel;
import dossier.model.DateValue;
import dossier.model.DossierSettings;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Event;
import dossier.model.Kind;
import dossier.model.Outlet;
import dossier.model.Page;
import dossier.model.Person;
import dossier.model.Quote;
import dossier.model.Reference;
import dossier.model.Topic;
import dossier.render.view.BodyHtml;
import dossier.render.view.ArticlePage;
import dossier.graph.WordDiff;
import dossier.load.GitHistory;
import dossier.render.view.HistoryItem;
import dossier.render.view.DateView;
import dossier.render.view.DiffPart;
import dossier.render.view.Entry;
import dossier.render.view.EventPage;
import dossier.render.view.FreePage;
import dossier.render.view.HomePage;
import dossier.render.view.IndexPage;
import dossier.render.view.Link;
import dossier.render.view.MentionGroup;
import dossier.render.view.NavItem;
import dossier.render.view.NotFoundPage;
import dossier.render.view.OutletPage;
import dossier.render.view.PageMeta;
import dossier.render.view.PersonPage;
import dossier.render.view.QuotePage;
import dossier.render.view.Rendering;
import dossier.render.view.Role;
import dossier.render.view.SearchPage;
import dossier.render.view.SourcesPage;
import dossier.render.view.Section;
import dossier.render.view.TimelineItem;
import dossier.render.view.TimelineMonth;
import dossier.render.view.TimelinePage;
import dossier.render.view.TopicPage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the page model of every page from the graph. All links are made relative to the page
 * being built; nothing here knows about templates or HTML beyond the rendered bodies.
 */
final class ViewFactory {
    static final String TIMELINE = "timeline/";
    static final String SEARCH = "search/";
    static final String SOURCES = "sources/";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final List<Kind> NAV_KINDS = List.of(Kind.ARTICLE, Kind.QUOTE, Kind.PERSON, Kind.OUTLET, Kind.EVENT, Kind.TOPIC);
    private static final int LATEST = 10;
    /** Metadata fields whose mentions a page of the kind lists in a section of its own. */
    private static Set<String> shownInOwnSection(Kind kind) {
        return switch (kind) {
            case OUTLET -> Set.of("outlet", "parent", "via");
            case PERSON -> Set.of("speaker");
            default -> Set.of();
        };
    }

    private static final int HISTORY = 5;

    /** What every page of one build shares. */
    private record Shared(DossierGraph graph, Map<EntityKey, RenderedBody> bodies, DossierSettings settings,
                          Map<String, List<GitHistory.Change>> history, Map<String, String> assets,
                          Members members, Map<String, String> languageNames, ListItems items,
                          ArticleOrder articleOrder) {
    }

    /**
     * What an outlet's and a person's page list, each found in one pass over the model when a page
     * first asks, rather than one pass a page (outlets × articles, people × quotes). Made when
     * asked, and on the thread that asks: serve's edit to one title renders no outlet's or
     * person's page at all, or one, beside the others, instead of waiting for all three before
     * the first page (3-4 ms at 10,000 articles).
     */
    private static final class Members {
        private final ContentModel model;
        private Map<String, List<Article>> articlesByOutlet;
        private Map<String, List<Outlet>> outletsByParent;
        private Map<String, List<Quote>> quotesBySpeaker;

        Members(ContentModel model) {
            this.model = model;
        }

        synchronized List<Article> articlesOf(Outlet outlet) {
            if (articlesByOutlet == null) {
                articlesByOutlet = grouped(model.all(Article.class, Kind.ARTICLE), article -> Optional.of(article.outlet()));
            }
            return articlesByOutlet.getOrDefault(outlet.id(), List.of());
        }

        synchronized List<Outlet> outletsOf(Outlet parent) {
            if (outletsByParent == null) {
                outletsByParent = grouped(model.all(Outlet.class, Kind.OUTLET), Outlet::parent);
            }
            return outletsByParent.getOrDefault(parent.id(), List.of());
        }

        synchronized List<Quote> quotesOf(Person speaker) {
            if (quotesBySpeaker == null) {
                quotesBySpeaker = grouped(model.all(Quote.class, Kind.QUOTE), Quote::speaker);
            }
            return quotesBySpeaker.getOrDefault(speaker.id(), List.of());
        }

        /** The entities by the id each names, in the model's order. */
        private static <T> Map<String, List<T>> grouped(Collection<T> entities, Function<T, Optional<Reference>> names) {
            Map<String, List<T>> grouped = new HashMap<>();
            for (T entity : entities) {
                names.apply(entity).ifPresent(named -> grouped.computeIfAbsent(named.id(), id -> new ArrayList<>()).add(entity));
            }
            return grouped;
        }
    }

    // The long lists' orders are written out, not made with Comparator.comparing: the JDK's
    // comparing and thenComparing code is shared by every such order in the JVM, so the calls in
    // it are never inlined, and in serve a comparison of two articles took about 500 ns.

    /** Articles by date, the oldest first; of one date, by id. */
    private static final Comparator<Article> OLDEST_FIRST = (a, b) -> {
        int byDate = a.published().compareTo(b.published());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    };
    /** Articles by date, the newest first; of one date, by id still. */
    private static final Comparator<Article> NEWEST_FIRST = (a, b) -> {
        int byDate = b.published().compareTo(a.published());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    };

    /**
     * Every article in date order, oldest and newest first, each sorted once for all the pages
     * that list every article (the home page, the articles' index, the sources page) rather than
     * once a page: in serve, an edited title gives each of them a new model.
     */
    private static final class ArticleOrder {
        private final Collection<Article> articles;
        // serve's memory of the last build's order, or null.
        private final ListItems items;
        private List<Article> oldestFirst;
        private List<Article> newestFirst;

        ArticleOrder(Collection<Article> articles, ListItems items) {
            this.articles = articles;
            this.items = items;
        }

        synchronized List<Article> oldestFirst() {
            if (oldestFirst == null) {
                oldestFirst = sorted("articles, oldest first", OLDEST_FIRST);
            }
            return oldestFirst;
        }

        synchronized List<Article> newestFirst() {
            if (newestFirst == null) {
                newestFirst = sorted("articles, newest first", NEWEST_FIRST);
            }
            return newestFirst;
        }

        private List<Article> sorted(String name, Comparator<Article> order) {
            return ViewFactory.sorted(items, name, articles, EntityKey::of, order);
        }
    }

    /** A long list sorted: in serve, from the order of its last sort ({@link ListItems#sorted}). */
    private static <T> List<T> sorted(ListItems items, String name, Collection<? extends T> list,
                                      Function<? super T, Object> place, Comparator<? super T> order) {
        if (items == null) {
            List<T> sorted = new ArrayList<>(list);
            sorted.sort(order);
            return Collections.unmodifiableList(sorted);
        }
        return items.sorted(name, list, place, order);
    }

    private final Shared shared;
    private final GraphReader graph;
    private final DossierSettings settings;
    private final Map<String, List<GitHistory.Change>> history;
    private final Map<String, String> assets;

    ViewFactory(DossierGraph graph, Map<EntityKey, RenderedBody> bodies, Map<String, List<GitHistory.Change>> history,
                Map<String, String> assets) {
        this(graph, bodies, history, assets, null);
    }

    /** A factory whose recording page models take the items of their long lists from {@code items}, or null. */
    ViewFactory(DossierGraph graph, Map<EntityKey, RenderedBody> bodies, Map<String, List<GitHistory.Change>> history,
                Map<String, String> assets, ListItems items) {
        this(shared(graph, bodies, history, assets, items), false);
    }

    private ViewFactory(Shared shared, boolean recording) {
        this.shared = shared;
        this.graph = new GraphReader(shared.graph(), shared.bodies(), recording);
        this.settings = shared.settings();
        this.history = shared.history();
        this.assets = shared.assets();
    }

    /** A factory for one page model that notes what it reads: see {@link #reads()}. */
    ViewFactory recording() {
        return new ViewFactory(shared, true);
    }

    /** What the page models this factory built read; empty unless {@link #recording()}. */
    PageReads reads() {
        return graph.facts();
    }

    private static Shared shared(DossierGraph graph, Map<EntityKey, RenderedBody> bodies,
                                 Map<String, List<GitHistory.Change>> history, Map<String, String> assets,
                                 ListItems items) {
        return new Shared(graph, bodies, graph.model().settings(), history, Map.copyOf(assets),
                new Members(graph.model()), new ConcurrentHashMap<>(), items,
                new ArticleOrder(graph.model().all(Article.class, Kind.ARTICLE), items));
    }

    /**
     * One item of a long list, standing for this entity, which it reads: in serve, as the last
     * build made it where it read nothing that changed since.
     */
    private <T> T item(String dir, Entity entity, Supplier<T> make) {
        return item(dir, EntityKey.of(entity), () -> {
            graph.read(entity);
            return make.get();
        });
    }

    /** One item of a long list, or a part of a page as long, at this place on the page at dir. */
    @SuppressWarnings("unchecked")
    private <T> T item(String dir, Object place, Supplier<T> make) {
        ListItems items = shared.items();
        if (items == null || !graph.recording()) {
            return make.get();
        }
        ListItems.Made kept = items.kept(dir, place);
        if (kept != null) {
            graph.noted(kept.reads());
            return (T) kept.item();
        }
        ListItems.Made made = graph.noting(make);
        items.keep(dir, place, made);
        return (T) made.item();
    }

    // ----- shared pieces

    PageMeta meta(String dir, String title, String description, String type, String section, List<Link> crumbs,
                  String sourcePath) {
        String root = SitePaths.root(dir);
        return meta(dir, root, title, description, type, section, crumbs, sourcePath);
    }

    private PageMeta meta(String dir, String root, String title, String description, String type, String section,
                          List<Link> crumbs, String sourcePath) {
        List<NavItem> nav = new ArrayList<>();
        for (Kind kind : NAV_KINDS) {
            nav.add(new NavItem(root + SitePaths.indexOf(kind), kind.plural(), section.equals(SitePaths.indexOf(kind))));
        }
        nav.add(new NavItem(root + SOURCES, "Sources", section.equals(SOURCES)));
        nav.add(new NavItem(root + TIMELINE, "Timeline", section.equals(TIMELINE)));
        nav.add(new NavItem(root + SEARCH, "Search", section.equals(SEARCH)));
        String canonical = settings.baseUrl().isEmpty() ? "" : settings.baseUrl() + dir;
        return new PageMeta(settings.title(), title, description, settings.language(), root, canonical, type, nav,
                crumbs, editUrl(sourcePath), sourcePath, settings.license(), "", null, List.of(), assets);
    }

    private String editUrl(String sourcePath) {
        if (settings.repository().isEmpty() || sourcePath.isEmpty()) {
            return "";
        }
        String repository = settings.repository().replaceAll("/+$", "");
        return repository + "/edit/" + settings.branch() + "/" + sourcePath;
    }

    private Link link(String from, EntityKey key) {
        String title = graph.entity(key).map(Entity::title).orElse(key.id());
        return new Link(SitePaths.relative(from, SitePaths.of(key)), title);
    }

    private Link link(String from, Entity entity) {
        return new Link(SitePaths.relative(from, SitePaths.of(EntityKey.of(entity))), entity.title());
    }

    private List<Link> crumbs(String from, Kind kind) {
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(new Link(SitePaths.root(from), "Home"));
        if (kind != Kind.PAGE) {
            crumbs.add(new Link(SitePaths.relative(from, SitePaths.indexOf(kind)), kind.plural()));
        }
        return crumbs;
    }

    private BodyHtml body(Entity entity) {
        RenderedBody body = graph.body(EntityKey.of(entity));
        return body == null ? BodyHtml.EMPTY : body.html();
    }

    private static DateView date(DateValue value) {
        return value == null || value.text().isEmpty() ? null : new DateView(value.isoDate(), value.display());
    }

    private PageMeta entityMeta(Entity entity, String description) {
        graph.read(entity); // every entity page shows its own entity
        String dir = SitePaths.of(EntityKey.of(entity));
        String section = entity.kind() == Kind.PAGE ? dir : SitePaths.indexOf(entity.kind());
        PageMeta meta = meta(dir, entity.title(), description, entity.kind().prefix(), section, crumbs(dir, entity.kind()),
                entity.path());
        return withHistory(meta.withJsonLd(JsonLd.of(entity, graph, meta.canonical())), entity.path());
    }

    /** The page's last change and its latest commits, where the dossier is a git checkout. */
    private PageMeta withHistory(PageMeta meta, String sourcePath) {
        List<GitHistory.Change> changes = history.getOrDefault(sourcePath, List.of());
        if (changes.isEmpty()) {
            return meta;
        }
        String repository = settings.repository().replaceAll("/+$", "");
        List<HistoryItem> items = changes.stream().limit(HISTORY).map(change -> new HistoryItem(
                commitDate(change), change.subject(), change.shortHash(),
                repository.isEmpty() ? "" : repository + "/commit/" + change.hash())).toList();
        return meta.withHistory(items.get(0).date(), items);
    }

    private static DateView commitDate(GitHistory.Change change) {
        java.time.OffsetDateTime when = java.time.OffsetDateTime.parse(change.date());
        return new DateView(when.toLocalDate().toString(),
                DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).format(when));
    }

    /**
     * Who points at this entity, grouped by their kind, each with the sentence of the mention.
     * Metadata fields that the page lists in a section of its own (an outlet's articles, a
     * person's statements, a group's members) and a quote's renderings are left out here, so
     * nothing is listed twice.
     */
    private List<MentionGroup> mentions(EntityKey key, String from) {
        // equals and hashCode written out: a record's generated ones go through method handles,
        // which the quick compiler does not inline, and every mention of every page is looked up.
        record Said(EntityKey from, Excerpt context) {
            @Override
            public boolean equals(Object other) {
                return other instanceof Said said && from.equals(said.from) && context.equals(said.context);
            }

            @Override
            public int hashCode() {
                return 31 * from.hashCode() + context.hashCode();
            }
        }
        Map<Kind, Map<Said, dossier.render.view.Mention>> groups = new TreeMap<>();
        for (Mention mention : graph.mentionsOf(key)) {
            if (shownInOwnSection(key.kind()).contains(mention.field()) || isRendering(mention)) {
                continue;
            }
            Excerpt context = mention.inBody() ? mention.context()
                    : new Excerpt("listed under “" + mention.field() + "”", false);
            Map<Said, dossier.render.view.Mention> group = groups.computeIfAbsent(mention.from().kind(),
                    k -> new LinkedHashMap<>());
            Said said = new Said(mention.from(), context);
            if (!group.containsKey(said)) {
                // A topic's page lists hundreds of mentions: in serve, each is kept as long as the
                // graph's mention is the same and the entity it links to is as it was.
                group.put(said, item(from, mention, () -> new dossier.render.view.Mention(link(from, mention.from()),
                        context.text(), context.cut())));
            }
        }
        List<MentionGroup> out = new ArrayList<>();
        groups.forEach((kind, mentions) -> out.add(new MentionGroup(kind.plural(), List.copyOf(mentions.values()))));
        return out;
    }

    /** An article's quote link is listed in the quote page's renderings table. */
    private static boolean isRendering(Mention mention) {
        return mention.inBody() && mention.from().kind() == Kind.ARTICLE && mention.to().kind() == Kind.QUOTE;
    }

    private List<Link> links(String from, List<Reference> references) {
        return references.stream().map(graph::resolve).flatMap(Optional::stream)
                .map(entity -> link(from, entity)).toList();
    }

    private Link optionalLink(String from, Reference reference) {
        return graph.resolve(reference).map(entity -> link(from, entity)).orElse(null);
    }

    private String outletName(Article article) {
        return graph.find(Kind.OUTLET, article.outlet().id()).map(Entity::title).orElse("");
    }

    /** Every article, the newest first: the order of the home page, the articles' index and the feed. */
    List<Article> newestFirst() {
        return shared.articleOrder().newestFirst();
    }

    String articleDetail(Article article) {
        String outlet = outletName(article);
        String when = article.published().text().isEmpty() ? "" : article.published().display();
        return String.join(" · ", new LinkedHashSet<>(List.of(outlet, when)).stream().filter(s -> !s.isEmpty()).toList());
    }

    /** These articles, the newest first. */
    private List<Entry> articleEntries(String from, Collection<Article> articles) {
        return entries(from, articles.stream().sorted(NEWEST_FIRST).toList(), Integer.MAX_VALUE);
    }

    /** Every article, the newest first, at most {@code limit} of them. */
    private List<Entry> everyArticleEntries(String from, int limit) {
        graph.all(Article.class, Kind.ARTICLE); // read, for serve: the order depends on every article
        return entries(from, shared.articleOrder().newestFirst(), limit);
    }

    private List<Entry> entries(String from, List<Article> articles, int limit) {
        return articles.stream()
                .limit(limit)
                .map(article -> item(from, article, () -> new Entry(link(from, article), articleDetail(article))))
                .toList();
    }

    // ----- entity pages

    ArticlePage article(Article article) {
        String dir = SitePaths.of(EntityKey.of(article));
        EntityKey key = EntityKey.of(article);
        Link outlet = optionalLink(dir, article.outlet());
        String outletKind = graph.find(Kind.OUTLET, article.outlet().id())
                .map(o -> ((Outlet) o).outletKind().map(k -> k.label()).orElse("")).orElse("");
        String translation = switch (article.translation().method()) {
            case NONE -> "";
            case HUMAN -> "human translation" + from(languageName(article.translation().from()));
            case MACHINE -> "machine translation" + from(languageName(article.translation().from()));
        };
        Map<String, Entry> quotes = new LinkedHashMap<>();
        for (Mention mention : graph.mentionsBy(key)) {
            if (mention.inBody() && mention.to().kind() == Kind.QUOTE) {
                quotes.putIfAbsent(mention.to().id(), new Entry(link(dir, mention.to()),
                        graph.entity(mention.to()).map(q -> speakerName((Quote) q)).orElse("")));
            }
        }
        return new ArticlePage(entityMeta(article, article.summary()), article.title(), outlet, outletKind,
                date(article.published()), article.authors(), article.url(), article.archiveUrl(),
                article.accessed().map(ViewFactory::date).orElse(null), article.language(),
                languageName(article.language()), translation,
                links(dir, article.via()), links(dir, article.topics()), article.summary(), article.inferred(),
                article.contentSha256(), body(article), List.copyOf(quotes.values()),
                chains(dir, article), reports(dir, article), mentions(key, dir));
    }

    /**
     * "Spanish" for {@code es}; the tag itself where Java knows no name for it. Found once a
     * build for each tag: the JDK makes a message format each time it is asked (1.6 % of the
     * CPU samples of a 10,000-article build), and a dossier has a handful of languages.
     */
    private String languageName(String tag) {
        return shared.languageNames().computeIfAbsent(tag, ViewFactory::displayName);
    }

    private static String displayName(String tag) {
        if (tag.isEmpty()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isEmpty() || name.equals(tag) ? tag : name;
    }

    private List<List<Link>> chains(String dir, Article article) {
        return graph.chainOf(article.id()).map(chain -> chain.paths().stream()
                .map(path -> path.stream().map(key -> key.kind() == Kind.ARTICLE
                        ? new Link(SitePaths.relative(dir, SitePaths.of(key)), "“" + graph.entity(key).map(Entity::title).orElse(key.id()) + "”")
                        : link(dir, key)).toList())
                .toList()).orElse(List.of());
    }

    private List<Link> reports(String dir, Article article) {
        return graph.chainOf(article.id()).map(chain -> chain.speakers().stream().map(key -> link(dir, key)).toList())
                .orElse(List.of());
    }

    /** "Carried by 3 articles from 3 outlets (3 owners), which rely on 4 sources (3 owners)." */
    private String corroboration(EntityKey key) {
        return graph.corroborationOf(key).filter(c -> !c.articles().isEmpty()).map(c -> {
            String carried = "Carried by " + count(c.articles().size(), "article") + " from "
                    + count(c.outlets().size(), "outlet") + " (" + count(c.owners(), "owner") + ")";
            if (c.sources().isEmpty()) {
                return carried + ".";
            }
            return carried + ", which rely on " + count(c.sources().size(), "source") + " ("
                    + count(c.sourceOwners(), "owner") + ").";
        }).orElse("");
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String from(String language) {
        return language.isEmpty() ? "" : " from " + language;
    }

    /** The speaker's name, or for a document the title of the event that published it. */
    private String speakerName(Quote quote) {
        return quote.speaker().or(quote::document).flatMap(graph::resolve).map(Entity::title).orElse("");
    }

    OutletPage outlet(Outlet outlet) {
        String dir = SitePaths.of(EntityKey.of(outlet));
        EntityKey key = EntityKey.of(outlet);
        // Which articles name the outlet is in its mentions; what the page shows of each, in them.
        graph.mentionsOf(key);
        List<Article> articles = graph.read(shared.members().articlesOf(outlet));
        Map<String, Link> reliesOn = new LinkedHashMap<>();
        for (Article article : articles) {
            for (Link source : links(dir, article.via())) {
                reliesOn.putIfAbsent(source.href(), source);
            }
        }
        List<Article> reliers = graph.mentionsOf(key).stream()
                .filter(m -> m.field().equals("via") && m.from().kind() == Kind.ARTICLE)
                // Told apart by key, one entity each: hashing the articles themselves hashed every field.
                .map(Mention::from).distinct()
                .map(from -> graph.entity(from).map(Article.class::cast).orElseThrow())
                .toList();
        List<Link> members = graph.read(shared.members().outletsOf(outlet)).stream()
                .map(other -> link(dir, other)).toList();
        return new OutletPage(entityMeta(outlet, outlet.name() + outlet.outletKind().map(k -> ", " + k.label()).orElse("")),
                outlet.name(), outlet.outletKind().map(k -> k.label()).orElse(""), outlet.url(), outlet.country(),
                languageName(outlet.language()), outlet.owner(), outlet.parent().map(p -> optionalLink(dir, p)).orElse(null),
                outlet.reliability().map(r -> r.grade()).orElse(""), outlet.reliability().map(r -> r.rationale()).orElse(""),
                body(outlet), articleEntries(dir, articles), List.copyOf(reliesOn.values()),
                articleEntries(dir, reliers), members, mentions(key, dir));
    }

    PersonPage person(Person person) {
        String dir = SitePaths.of(EntityKey.of(person));
        EntityKey key = EntityKey.of(person);
        List<Role> roles = person.roles().stream().map(role -> new Role(role.title(), role.organisation(),
                period(role.from().map(DateValue::display).orElse(""), role.to().map(DateValue::display).orElse(""))))
                .toList();
        graph.mentionsOf(key); // which quotes name the person as speaker
        List<Entry> quotes = graph.read(shared.members().quotesOf(person)).stream()
                .sorted(Comparator.comparing((Quote q) -> q.said().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Quote::id))
                .map(quote -> new Entry(link(dir, quote), statementDetail(quote)))
                .toList();
        String wikidata = person.wikidata().isEmpty() ? "" : "https://www.wikidata.org/wiki/" + person.wikidata();
        return new PersonPage(entityMeta(person, person.name()), person.name(), person.aliases(), roles,
                person.country(), wikidata, body(person), quotes, mentions(key, dir));
    }

    private String statementDetail(Quote quote) {
        int outlets = graph.corroborationOf(EntityKey.of(quote)).map(c -> c.outlets().size()).orElse(0);
        List<String> parts = new ArrayList<>();
        quote.said().ifPresent(said -> parts.add(said.display()));
        parts.add(outlets == 0 ? "not carried by an outlet" : "carried by " + count(outlets, "outlet"));
        return String.join(" · ", parts);
    }

    private static String period(String from, String to) {
        if (from.isEmpty() && to.isEmpty()) {
            return "";
        }
        if (to.isEmpty()) {
            return "since " + from;
        }
        return from.isEmpty() ? "until " + to : from + " – " + to;
    }

    QuotePage quote(Quote quote) {
        String dir = SitePaths.of(EntityKey.of(quote));
        EntityKey key = EntityKey.of(quote);
        List<Rendering> renderings = new ArrayList<>();
        for (dossier.graph.Rendering rendering : graph.renderingsOf(quote.id())) {
            graph.find(Kind.ARTICLE, rendering.articleId()).map(Article.class::cast).ifPresent(article ->
                    renderings.add(new Rendering(link(dir, article), optionalLink(dir, article.outlet()),
                            date(article.published()), rendering.text(), diffParts(rendering.diff()),
                            rendering.diff().percent())));
        }
        return new QuotePage(entityMeta(quote, speakerName(quote) + ": " + quote.title()), quote.title(),
                quote.speaker().map(s -> optionalLink(dir, s)).orElse(null),
                quote.document().map(d -> optionalLink(dir, d)).orElse(null), quote.said().map(ViewFactory::date).orElse(null), quote.occasion(),
                quote.medium(), quote.language(), languageName(quote.language()), quote.original(), quote.text(), quote.sourceUrl(),
                links(dir, quote.topics()), body(quote), renderings, corroboration(key), mentions(key, dir));
    }

    private static List<DiffPart> diffParts(WordDiff diff) {
        return diff.parts().stream()
                .map(part -> new DiffPart(part.change().name().toLowerCase(Locale.ROOT), part.text()))
                .toList();
    }

    EventPage event(Event event) {
        String dir = SitePaths.of(EntityKey.of(event));
        DateView start = date(event.when());
        DateView end = event.end().map(ViewFactory::date).orElse(null);
        return new EventPage(entityMeta(event, event.title()), event.title(), start, end, event.place(),
                links(dir, event.topics()), event.sources(), body(event), corroboration(EntityKey.of(event)),
                mentions(EntityKey.of(event), dir));
    }

    TopicPage topic(Topic topic) {
        String dir = SitePaths.of(EntityKey.of(topic));
        return new TopicPage(entityMeta(topic, topic.title()), topic.title(), body(topic),
                mentions(EntityKey.of(topic), dir));
    }

    FreePage page(Page page) {
        String dir = SitePaths.of(EntityKey.of(page));
        return new FreePage(entityMeta(page, page.title()), page.title(), body(page),
                mentions(EntityKey.of(page), dir));
    }

    // ----- lists

    IndexPage index(Kind kind) {
        String dir = SitePaths.indexOf(kind);
        List<Entry> entries;
        if (kind == Kind.ARTICLE) {
            entries = everyArticleEntries(dir, Integer.MAX_VALUE);
        } else {
            record Titled(Entity entity, String title, String order) {
            }
            // Titles are made once each, not once a comparison: a quote's title is made from its text.
            entries = graph.all(kind).stream()
                    .map(entity -> {
                        String title = entity.title();
                        return new Titled(entity, title, title.toLowerCase(Locale.ROOT));
                    })
                    .sorted(Comparator.comparing(Titled::order).thenComparing(t -> t.entity().id()))
                    .map(t -> item(dir, t.entity(), () -> new Entry(
                            new Link(SitePaths.relative(dir, SitePaths.of(EntityKey.of(t.entity()))), t.title()),
                            indexDetail(t.entity()))))
                    .toList();
        }
        List<Link> crumbs = List.of(new Link(SitePaths.root(dir), "Home"));
        return new IndexPage(meta(dir, kind.plural(), kind.plural() + " in " + settings.title(), "index", dir, crumbs, ""),
                kind.plural(), entries);
    }

    private String indexDetail(Entity entity) {
        if (entity instanceof Outlet outlet) {
            return String.join(" · ", java.util.stream.Stream.of(outlet.outletKind().map(k -> k.label()).orElse(""),
                    outlet.country()).filter(s -> !s.isEmpty()).toList());
        }
        if (entity instanceof Person person) {
            return person.roles().isEmpty() ? "" : person.roles().get(0).title();
        }
        if (entity instanceof Quote quote) {
            return speakerName(quote) + quote.said().map(d -> " · " + d.display()).orElse("");
        }
        if (entity instanceof Event event) {
            return event.when().display();
        }
        int mentions = graph.mentionsOf(EntityKey.of(entity)).size();
        return mentions == 0 ? "" : mentions + (mentions == 1 ? " mention" : " mentions");
    }

    HomePage home() {
        String dir = "";
        List<Section> sections = sections(SitePaths.root(dir));
        List<Entry> latest = everyArticleEntries(dir, LATEST);
        List<Link> pages = graph.all(Kind.PAGE).stream().map(page -> link(dir, page)).toList();
        return new HomePage(meta(dir, settings.title(), settings.description(), "home", "", List.of(), ""),
                settings.title(), settings.description(), sections,
                latest, pages);
    }

    private List<Section> sections(String root) {
        List<Section> sections = new ArrayList<>();
        for (Kind kind : NAV_KINDS) {
            sections.add(new Section(new Link(root + SitePaths.indexOf(kind), kind.plural()), graph.all(kind).size()));
        }
        return sections;
    }

    TimelinePage timeline() {
        String dir = TIMELINE;
        record Dated(DateValue date, int order, TimelineItem item) {
        }
        // Each kept whole, so that the sort sees which are the same objects as last time.
        List<Dated> dated = new ArrayList<>();
        for (Event event : graph.all(Event.class, Kind.EVENT)) {
            dated.add(item(dir, event, () -> new Dated(event.when(), 0,
                    new TimelineItem(date(event.when()), "Event", link(dir, event), event.place()))));
        }
        for (Quote quote : graph.all(Quote.class, Kind.QUOTE)) {
            quote.said().ifPresent(said -> dated.add(item(dir, quote, () -> new Dated(said, 1,
                    new TimelineItem(date(said), "Statement", link(dir, quote), speakerName(quote))))));
        }
        for (Article article : graph.all(Article.class, Kind.ARTICLE)) {
            dated.add(item(dir, article, () -> new Dated(article.published(), 2,
                    new TimelineItem(date(article.published()), "Article", link(dir, article), outletName(article)))));
        }
        // Each item links to a page of its own: its address tells any two apart.
        Comparator<Dated> order = (a, b) -> {
            int byDate = a.date().compareTo(b.date());
            if (byDate != 0) {
                return byDate;
            }
            return a.order() != b.order() ? Integer.compare(a.order(), b.order())
                    : a.item().link().href().compareTo(b.item().link().href());
        };
        List<Dated> sorted = sorted(shared.items(), "timeline", dated, d -> d.item().link().href(), order);
        // In date order, each month's items come one after another.
        List<TimelineMonth> out = new ArrayList<>();
        LocalDate month = null;
        List<TimelineItem> inMonth = new ArrayList<>();
        for (Dated d : sorted) {
            LocalDate date = d.date().date();
            if (month != null && (date.getYear() != month.getYear() || date.getMonth() != month.getMonth())) {
                out.add(timelineMonth(month, inMonth));
                inMonth.clear();
            }
            if (inMonth.isEmpty()) {
                month = date;
            }
            inMonth.add(d.item());
        }
        if (!inMonth.isEmpty()) {
            out.add(timelineMonth(month, inMonth));
        }
        return new TimelinePage(meta(dir, "Timeline", "Events, statements and articles in date order", "timeline", TIMELINE,
                List.of(new Link(SitePaths.root(dir), "Home")), ""), "Timeline", out);
    }

    private static TimelineMonth timelineMonth(LocalDate month, List<TimelineItem> items) {
        return new TimelineMonth("m" + month.toString().substring(0, 7), MONTH.format(month), List.copyOf(items));
    }

    SourcesPage sources() {
        String dir = SOURCES;
        graph.all(Article.class, Kind.ARTICLE); // read, as in everyArticleEntries
        List<SourcesPage.ArticleChains> articles = shared.articleOrder().oldestFirst().stream()
                .map(article -> item(dir, article,
                        () -> new SourcesPage.ArticleChains(link(dir, article), chains(dir, article), reports(dir, article))))
                .toList();
        BodyHtml svg = item(dir, "source graph", () -> SourceGraphSvg.draw(graph, dir));
        return new SourcesPage(meta(dir, "Sources", "Who relies on whom in " + settings.title(), "sources", SOURCES,
                List.of(new Link(SitePaths.root(dir), "Home")), ""), "Sources", svg, articles);
    }

    SearchPage search(String indexFile) {
        String dir = SEARCH;
        return new SearchPage(meta(dir, "Search", "Search " + settings.title(), "search", SEARCH,
                List.of(new Link(SitePaths.root(dir), "Home")), ""), "Search",
                SitePaths.relative(dir, indexFile), SitePaths.relative(dir, assets.get("search.js")));
    }

    /** GitHub Pages serves 404.html at whatever depth was asked for, so its links start at the base path. */
    NotFoundPage notFound() {
        String basePath = SitePaths.basePath(settings.baseUrl());
        PageMeta meta = meta("", basePath, "Page not found", "", "not-found", "",
                List.of(new Link(basePath, "Home")), "");
        return new NotFoundPage(meta, "Page not found", sections(basePath));
    }

}
