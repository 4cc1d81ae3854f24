package dossier.graph;

import dossier.markdown.ParsedBody;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dossier with every reference resolved: what each entity points at (in the order written),
 * what points at it, each quote's renderings, each article's source chains, and how widely each
 * quote and event is carried. Everything the render stage shows about links
 * comes from here, computed once.
 */
public record DossierGraph(
        ContentModel model,
        Map<EntityKey, ParsedBody> bodies,
        SortedMap<EntityKey, List<Mention>> outgoing,
        SortedMap<EntityKey, List<Mention>> incoming,
        SortedMap<String, List<Rendering>> renderings,
        SortedMap<String, SourceChain> chains,
        SortedMap<EntityKey, Corroboration> corroboration) {

    public DossierGraph {
        bodies = Map.copyOf(bodies);
        outgoing = Collections.unmodifiableSortedMap(new TreeMap<>(outgoing));
        incoming = Collections.unmodifiableSortedMap(new TreeMap<>(incoming));
        renderings = Collections.unmodifiableSortedMap(new TreeMap<>(renderings));
        chains = Collections.unmodifiableSortedMap(new TreeMap<>(chains));
        corroboration = Collections.unmodifiableSortedMap(new TreeMap<>(corroboration));
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
}
