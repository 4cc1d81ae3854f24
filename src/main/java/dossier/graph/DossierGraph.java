package dossier.graph;

import dossier.markdown.ParsedBody;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dossier with every reference resolved: what each entity points at (in the order written),
 * what points at it, each quote's renderings, each article's source chains, and how widely each
 * quote and event is carried. Everything the render stage shows about links
 * comes from here, computed once.
 */
public final class DossierGraph {
    // A class rather than a record only to share maps: a record copies every map of a graph it is
    // given, and serve's graphs after an edit are mostly the last graph's maps. Copied, each of
    // 10,000 entries, they were also compared entry by entry to find what the edit changed.
    private final ContentModel model;
    private final Map<EntityKey, ParsedBody> bodies;
    private final SortedMap<EntityKey, List<Mention>> outgoing;
    private final SortedMap<EntityKey, List<Mention>> incoming;
    private final SortedMap<String, List<Rendering>> renderings;
    private final SortedMap<String, SourceChain> chains;
    private final SortedMap<EntityKey, Corroboration> corroboration;

    /** A graph of copies of these maps. */
    public DossierGraph(ContentModel model, Map<EntityKey, ParsedBody> bodies,
                        SortedMap<EntityKey, List<Mention>> outgoing, SortedMap<EntityKey, List<Mention>> incoming,
                        SortedMap<String, List<Rendering>> renderings, SortedMap<String, SourceChain> chains,
                        SortedMap<EntityKey, Corroboration> corroboration) {
        this(model, Map.copyOf(bodies), frozen(new TreeMap<>(outgoing)), frozen(new TreeMap<>(incoming)),
                frozen(new TreeMap<>(renderings)), frozen(new TreeMap<>(chains)), frozen(new TreeMap<>(corroboration)),
                true);
    }

    private DossierGraph(ContentModel model, Map<EntityKey, ParsedBody> bodies,
                         SortedMap<EntityKey, List<Mention>> outgoing, SortedMap<EntityKey, List<Mention>> incoming,
                         SortedMap<String, List<Rendering>> renderings, SortedMap<String, SourceChain> chains,
                         SortedMap<EntityKey, Corroboration> corroboration, boolean asGiven) {
        // asGiven only tells this constructor from the public one, which copies.
        this.model = Objects.requireNonNull(model);
        this.bodies = bodies;
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.renderings = renderings;
        this.chains = chains;
        this.corroboration = corroboration;
    }

    /**
     * For the graph builder: a graph of these maps as they are, each either another graph's or
     * {@link #frozen} from one made for this graph alone, which nothing changes afterwards.
     */
    static DossierGraph sharing(ContentModel model, Map<EntityKey, ParsedBody> bodies,
                                SortedMap<EntityKey, List<Mention>> outgoing, SortedMap<EntityKey, List<Mention>> incoming,
                                SortedMap<String, List<Rendering>> renderings, SortedMap<String, SourceChain> chains,
                                SortedMap<EntityKey, Corroboration> corroboration) {
        return new DossierGraph(model, Map.copyOf(bodies), outgoing, incoming, renderings, chains, corroboration, true);
    }

    /** A map made for one graph alone, which no one may change from now on, as a graph holds it. */
    static <K, V> SortedMap<K, V> frozen(TreeMap<K, V> map) {
        return Collections.unmodifiableSortedMap(map);
    }

    public ContentModel model() {
        return model;
    }

    /** Each entity's parsed body. */
    public Map<EntityKey, ParsedBody> bodies() {
        return bodies;
    }

    /** What each entity points at, in the order written. */
    public SortedMap<EntityKey, List<Mention>> outgoing() {
        return outgoing;
    }

    /** What points at each entity. */
    public SortedMap<EntityKey, List<Mention>> incoming() {
        return incoming;
    }

    /** Each quote's renderings, by quote id. */
    public SortedMap<String, List<Rendering>> renderings() {
        return renderings;
    }

    /** Each article's source chains, by article id. */
    public SortedMap<String, SourceChain> chains() {
        return chains;
    }

    /** How widely each quote and event is carried. */
    public SortedMap<EntityKey, Corroboration> corroboration() {
        return corroboration;
    }

    public Optional<Entity> entity(EntityKey key) {
        return model.find(key.kind(), key.id());
    }

    public Optional<ParsedBody> body(EntityKey key) {
        return Optional.ofNullable(bodies.get(key));
    }

    public List<Mention> mentionsOf(EntityKey key) {
        return incoming.getOrDefault(key, List.of());
    }

    public List<Mention> mentionsBy(EntityKey key) {
        return outgoing.getOrDefault(key, List.of());
    }

    /** The renderings of a quote in articles, in article order. */
    public List<Rendering> renderingsOf(String quoteId) {
        return renderings.getOrDefault(quoteId, List.of());
    }

    public Optional<SourceChain> chainOf(String articleId) {
        return Optional.ofNullable(chains.get(articleId));
    }

    public Optional<Corroboration> corroborationOf(EntityKey key) {
        return Optional.ofNullable(corroboration.get(key));
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof DossierGraph that && model.equals(that.model)
                && bodies.equals(that.bodies) && outgoing.equals(that.outgoing) && incoming.equals(that.incoming)
                && renderings.equals(that.renderings) && chains.equals(that.chains)
                && corroboration.equals(that.corroboration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, bodies, outgoing, incoming, renderings, chains, corroboration);
    }

    @Override
    public String toString() {
        return "DossierGraph[" + model.entities().values().stream().mapToInt(Map::size).sum() + " entities, "
                + outgoing.size() + " with links]";
    }
}
