package dossier.render;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 */
final class ListItems {
    /** An item and the facts it read, which the page that lists it has read too. */
    record Made(Object item, Set<Fact> reads) {
        Made {
            reads = Set.copyOf(reads);
        }
    }

    // Each page's items as its last model made or took them, by what they stand for.
    private final Map<String, Map<Object, Made>> kept = new ConcurrentHashMap<>();
    // The pages whose models this build made, and the items they made or took.
    private final Set<String> pagesMade = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<Object, Made>> made = new ConcurrentHashMap<>();
    // What changed since the last build; null when nothing may be taken from it.
    private volatile ChangedFacts changed;

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
        Map<Object, Made> before = kept.get(page);
        Made item = before == null ? null : before.get(place);
        if (since == null || item == null || since.touch(item.reads())) {
            return null;
        }
        keep(page, place, item);
        return item;
    }

    /** An item at this place on the page, made in this build, for the next. */
    void keep(String page, Object place, Made item) {
        made.computeIfAbsent(page, p -> new ConcurrentHashMap<>()).put(place, item);
    }

    /**
     * Ends a build: each page whose model it made keeps the items it made or took, and those it
     * no longer lists (an article pushed off the latest ten may come back) that read nothing that
     * changed; every other page keeps its items as they were.
     */
    void finish() {
        ChangedFacts since = changed;
        for (String page : pagesMade) {
            Map<Object, Made> now = made.get(page);
            Map<Object, Made> before = kept.get(page);
            if (now == null && before == null) {
                continue; // most pages list nothing
            }
            if (now == null) {
                now = new ConcurrentHashMap<>();
            }
            if (since != null && before != null) {
                Map<Object, Made> listed = now;
                before.forEach((place, item) -> {
                    if (!listed.containsKey(place) && !since.touch(item.reads())) {
                        listed.put(place, item);
                    }
                });
            }
            if (now.isEmpty()) {
                kept.remove(page);
            } else {
                kept.put(page, now);
            }
        }
        pagesMade.clear();
        made.clear();
        changed = null;
    }

    void forget() {
        kept.clear();
        pagesMade.clear();
        made.clear();
        changed = null;
    }
}
