package dossier.render;

import dossier.graph.Corroboration;
import dossier.graph.DossierGraph;
import dossier.graph.Mention;
import dossier.graph.Rendering;
import dossier.graph.SourceChain;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.Reference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The graph and rendered bodies as one page model reads them, noting each {@link Fact} it reads.
 * One reader a page: the facts are that page's, and serve renders the page again only when one
 * of them changed. A reader that does not record (a build without serve) notes nothing.
 */
final class GraphReader {
    private final DossierGraph graph;
    private final Map<EntityKey, RenderedBody> bodies;
    // The facts the page read itself, and each list item's as its own set; null when not recording.
    private final Set<Fact> page;
    private final List<Set<Fact>> items;
    // Where what is read now is noted: the page's own facts, or one list item's while it is made.
    private Set<Fact> read;

    GraphReader(DossierGraph graph, Map<EntityKey, RenderedBody> bodies, boolean recording) {
        this.graph = graph;
        this.bodies = bodies;
        this.page = recording ? new HashSet<>() : null;
        this.items = recording ? new ArrayList<>() : null;
        this.read = page;
    }

    /** What this reader has read so far; none when it does not record. */
    PageReads facts() {
        return page == null ? PageReads.NONE : new PageReads(page, items);
    }

    /** Whether this reader notes what it reads. */
    boolean recording() {
        return read != null;
    }

    /**
     * Makes something, noting what it reads for the page as any read is, and returns the facts it
     * read beside it (none when this reader does not record).
     */
    <T> ListItems.Made noting(Supplier<T> make) {
        if (read == null) {
            return new ListItems.Made(make.get(), Set.of());
        }
        Set<Fact> outer = read;
        Set<Fact> own = new HashSet<>();
        read = own;
        ListItems.Made made = null;
        try {
            made = new ListItems.Made(make.get(), own);
            return made;
        } finally {
            read = outer;
            noted(made == null ? own : made.reads());
        }
    }

    /**
     * Notes facts read earlier by something made again now from the same facts: one list item's
     * own set, which the page keeps as it is, or which an item being made takes into its own.
     */
    void noted(Set<Fact> facts) {
        if (read == page && page != null) {
            items.add(facts);
        } else if (read != null) {
            read.addAll(facts);
        }
    }

    private void note(Fact.Aspect aspect, EntityKey key) {
        if (read != null) {
            read.add(new Fact(aspect, key));
        }
    }

    /** Notes an entity that the page model got other than from this reader, and returns it. */
    <T extends Entity> T read(T entity) {
        note(Fact.Aspect.ENTITY, EntityKey.of(entity));
        return entity;
    }

    /** Notes entities that the page model got other than from this reader, and returns them. */
    <T extends Entity> List<T> read(List<T> entities) {
        entities.forEach(this::read);
        return entities;
    }

    Optional<Entity> entity(EntityKey key) {
        note(Fact.Aspect.ENTITY, key);
        return graph.entity(key);
    }

    Optional<Entity> find(Kind kind, String id) {
        return entity(new EntityKey(kind, id));
    }

    /** The entity a reference names; it reads every kind the reference may name, as resolving does. */
    Optional<Entity> resolve(Reference reference) {
        if (read != null) {
            for (Kind kind : reference.kinds()) {
                note(Fact.Aspect.ENTITY, new EntityKey(kind, reference.id()));
            }
        }
        return graph.model().resolve(reference);
    }

    Collection<Entity> all(Kind kind) {
        return all(Entity.class, kind);
    }

    <T extends Entity> Collection<T> all(Class<T> type, Kind kind) {
        if (read != null) {
            read.add(Fact.members(kind));
        }
        return graph.model().all(type, kind);
    }

    List<Mention> mentionsOf(EntityKey key) {
        note(Fact.Aspect.INCOMING, key);
        return graph.mentionsOf(key);
    }

    List<Mention> mentionsBy(EntityKey key) {
        note(Fact.Aspect.OUTGOING, key);
        return graph.mentionsBy(key);
    }

    List<Rendering> renderingsOf(String quoteId) {
        note(Fact.Aspect.RENDERINGS, new EntityKey(Kind.QUOTE, quoteId));
        return graph.renderingsOf(quoteId);
    }

    Optional<SourceChain> chainOf(String articleId) {
        note(Fact.Aspect.CHAIN, new EntityKey(Kind.ARTICLE, articleId));
        return graph.chainOf(articleId);
    }

    Optional<Corroboration> corroborationOf(EntityKey key) {
        note(Fact.Aspect.CORROBORATION, key);
        return graph.corroborationOf(key);
    }

    /** The body of an entity as rendered, or null when it has none. */
    RenderedBody body(EntityKey key) {
        note(Fact.Aspect.BODY, key);
        return bodies.get(key);
    }

    /** Every article's source chains, by article id. */
    SortedMap<String, SourceChain> chains() {
        if (read != null) {
            read.add(Fact.everyOf(Fact.Aspect.CHAIN));
        }
        return graph.chains();
    }
}
