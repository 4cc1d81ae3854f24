package dossier.render;

import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The items of serve's long lists (a line of the timeline, an article's chains on the sources
 * page, an entry of an index) kept between builds with the {@link Fact facts} each read: an item
 * that read no fact that changed since is taken as it was instead of made again. An edit to one
 * article's title gives every page that lists all articles a new page model, but changes one
 * item of each; at 10,000 articles making the others again took most of those models' time.
 *
 * <p>Items are kept page by page. A page whose model a build did not make read nothing that
 * changed, and neither did its items, which are part of what it read: they are kept as they are,
 * without being looked at. Safe to use from several threads; each page's model is made by one.
 *
 * <p>It also keeps each long list's last sort, by name, to sort the list again from: at 10,000
 * articles the sorts of every article and every dated entity took about 25 ms of each title edit.
 */
final class ListItems {
    /** An item and the facts it read, which the page that lists it has read too. */
    record Made(Object item, Set<Fact> reads) {
        Made {
            reads = Set.copyOf(reads);
        }
    }

    // Each page's items as its last model made or took them, in the order it asked for them.
    private final Map<String, PageItems> kept = new ConcurrentHashMap<>();
    // The pages whose models this build made, and the items they made or took.
    private final Set<String> pagesMade = ConcurrentHashMap.newKeySet();
    private final Map<String, Listed> made = new ConcurrentHashMap<>();

    /**
     * One page's items as a build made or took them, in the order the page asked for them, each
     * at the place (an entity's key) it stands for. A page asks for its items in the same order
     * from build to build but where an edit moved one, so the next build finds each where the
     * one before it ended: comparing two keys of one entity compares the same id string, where
     * looking every item up by its key hashed 37,000 ids scattered through the heap after a title
     * edit at 10,000 articles, the largest part of serve's work for the long lists
     * (docs/benchmarks.md). Out of order, items are looked up by place, in a map made then.
     */
    private static final class PageItems {
        // How far ahead of where it is expected a place is looked for before the map is made:
        // an item gone from the list moves the rest one place.
        private static final int AHEAD = 4;
        private final Object[] places;
        // Of each place that is an entity's key, its kind and its id; of any other, null and the
        // place. The same entity gives the same id string from build to build, so these arrays,
        // read in order, tell a place found where expected without reading the key itself
        // (37,000 keys spread through the heap, reading them was most of this look up).
        private final Kind[] kinds;
        private final Object[] ids;
        private final Made[] items;
        // Each place's last position, made when first needed by the one thread that makes the page's model.
        private Map<Object, Integer> positions;

        PageItems(List<Object> places, List<Made> items) {
            this.places = places.toArray();
            this.items = items.toArray(new Made[0]);
            this.kinds = new Kind[this.places.length];
            this.ids = new Object[this.places.length];
            for (int at = 0; at < this.places.length; at++) {
                kinds[at] = kindOf(this.places[at]);
                ids[at] = idOf(this.places[at]);
            }
        }

        private static Kind kindOf(Object place) {
            return place instanceof EntityKey key ? key.kind() : null;
        }

        private static Object idOf(Object place) {
            return place instanceof EntityKey key ? key.id() : place;
        }

        int size() {
            return places.length;
        }

        /** Whether this place is the one at this position. */
        boolean isAt(Object place, int at) {
            return ids[at] == idOf(place) && kinds[at] == kindOf(place) || places[at].equals(place);
        }

        /** The position of this place, looked for from {@code expected} on; -1 when the page did not list it. */
        int find(Object place, int expected) {
            for (int at = expected; at < Math.min(expected + AHEAD, places.length); at++) {
                if (isAt(place, at)) {
                    return at;
                }
            }
            if (positions == null) {
                positions = new HashMap<>(places.length * 4 / 3 + 1);
                for (int at = 0; at < places.length; at++) {
                    positions.put(places[at], at);
                }
            }
            Integer at = positions.get(place);
            return at == null ? -1 : at;
        }
    }

    /**
     * One page's items in this build, and where in the last build's items the next is expected.
     * One thread makes a page's model, and {@link #finish} reads it after that thread is done.
     */
    private static final class Listed {
        final PageItems before;
        final List<Object> places;
        final List<Made> items;
        int expected;

        Listed(PageItems before) {
            this.before = before;
            // As many as last time, without growing ten times on the way to 10,000.
            int size = before == null ? 10 : before.size();
            places = new ArrayList<>(size);
            items = new ArrayList<>(size);
        }

        /** Where the last build had this place, looked for where the page's last item was found. */
        int findBefore(Object place) {
            if (before == null) {
                return -1;
            }
            int at = before.find(place, expected);
            if (at >= 0) {
                expected = at + 1;
            }
            return at;
        }

        void add(Object place, Made item) {
            places.add(place);
            items.add(item);
        }
    }

    // What changed since the last build; null when nothing may be taken from it.
    private volatile ChangedFacts changed;
    // Each sorted list's items as last given and as last sorted.
    private final Map<String, LastSort> sorts = new ConcurrentHashMap<>();
    // More items changed than this since the last sort, and the list is sorted whole again.
    private static final int FEW = 8;

    private record LastSort(List<Object> given, List<Object> sorted) {
    }

