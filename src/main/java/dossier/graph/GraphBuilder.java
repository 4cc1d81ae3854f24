package dossier.graph;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.diagnostic.NearestName;
import dossier.markdown.Excerpt;
import dossier.markdown.ParsedBody;
import dossier.markdown.TypedLink;
import dossier.model.Article;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.Outlet;
import dossier.model.Position;
import dossier.model.Quote;
import dossier.model.Reference;
import dossier.parallel.EveryCore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;

/**
 * The graph stage: resolves every metadata reference and typed link against the model,
 * reporting each one that names nothing (with the nearest id as a hint), and indexes what
 * points where. Linear in the number of references. Entities are resolved, and each quote's
 * renderings compared, on every core, and gathered in the model's order; the source chains and
 * the corroboration are followed side by side. Not to be shared between threads: it remembers
 * the word diffs of its last build.
 */
public final class GraphBuilder {
    /** Below this share of its words found in the quote, a linked span is not a rendering of it. */
    static final double MIN_COVERAGE = 0.3;

    private static final Comparator<Mention> IN_SOURCE_ORDER = Comparator.comparing(Mention::from)
            .thenComparingInt(m -> m.position().line()).thenComparingInt(m -> m.position().column());

    private final WordDiffer differ = new WordDiffer();
    // serve builds the graph again on every edit with one builder; the word diffs of renderings
    // whose words and quote are as before are this build's too. Only the last build's are kept.
    private Map<List<String>, WordDiff> lastDiffs = new HashMap<>();
    // Filled from every core as renderings are compared.
    private Map<List<String>, WordDiff> diffs = new ConcurrentHashMap<>();
    // And the index of quotes for unlinked renderings, while the quotes are the very same objects.
    private List<Quote> indexedQuotes = List.of();
    private UnlinkedRenderingFinder unlinked;
    // And what each entity's references and links resolved to, while the same ids exist.
    private World lastWorld;
    private Map<EntityKey, Resolved> lastResolved = new HashMap<>();
    // And the last graph, while its build found no error: an edit that changes nothing it reads
    // (a title, a summary) leaves it as it was.
    private DossierGraph lastGraph;
    // How many graphs were built rather than taken from the last: serve asks whether a rebuild built one.
    private int built;

