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
 * Safe to use from several threads; each item is made by one page.
 */
final class ListItems {
    /** An item's place: the page that lists it, and what it stands for there. */
    record Key(String page, Object item) {
    }

    /** An item and the facts it read, which the page that lists it has read too. */
    record Made(Object item, Set<Fact> reads) {
        Made {
            reads = Set.copyOf(reads);
        }
    }

    private volatile Map<Key, Made> previous = new ConcurrentHashMap<>();
    private volatile Map<Key, Made> current = new ConcurrentHashMap<>();
    // What changed since the last build; null when nothing may be taken from it.
    private volatile ChangedFacts changed;

    /** Starts a build that differs from the last in these facts; empty: in what every item reads. */
    void start(Optional<ChangedFacts> changedSinceLast) {
        changed = changedSinceLast.orElse(null);
        current = new ConcurrentHashMap<>();
    }

    /** The item at this place as the last build made it, when it read nothing that changed since; else null. */
    Made kept(Key key) {
        ChangedFacts since = changed;
        Made made = previous.get(key);
        if (since == null || made == null || since.touch(made.reads())) {
            return null;
        }
        current.put(key, made);
        return made;
    }

    /** An item made in this build, for the next. */
    void keep(Key key, Made made) {
        current.put(key, made);
    }

    /**
     * Ends a build: what it made and took becomes what the next takes from, with the last
     * build's items it did not visit (their pages read nothing that changed) that are still good.
     */
    void finish() {
        ChangedFacts since = changed;
        if (since != null) {
            previous.forEach((key, made) -> {
                if (!current.containsKey(key) && !since.touch(made.reads())) {
                    current.put(key, made);
                }
            });
        }
        previous = current;
        current = new ConcurrentHashMap<>();
        changed = null;
    }

    void forget() {
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
        changed = null;
    }
}
