package dossier.render;

import dossier.graph.DossierGraph;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What differs between two builds' graphs and rendered bodies, as {@link Fact facts}: the pages
 * that read none of them are as they were. Finding them compares every entity and every list
 * the graph keeps: some tens of milliseconds at 10,000 articles, where building every page
 * model took seconds. Kept entities and mention lists are the same objects, and compare at once.
 */
final class ChangedFacts {
    private final Set<Fact> facts;
    private final Set<Fact.Aspect> aspects = EnumSet.noneOf(Fact.Aspect.class);
    // What a page that reads every entity's facts of a changed aspect has read.
    private final List<Fact> everyOfChanged;

    private ChangedFacts(Set<Fact> facts) {
        this.facts = Set.copyOf(facts);
        facts.forEach(fact -> aspects.add(fact.aspect()));
        this.everyOfChanged = aspects.stream().map(Fact::everyOf).toList();
    }

    /** These facts changed, and nothing else. */
    static ChangedFacts of(Fact... facts) {
        return new ChangedFacts(Set.of(facts));
    }

    /**
     * The facts that differ; empty when the two differ in what every page reads (the settings) or
     * in what decides whether a link resolves at all (files that could not be read, drafts).
     */
    static Optional<ChangedFacts> between(DossierGraph before, Map<EntityKey, RenderedBody> bodiesBefore,
                                          DossierGraph after, Map<EntityKey, RenderedBody> bodiesAfter) {
        ContentModel was = before.model();
        ContentModel is = after.model();
        if (!was.settings().equals(is.settings()) || !was.unreadable().equals(is.unreadable())
                || !was.drafts().equals(is.drafts())) {
            return Optional.empty();
        }
        Set<Fact> facts = new HashSet<>();
        for (Kind kind : Kind.values()) {
            SortedMap<String, Entity> old = was.entities().get(kind);
            SortedMap<String, Entity> now = is.entities().get(kind);
            int changed = facts.size();
            compare(old, now, id -> new Fact(Fact.Aspect.ENTITY, new EntityKey(kind, id)), facts);
            if (facts.size() != changed) {
                facts.add(Fact.members(kind));
            }
        }
        compare(before.incoming(), after.incoming(), key -> new Fact(Fact.Aspect.INCOMING, key), facts);
        compare(before.outgoing(), after.outgoing(), key -> new Fact(Fact.Aspect.OUTGOING, key), facts);
        compare(before.renderings(), after.renderings(),
                id -> new Fact(Fact.Aspect.RENDERINGS, new EntityKey(Kind.QUOTE, id)), facts);
        compare(before.chains(), after.chains(),
                id -> new Fact(Fact.Aspect.CHAIN, new EntityKey(Kind.ARTICLE, id)), facts);
        compare(before.corroboration(), after.corroboration(), key -> new Fact(Fact.Aspect.CORROBORATION, key), facts);
        compare(bodiesBefore, bodiesAfter, key -> new Fact(Fact.Aspect.BODY, key), facts);
        return Optional.of(new ChangedFacts(facts));
    }

    /** Whether a page that read these facts may now be different. */
    boolean touch(Set<Fact> read) {
        for (Fact every : everyOfChanged) {
            if (read.contains(every)) {
                return true;
            }
        }
        // Loops, not streams: serve asks this of each of 10,000 items of a long list after an edit.
        Set<Fact> fewer = facts.size() < read.size() ? facts : read;
        Set<Fact> more = fewer == facts ? read : facts;
        for (Fact fact : fewer) {
            if (more.contains(fact)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each fact a page may have read that makes it touched: each fact that changed, and every
     * entity's facts of each aspect that changed in one.
     */
    void forEachAsked(Consumer<Fact> action) {
        facts.forEach(action);
        everyOfChanged.forEach(action);
    }

    boolean contains(Fact fact) {
        return facts.contains(fact);
    }

    /** The entities whose facts of this aspect changed. */
    List<EntityKey> keys(Fact.Aspect aspect) {
        List<EntityKey> keys = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact.aspect() == aspect) {
                keys.add(fact.key());
            }
        }
        return keys;
    }

    /** Whether any fact of this aspect changed. */
    boolean any(Fact.Aspect aspect) {
        return aspects.contains(aspect);
    }

    int size() {
        return facts.size();
    }

    private static <K, V> void compare(Map<K, V> before, Map<K, V> after, Function<K, Fact> fact, Set<Fact> out) {
        if (before == after) {
            return;
        }
        if (before instanceof SortedMap<K, V> was && after instanceof SortedMap<K, V> is
                && was.comparator() == null && is.comparator() == null) {
            compareSorted(was, is, fact, out);
            return;
        }
        for (Map.Entry<K, V> entry : before.entrySet()) {
            V now = after.get(entry.getKey());
            if (now == null || !Objects.equals(entry.getValue(), now)) {
                out.add(fact.apply(entry.getKey()));
            }
        }
        for (K key : after.keySet()) {
            if (!before.containsKey(key)) {
                out.add(fact.apply(key));
            }
        }
    }

    /** The same, walking two maps of one order side by side rather than looking each key up. */
    @SuppressWarnings("unchecked")
    private static <K, V> void compareSorted(SortedMap<K, V> before, SortedMap<K, V> after, Function<K, Fact> fact,
                                             Set<Fact> out) {
        Iterator<Map.Entry<K, V>> was = before.entrySet().iterator();
        Iterator<Map.Entry<K, V>> is = after.entrySet().iterator();
        Map.Entry<K, V> a = was.hasNext() ? was.next() : null;
        Map.Entry<K, V> b = is.hasNext() ? is.next() : null;
        while (a != null || b != null) {
            int order = a == null ? 1 : b == null ? -1 : ((Comparable<K>) a.getKey()).compareTo(b.getKey());
            if (order < 0) {
                out.add(fact.apply(a.getKey()));
                a = was.hasNext() ? was.next() : null;
            } else if (order > 0) {
                out.add(fact.apply(b.getKey()));
                b = is.hasNext() ? is.next() : null;
            } else {
                if (!Objects.equals(a.getValue(), b.getValue())) {
                    out.add(fact.apply(a.getKey()));
                }
                a = was.hasNext() ? was.next() : null;
                b = is.hasNext() ? is.next() : null;
            }
        }
    }
}