    /** What decides whether a reference resolves, besides its own entity and body. */
    private record World(Map<Kind, SortedMap<String, Entity>> entities, Set<String> drafts, Set<String> unreadable,
                         UnlinkedRenderingFinder unlinked) {
        // The model's own maps, which never change: kept, not copied.
        static World of(ContentModel model, UnlinkedRenderingFinder unlinked) {
            return new World(model.entities(), model.drafts(), model.unreadable(), unlinked);
        }

        boolean same(World other) {
            if (unlinked != other.unlinked || !drafts.equals(other.drafts) || !unreadable.equals(other.unreadable)) {
                return false;
            }
            for (Kind kind : Kind.values()) {
                if (!sameIds(entities.get(kind).keySet(), other.entities.get(kind).keySet())) {
                    return false;
                }
            }
            return true;
        }

        // Both in id order: compared side by side, not looked up one by one (13,000 ids after each edit in serve).
        private static boolean sameIds(Set<String> these, Set<String> those) {
            if (these.size() != those.size()) {
                return false;
            }
            Iterator<String> other = those.iterator();
            for (String id : these) {
                if (!id.equals(other.next())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One entity's references and links resolved: from its entity and body, and from the bodies
     * its links with an anchor lead to (whether the anchor exists); its renderings of quotes, as
     * found, and what was wrong.
     */
    private record Resolved(Entity entity, ParsedBody body, Map<EntityKey, ParsedBody> anchored, List<Mention> mentions,
                            List<Rendering> renderings, List<Diagnostic> diagnostics) {
        boolean stillHolds(Entity now, ParsedBody bodyNow, Map<EntityKey, ParsedBody> bodies) {
            if (entity != now || body != bodyNow) {
                return false;
            }
            for (Map.Entry<EntityKey, ParsedBody> target : anchored.entrySet()) {
                if (bodies.get(target.getKey()) != target.getValue()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Renderings are listed in the order their articles were published. */
    public DossierGraph build(ContentModel model, Map<EntityKey, ParsedBody> bodies, Diagnostics diagnostics) {
        SortedMap<EntityKey, List<Mention>> outgoing = new TreeMap<>();
        // Hashed while it grows by every mention, sorted once when complete.
        Map<EntityKey, List<Mention>> incomingFound = new HashMap<>();
        SortedMap<String, List<Rendering>> renderings = new TreeMap<>();
        UnlinkedRenderingFinder unlinked = unlinkedRenderingFinder(List.copyOf(model.all(Quote.class, Kind.QUOTE)));
        World world = World.of(model, unlinked);
        Optional<DossierGraph> same = sameAsLast(model, bodies, world, diagnostics);
        if (same.isPresent()) {
            return same.get();
        }
        built++;
        Map<EntityKey, Resolved> last = lastWorld != null && lastWorld.same(world) ? lastResolved : Map.of();
        Map<EntityKey, Resolved> resolvedNow = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            entities.addAll(model.all(kind));
        }
        // Each entity resolved on its own, on every core; gathered in the model's order, as one thread would.
        List<Resolved> resolvedAll = EveryCore.map(entities, entity -> {
            EntityKey from = EntityKey.of(entity);
            ParsedBody body = bodies.get(from);
            Resolved resolved = last.get(from);
            return resolved != null && resolved.stillHolds(entity, body, bodies) ? resolved
                    : resolve(model, bodies, entity, body, unlinked);
        });
        for (Resolved resolved : resolvedAll) {
            EntityKey from = EntityKey.of(resolved.entity());
            resolvedNow.put(from, resolved);
            resolved.diagnostics().forEach(diagnostics::add);
            for (Rendering rendering : resolved.renderings()) {
                addRendering(renderings.computeIfAbsent(rendering.quoteId(), id -> new ArrayList<>()), rendering);
            }
            List<Mention> mentions = resolved.mentions();
            outgoing.put(from, mentions);
            for (Mention mention : mentions) {
                if (!mention.to().equals(from)) {
                    incomingFound.computeIfAbsent(mention.to(), key -> new ArrayList<>()).add(mention);
                }
            }
        }
        // Each entity's incoming mentions sorted on every core: at 10,000 articles, 130,000 of them.
        List<Map.Entry<EntityKey, List<Mention>>> unsorted = List.copyOf(incomingFound.entrySet());
        List<List<Mention>> sorted = EveryCore.map(unsorted, entry -> {
            entry.getValue().sort(IN_SOURCE_ORDER);
            return List.copyOf(entry.getValue());
        });
        SortedMap<EntityKey, List<Mention>> incoming = new TreeMap<>();
        for (int i = 0; i < unsorted.size(); i++) {
            incoming.put(unsorted.get(i).getKey(), sorted.get(i));
        }
        Comparator<Rendering> byPublication = Comparator.comparing((Rendering r) -> model.find(Kind.ARTICLE, r.articleId())
                .map(article -> ((Article) article).published()).orElseThrow())
                .thenComparing(Rendering::articleId);
        // Each quote's renderings compared with its text on every core; what was wrong is told quote by quote.
        record Compared(List<Rendering> renderings, List<Diagnostic> diagnostics) {
        }
        List<String> quoteIds = List.copyOf(renderings.keySet());
        List<Compared> byQuote = EveryCore.map(quoteIds, quoteId -> {
            Diagnostics found = new Diagnostics();
            List<Rendering> list = renderings.get(quoteId).stream()
                    .map(rendering -> compared(model, rendering, found))
                    .sorted(byPublication)
                    .toList();
            return new Compared(list, found.sorted());
        });
        for (int i = 0; i < quoteIds.size(); i++) {
            renderings.put(quoteIds.get(i), byQuote.get(i).renderings());
            byQuote.get(i).diagnostics().forEach(diagnostics::add);
        }
        lastDiffs = diffs;
        diffs = new ConcurrentHashMap<>();
        lastWorld = world;
        lastResolved = resolvedNow;
        SourceAnalysis sources = new SourceAnalysis(model, incoming);
        // The chains and the corroboration read the same finished graph, and not each other.
        ForkJoinTask<SortedMap<EntityKey, Corroboration>> corroboration = ForkJoinTask.adapt(sources::corroboration).fork();
        SortedMap<String, SourceChain> chains = sources.chains(renderings);
        DossierGraph graph = new DossierGraph(model, bodies, outgoing, incoming, renderings, chains,
                corroboration.join());
        lastGraph = diagnostics.hasErrors() ? null : graph;
        return graph;
    }

    /** How many times {@link #build} built a graph, rather than giving the one before it again. */
    public int graphsBuilt() {
        return built;
    }

    /**
     * For serve: the last graph, with the model as it is now, when at most one entity changed and
     * in nothing the graph reads: its references and links resolve as before, its body is the very
     * same, and so is what the source chains, corroboration and renderings read of it beyond
     * those (an article's outlet, sources and date, an outlet's parent group and owner). A title,
     * a summary or a person's roles, say. Empty when anything more changed.
     */
    private Optional<DossierGraph> sameAsLast(ContentModel model, Map<EntityKey, ParsedBody> bodies, World world,
                                              Diagnostics diagnostics) {
        DossierGraph last = lastGraph;
        if (last == null || !lastWorld.same(world) || bodies.size() != last.bodies().size()) {
            return Optional.empty();
        }
        Entity changed = null;
        boolean sameBodies = bodies == last.bodies();
        for (Kind kind : Kind.values()) {
            // The same ids as the last model's, in the same order (the same world): side by side.
            Iterator<Entity> before = last.model().all(kind).iterator();
            for (Entity entity : model.all(kind)) {
                Entity was = before.next();
                if (!sameBodies) {
                    EntityKey key = EntityKey.of(entity);
                    if (bodies.get(key) != last.bodies().get(key)) {
                        return Optional.empty();
                    }
                }
                // An equal entity made again: the file of a body serve patched into the graph.
                if (was != entity && !entity.equals(was)) {
                    if (changed != null) {
                        return Optional.empty();
                    }
                    changed = entity;
                }
            }
        }
        Map<EntityKey, Resolved> resolved = lastResolved;
        if (changed != null) {
            EntityKey key = EntityKey.of(changed);
            Resolved before = resolved.get(key);
            if (before == null || !readsTheSame(before.entity(), changed)) {
                return Optional.empty();
            }
            Resolved now = resolve(model, bodies, changed, bodies.get(key), world.unlinked());
            if (!now.mentions().equals(before.mentions()) || !now.renderings().equals(before.renderings())
                    || !now.diagnostics().equals(before.diagnostics())) {
                return Optional.empty();
            }
            resolved.put(key, now); // the builder's own map, as withBody patches it
        }
        resolved.values().forEach(each -> each.diagnostics().forEach(diagnostics::add));
        lastResolved = resolved;
        lastGraph = DossierGraph.sharing(model, bodies, last.outgoing(), last.incoming(), last.renderings(),
                last.chains(), last.corroboration());
        return Optional.of(lastGraph);
    }

    /** Whether what the graph reads of an entity, beyond its references and body, is the same. */
    private static boolean readsTheSame(Entity before, Entity now) {
        if (before instanceof Article was && now instanceof Article is) {
            return was.outlet().equals(is.outlet()) && was.via().equals(is.via()) && was.published().equals(is.published());
        }
        if (before instanceof Outlet was && now instanceof Outlet is) {
            return was.parent().equals(is.parent()) && was.owner().equals(is.owner());
        }
        // A quote's text is compared with every rendering, and sought in every article.
        return before.getClass() == now.getClass() && !(now instanceof Quote);
    }

    /**
     * For serve: the graph with one entity's body replaced by one that links to the same entities
     * and anchors in the same order, has the same anchors and quotes the same passages, and so
     * differs only in the words of its links, their context sentences and their positions. Its
     * mentions, the mentions of what it links to, and its renderings of quotes are made again;
     * chains and corroboration depend on none of that. Empty when the body differs in more, or
     * a rendering would now be too far from its quote: then build the whole graph.
     */
    public Optional<DossierGraph> withBody(DossierGraph graph, EntityKey key, ParsedBody body) {
        ParsedBody old = graph.bodies().get(key);
        Optional<Entity> entity = graph.entity(key);
        if (old == null || entity.isEmpty() || old.links().size() != body.links().size()
                || !old.anchorNames().equals(body.anchorNames()) || !old.quotedPassages().equals(body.quotedPassages())) {
            return Optional.empty();
        }
        for (int i = 0; i < body.links().size(); i++) {
            TypedLink was = old.links().get(i);
            TypedLink is = body.links().get(i);
            if (was.kind() != is.kind() || !was.id().equals(is.id()) || !was.fragment().equals(is.fragment())) {
                return Optional.empty();
            }
        }
        // In a good build every link resolved: the body's mentions are its links, in order, after
        // the metadata's.
        List<Mention> before = graph.mentionsBy(key);
        int metadata = before.size() - body.links().size();
        if (metadata < 0 || before.subList(metadata, before.size()).stream().anyMatch(m -> !m.inBody())) {
            return Optional.empty();
        }
        List<Mention> mentions = new ArrayList<>(before.subList(0, metadata));
        Map<Mention, Mention> replaced = new IdentityHashMap<>();
        for (int i = 0; i < body.links().size(); i++) {
            TypedLink link = body.links().get(i);
            Mention now = new Mention(key, new EntityKey(link.kind(), link.id()), Mention.BODY, link.fragment(), link.text(),
                    link.context(), link.position());
            replaced.put(before.get(metadata + i), now);
            mentions.add(now);
        }
        TreeMap<EntityKey, List<Mention>> outgoing = new TreeMap<>(graph.outgoing());
        outgoing.put(key, List.copyOf(mentions));
        TreeMap<EntityKey, List<Mention>> incoming = new TreeMap<>(graph.incoming());
        for (Mention now : replaced.values()) {
            if (!now.to().equals(key)) {
                incoming.computeIfPresent(now.to(), (to, list) -> {
                    List<Mention> changed = new ArrayList<>(list.size());
                    list.forEach(m -> changed.add(replaced.getOrDefault(m, m)));
                    changed.sort(IN_SOURCE_ORDER);
                    return List.copyOf(changed);
                });
            }
        }
        TreeMap<String, List<Rendering>> renderings = new TreeMap<>(graph.renderings());
        if (key.kind() == Kind.ARTICLE) {
            Map<String, List<Rendering>> found = new java.util.LinkedHashMap<>();
            for (TypedLink link : body.links()) {
                if (link.isQuoteRendering()) {
                    addRendering(found.computeIfAbsent(link.id(), id -> new ArrayList<>()),
                            new Rendering(link.id(), key.id(), link.text(), link.position(), null));
                }
            }
            Diagnostics problems = new Diagnostics();
            for (Map.Entry<String, List<Rendering>> quote : found.entrySet()) {
                Rendering now = compared(graph.model(), quote.getValue().get(0), problems);
                renderings.computeIfPresent(quote.getKey(), (id, list) -> list.stream()
                        .map(r -> r.articleId().equals(key.id()) ? now : r).toList());
            }
            if (problems.hasErrors()) {
                return Optional.empty();
            }
        }
        Map<EntityKey, ParsedBody> bodies = new HashMap<>(graph.bodies());
        bodies.put(key, body);
        // The chains and corroboration are the last graph's, and so seen at once to be unchanged.
        DossierGraph patched = DossierGraph.sharing(graph.model(), bodies, DossierGraph.frozen(outgoing),
                DossierGraph.frozen(incoming), DossierGraph.frozen(renderings), graph.chains(), graph.corroboration());
        if (graph == lastGraph) {
            // The next build compares with the patched graph, as with one it built: an edit to a
            // title after one to a body then keeps the graph instead of building it (0.2 s at
            // 10,000 articles).
            Resolved now = resolve(graph.model(), bodies, entity.get(), body,
                    unlinkedRenderingFinder(List.copyOf(graph.model().all(Quote.class, Kind.QUOTE))));
            if (now.mentions().equals(outgoing.get(key))) {
                lastResolved.put(key, now);
                lastGraph = patched;
            }
        }
        return Optional.of(patched);
    }

    /** One entity's references and links, resolved against the model. */
    private static Resolved resolve(ContentModel model, Map<EntityKey, ParsedBody> bodies, Entity entity, ParsedBody body,
                                    UnlinkedRenderingFinder unlinked) {
        EntityKey from = EntityKey.of(entity);
        Diagnostics found = new Diagnostics();
        List<Mention> mentions = new ArrayList<>();
        List<Rendering> renderings = new ArrayList<>();
        Map<EntityKey, ParsedBody> anchored = new HashMap<>();
        metadataMentions(model, entity, from, found, mentions);
        if (body != null) {
            for (TypedLink link : body.links()) {
                if (!link.fragment().isEmpty()) {
                    EntityKey to = new EntityKey(link.kind(), link.id());
                    anchored.put(to, bodies.get(to));
                }
                resolveLink(model, bodies, from, link, found).ifPresent(mention -> {
                    mentions.add(mention);
                    if (link.isQuoteRendering() && entity.kind() == Kind.ARTICLE) {
                        renderings.add(new Rendering(link.id(), entity.id(), link.text(), link.position(), null));
                    }
                });
            }
            if (entity.kind() == Kind.ARTICLE) {
                reportUnlinkedRenderings(body, unlinked, found);
            }
        }
        return new Resolved(entity, body, anchored, List.copyOf(mentions), List.copyOf(renderings), found.sorted());
    }

    private UnlinkedRenderingFinder unlinkedRenderingFinder(List<Quote> quotes) {
        boolean same = unlinked != null && quotes.size() == indexedQuotes.size();
        for (int i = 0; same && i < quotes.size(); i++) {
            same = quotes.get(i) == indexedQuotes.get(i);
        }
        if (!same) {
            unlinked = new UnlinkedRenderingFinder(quotes, differ);
            indexedQuotes = quotes;
        }
        return unlinked;
    }

    private static void reportUnlinkedRenderings(ParsedBody body, UnlinkedRenderingFinder finder, Diagnostics diagnostics) {
        for (dossier.markdown.QuotedPassage passage : body.quotedPassages()) {
            finder.find(passage.text()).ifPresent(quote -> {
                Position at = passage.position();
                diagnostics.warning(at.path(), at.line(), at.column(),
                        "this quotation renders quote '" + quote.id() + "' but is not linked to it",
                        "link the quoted words: [" + abbreviate(passage.text()) + "](quote:" + quote.id() + ")");
            });
        }
    }

    private static String abbreviate(String text) {
        String[] words = text.split("\\s+");
        return words.length <= 6 ? text : String.join(" ", java.util.Arrays.asList(words).subList(0, 6)) + " …";
    }

    /**
     * The rendering with its differences from the quote's reference text. Linked words that
     * share too few words with the quote are not a rendering of it, but most likely a link to
     * the wrong quote: an error at the link.
     */
    private Rendering compared(ContentModel model, Rendering rendering, Diagnostics diagnostics) {
        String reference = model.find(Kind.QUOTE, rendering.quoteId()).map(q -> ((Quote) q).text()).orElse("");
        List<String> texts = List.of(reference, rendering.text());
        WordDiff diff = lastDiffs.get(texts);
        if (diff == null) {
            diff = differ.compare(reference, rendering.text());
        }
        diffs.put(texts, diff);
        if (!reference.isEmpty() && diff.coverage() < MIN_COVERAGE) {
            Position at = rendering.position();
            diagnostics.error(at.path(), at.line(), at.column(), "the words linked to quote '" + rendering.quoteId()
                            + "' are far from its text (" + Math.round(diff.coverage() * 100) + "% of them found in it)",
                    "link the words that render this quote, or link another quote");
        }
        return new Rendering(rendering.quoteId(), rendering.articleId(), rendering.text(), rendering.position(), diff);
    }

    /**
     * An article that quotes a statement in fragments ("…," she said. "…") renders it once: the
     * fragments are joined in reading order, at the position of the first.
     */
    private static void addRendering(List<Rendering> renderings, Rendering next) {
        int last = renderings.size() - 1;
        if (last >= 0 && renderings.get(last).articleId().equals(next.articleId())) {
            Rendering first = renderings.get(last);
            renderings.set(last, new Rendering(first.quoteId(), first.articleId(),
                    first.text() + " … " + next.text(), first.position(), null));
        } else {
            renderings.add(next);
        }
    }

    private static void metadataMentions(ContentModel model, Entity entity, EntityKey from, Diagnostics diagnostics,
                                         List<Mention> into) {
        for (Reference reference : entity.references()) {
            if (reference.id().isEmpty()) {
                continue; // a missing required field, already reported by the model stage
            }
            Optional<Kind> found = reference.kinds().stream().filter(k -> model.exists(k, reference.id())).findFirst();
            if (found.isEmpty()) {
                reportUnknown(model, reference.kinds(), reference.id(), reference.position(), diagnostics);
                continue;
            }
            EntityKey to = new EntityKey(found.get(), reference.id());
            if (to.equals(from)) {
                Position at = reference.position();
                diagnostics.error(at.path(), at.line(), at.column(),
                        "'" + reference.id() + "' refers to itself", "name another " + found.get().prefix());
                continue;
            }
            into.add(new Mention(from, to, reference.field(), "", "", Excerpt.NONE, reference.position()));
        }
    }

    private static Optional<Mention> resolveLink(ContentModel model, Map<EntityKey, ParsedBody> bodies, EntityKey from,
                                                 TypedLink link, Diagnostics diagnostics) {
        Position at = link.position();
        if (!model.exists(link.kind(), link.id())) {
            reportUnknown(model, List.of(link.kind()), link.id(), at, diagnostics);
            return Optional.empty();
        }
        EntityKey to = new EntityKey(link.kind(), link.id());
        if (!link.fragment().isEmpty()) {
            ParsedBody target = bodies.get(to);
            if (target != null && !target.anchorNames().contains(link.fragment())) {
                diagnostics.error(at.path(), at.line(), at.column(),
                        "'" + to + "' has no anchor '#" + link.fragment() + "'",
                        anchorHint(link.fragment(), target));
                return Optional.empty();
            }
        }
        return Optional.of(new Mention(from, to, Mention.BODY, link.fragment(), link.text(), link.context(), at));
    }

    private static String anchorHint(String fragment, ParsedBody target) {
        String nearest = NearestName.didYouMean(fragment, target.anchorNames());
        return nearest.isEmpty() ? "paragraphs are numbered #p1, #p2, …; headings use their text" : nearest;
    }

    private static void reportUnknown(ContentModel model, List<Kind> kinds, String id, Position at, Diagnostics diagnostics) {
        List<String> known = new ArrayList<>();
        for (Kind kind : kinds) {
            known.addAll(model.entities().get(kind).keySet());
        }
        String what = String.join(" or ", kinds.stream().map(Kind::prefix).toList());
        for (Kind kind : kinds) {
            if (model.drafts().contains(ContentModel.key(kind, id))) {
                diagnostics.error(at.path(), at.line(), at.column(), "the " + kind.prefix() + " '" + id + "' is a draft",
                        "publish it (remove 'draft: true'), or build with --drafts");
                return;
            }
        }
        String hint = NearestName.didYouMean(id, known);
        if (hint.isEmpty()) {
            hint = "create content/" + kinds.get(0).folder() + "/" + id + ".md, or check the spelling";
        }
        diagnostics.error(at.path(), at.line(), at.column(), "unknown " + what + " '" + id + "'", hint);
    }
}
