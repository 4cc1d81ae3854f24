package dossier.graph;

import dossier.model.Article;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.Outlet;
import dossier.model.Quote;
import dossier.model.Reference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Follows the {@code via} and ownership links of a resolved dossier: every article's source
 * chains, and the corroboration of every quote and event. Linear in the number of references;
 * chains through articles are followed once per article and stop at a cycle.
 */
final class SourceAnalysis {
    private final ContentModel model;
    private final Map<EntityKey, List<Mention>> incoming;

    SourceAnalysis(ContentModel model, Map<EntityKey, List<Mention>> incoming) {
        this.model = model;
        this.incoming = incoming;
    }

    SortedMap<String, SourceChain> chains(SortedMap<String, List<Rendering>> renderings) {
        Map<String, Set<EntityKey>> speakersByArticle = new TreeMap<>();
        for (List<Rendering> list : renderings.values()) {
            for (Rendering rendering : list) {
                model.find(Kind.QUOTE, rendering.quoteId()).map(Quote.class::cast).ifPresent(quote ->
                        quote.speaker().map(s -> new EntityKey(Kind.PERSON, s.id()))
                                .or(() -> quote.document().map(d -> new EntityKey(Kind.EVENT, d.id())))
                                .ifPresent(speaker -> speakersByArticle
                                        .computeIfAbsent(rendering.articleId(), id -> new LinkedHashSet<>()).add(speaker)));
            }
        }
        SortedMap<String, SourceChain> chains = new TreeMap<>();
        for (Article article : model.all(Article.class, Kind.ARTICLE)) {
            List<List<EntityKey>> paths = new ArrayList<>();
            follow(article, new ArrayList<>(), new TreeSet<>(), paths);
            chains.put(article.id(), new SourceChain(paths,
                    List.copyOf(speakersByArticle.getOrDefault(article.id(), Set.of()))));
        }
        return chains;
    }

    /** Extends {@code path} through the article's outlet and each of its via entries. */
    private void follow(Article article, List<EntityKey> path, Set<String> seen, List<List<EntityKey>> into) {
        List<EntityKey> here = new ArrayList<>(path);
        if (!seen.add(article.id())) {
            into.add(here); // a cycle of articles relying on each other: stop where it closes
            return;
        }
        EntityKey outlet = new EntityKey(Kind.OUTLET, article.outlet().id());
        if (here.isEmpty() || !here.get(here.size() - 1).equals(outlet)) {
            here.add(outlet);
        }
        List<Entity> via = article.via().stream().map(model::resolve).flatMap(Optional::stream).toList();
        if (via.isEmpty()) {
            into.add(here);
            return;
        }
        for (Entity source : via) {
            List<EntityKey> next = new ArrayList<>(here);
            next.add(EntityKey.of(source));
            if (source instanceof Article relied) {
                follow(relied, next, new TreeSet<>(seen), into);
            } else {
                into.add(next);
            }
        }
    }

    /** Corroboration of every quote and event that an article renders or mentions. */
    SortedMap<EntityKey, Corroboration> corroboration() {
        SortedMap<EntityKey, Corroboration> out = new TreeMap<>();
        for (Kind kind : List.of(Kind.QUOTE, Kind.EVENT)) {
            for (var entity : model.all(kind)) {
                EntityKey key = EntityKey.of(entity);
                Set<EntityKey> articles = new TreeSet<>();
                for (Mention mention : incoming.getOrDefault(key, List.of())) {
                    if (mention.from().kind() == Kind.ARTICLE) {
                        articles.add(mention.from());
                    }
                }
                Set<String> outlets = new TreeSet<>();
                Set<String> sources = new TreeSet<>();
                for (EntityKey articleKey : articles) {
                    model.find(Kind.ARTICLE, articleKey.id()).map(Article.class::cast).ifPresent(article -> {
                        outlets.add(article.outlet().id());
                        for (Reference reference : article.via()) {
                            // An article relied on counts as its outlet.
                            model.resolve(reference).ifPresent(source -> sources.add(
                                    source instanceof Article relied ? relied.outlet().id() : source.id()));
                        }
                    });
                }
                out.put(key, new Corroboration(List.copyOf(articles), List.copyOf(outlets), owners(outlets),
                        List.copyOf(sources), owners(sources)));
            }
        }
        return out;
    }

    /** Distinct owners: an outlet's top group if it has one, else its owner, else itself. */
    private int owners(Set<String> outletIds) {
        Set<String> owners = new TreeSet<>();
        for (String id : outletIds) {
            owners.add(ownerKey(id, new TreeSet<>()));
        }
        return owners.size();
    }

    private String ownerKey(String outletId, Set<String> seen) {
        Optional<Outlet> outlet = model.find(Kind.OUTLET, outletId).map(Outlet.class::cast);
        if (outlet.isEmpty() || !seen.add(outletId)) {
            return "outlet:" + outletId;
        }
        Optional<Reference> parent = outlet.get().parent().filter(p -> model.find(Kind.OUTLET, p.id()).isPresent());
        if (parent.isPresent()) {
            return ownerKey(parent.get().id(), seen);
        }
        String owner = outlet.get().owner().strip().toLowerCase(Locale.ROOT);
        return owner.isEmpty() ? "outlet:" + outletId : "owner:" + owner;
    }
}