    /**
     * The items in this order. Where they are those of the last sort of the list of this name,
     * given in the same order, but for a few items replaced by others, the last sorted list with
     * each of those taken out and its replacement put in its place: an edited title leaves every
     * other article the same object, and a sort of 10,000 articles then takes some fifty
     * comparisons rather than 10,000. Otherwise sorted from the order the list had after its last
     * sort (each item known by its place on the list), new items after those, so that a list an
     * edit left in order is sorted in one pass. Either gives the list a fresh sort gives as long
     * as the order tells every two items apart, as it must; two items it cannot tell apart are
     * sorted afresh. One list is sorted by one thread at a time.
     */
    <T> List<T> sorted(String list, Collection<? extends T> items, Function<? super T, Object> place,
                       Comparator<? super T> order) {
        LastSort last = sorts.get(list);
        List<T> sorted = last == null ? null : replaced(last, items, order);
        if (sorted == null) {
            sorted = resorted(last, items, place, order);
        }
        sorts.put(list, new LastSort(List.copyOf(items), Collections.unmodifiableList(sorted)));
        return Collections.unmodifiableList(sorted);
    }

    /** The last sorted list with the few items replaced since put in their places; null when that cannot be. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> replaced(LastSort last, Collection<? extends T> items, Comparator<? super T> order) {
        if (items.size() != last.given().size()) {
            return null;
        }
        List<T> gone = new ArrayList<>();
        List<T> come = new ArrayList<>();
        Iterator<Object> before = last.given().iterator();
        for (T item : items) {
            Object was = before.next();
            if (was != item) {
                if (gone.size() == FEW) {
                    return null;
                }
                gone.add((T) was);
                come.add(item);
            }
        }
        List<T> sorted = new ArrayList<>((List<T>) last.sorted());
        for (T item : gone) {
            int at = Collections.binarySearch(sorted, item, order);
            if (at < 0 || sorted.get(at) != item) {
                return null;
            }
            sorted.remove(at);
        }
        for (T item : come) {
            int at = Collections.binarySearch(sorted, item, order);
            if (at >= 0) {
                return null; // an item the order cannot tell from this one
            }
            sorted.add(-at - 1, item);
        }
        return sorted;
    }

    /** The items sorted, starting from the last sort's order where there was one. */
    private static <T> List<T> resorted(LastSort last, Collection<? extends T> items, Function<? super T, Object> place,
                                        Comparator<? super T> order) {
        List<T> sorted = new ArrayList<>(items.size());
        if (last == null) {
            sorted.addAll(items);
        } else {
            Map<Object, T> byPlace = new HashMap<>(items.size() * 4 / 3 + 1);
            boolean distinct = true;
            for (T item : items) {
                distinct &= byPlace.put(place.apply(item), item) == null;
            }
            if (distinct) {
                for (Object known : last.sorted()) {
                    @SuppressWarnings("unchecked")
                    T item = byPlace.remove(place.apply((T) known));
                    if (item != null) {
                        sorted.add(item);
                    }
                }
                sorted.addAll(byPlace.values());
            } else {
                sorted.addAll(items); // two items at one place: the last order cannot say where each was
            }
        }
        sorted.sort(order);
        return sorted;
    }

    /** Starts a build that differs from the last in these facts; empty: in what every item reads. */
    void start(Optional<ChangedFacts> changedSinceLast) {
        changed = changedSinceLast.orElse(null);
        pagesMade.clear();
        made.clear();
        if (changed == null) {
            kept.clear();
        }
    }

    /** This build makes the model of the page at {@code page}: its items are those it makes or takes now. */
    void pageMade(String page) {
        pagesMade.add(page);
    }

    /** The item at this place on the page as the last build had it, when it read nothing that changed since; else null. */
    Made kept(String page, Object place) {
        ChangedFacts since = changed;
        if (since == null) {
            return null;
        }
        Listed listed = listed(page);
        int at = listed.findBefore(place);
        if (at < 0) {
            return null;
        }
        Made item = listed.before.items[at];
        if (since.touch(item.reads())) {
            return null;
        }
        listed.add(place, item);
        return item;
    }

    /** An item at this place on the page, made in this build, for the next. */
    void keep(String page, Object place, Made item) {
        listed(page).add(place, item);
    }

    private Listed listed(String page) {
        return made.computeIfAbsent(page, p -> new Listed(kept.get(p)));
    }

    /**
     * Ends a build: each page whose model it made keeps the items it made or took, and no others;
     * every other page keeps its items as they were. An item a page no longer lists is not kept
     * for when it comes back: while the page does not list it, the page does not read what the
     * item read, and is not made again when that changes, so nothing would tell that the item
     * went stale (a mention of a person that went from an article and came back after the
     * article's title changed).
     */
    void finish() {
        for (String page : pagesMade) {
            Listed listed = made.get(page);
            if (listed == null || listed.places.isEmpty()) {
                kept.remove(page); // most pages list nothing
            } else {
                kept.put(page, new PageItems(listed.places, listed.items));
            }
        }
        pagesMade.clear();
        made.clear();
        changed = null;
    }

    void forget() {
        kept.clear();
        sorts.clear();
        pagesMade.clear();
        made.clear();
        changed = null;
    }
}
