package dossier.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@link Fact facts} one page model read: those it read itself, and each list item's as the
 * item's own set, the same set the item is kept with between builds ({@link ListItems}). A page
 * that lists every article reads some 50,000 facts, nearly all through its items; after an edit
 * to one title it takes 9,999 of them as they were. Kept apart, a kept item adds its set to the
 * page's as one reference, and two builds' reads compare item by item, mostly as the same
 * objects, where one set of every fact was filled and compared fact by fact on every edit.
 *
 * <p>Immutable. Two are equal when they hold the same facts, however they came by them.
 */
final class PageReads {
    static final PageReads NONE = new PageReads(Set.of(), List.of());

    private final Set<Fact> own;
    private final List<Set<Fact>> items;
    // Every fact in one set, made when first asked for: a page read again with the same facts keeps
    // its last reads, and with them this set, from edit to edit.
    private volatile Set<Fact> all;

    /** @param own   the facts the page read itself
     *  @param items each list item's facts */
    PageReads(Set<Fact> own, List<Set<Fact>> items) {
        this.own = Set.copyOf(own);
        this.items = List.copyOf(items);
    }

    static PageReads of(Set<Fact> facts) {
        return new PageReads(facts, List.of());
    }

    /** How many facts, counting a fact each item read once for each; at least the number of distinct facts. */
    int size() {
        int size = own.size();
        for (Set<Fact> item : items) {
            size += item.size();
        }
        return size;
    }

    /** Each fact, once for the page itself and once for each item that read it. */
    void forEach(Consumer<Fact> action) {
        own.forEach(action);
        for (Set<Fact> item : items) {
            item.forEach(action);
        }
    }

    boolean contains(Fact fact) {
        return all().contains(fact);
    }

    /** Every fact, once. */
    Set<Fact> all() {
        Set<Fact> facts = all;
        if (facts == null) {
            if (items.isEmpty()) {
                facts = own;
            } else {
                Set<Fact> every = new HashSet<>(own);
                items.forEach(every::addAll);
                facts = Set.copyOf(every);
            }
            all = facts;
        }
        return facts;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof PageReads reads)) {
            return false;
        }
        return sameParts(reads) || all().equals(reads.all());
    }

    /** Whether the two read the same facts themselves and through the same items, in one order. */
    private boolean sameParts(PageReads other) {
        if (!own.equals(other.own) || items.size() != other.items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            Set<Fact> mine = items.get(i);
            Set<Fact> theirs = other.items.get(i);
            if (mine != theirs && !mine.equals(theirs)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return all().hashCode();
    }

    @Override
    public String toString() {
        return all().toString();
    }
}
