package dossier.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which pages read each {@link Fact}, for serve to find the pages an edit reaches by looking up
 * the facts that changed rather than asking each of 13,000 pages. The few pages that read
 * thousands of facts (those listing a whole kind) are not indexed but asked, one by one: an edit
 * to a title renders them again, and moving tens of thousands of facts in the index each time
 * would cost more than asking them. Safe to use from several threads.
 */
final class PageReaders {
    // More facts than any page of one entity reads, fewer than a page of every article of a dossier.
    static final int MANY = 1000;

    private final Map<Fact, Set<String>> readers = new HashMap<>();
    // The pages that read many facts, with what they read, in path order.
    private final Map<String, PageReads> many = new TreeMap<>();

    /** @param reads what each page read, by path */
    PageReaders(Map<String, PageReads> reads) {
        reads.forEach(this::add);
    }

    /** The page at this path read {@code before} when last made, and now read {@code now}. */
    synchronized void replace(String path, PageReads before, PageReads now) {
        if (before.equals(now)) {
            return;
        }
        remove(path, before);
        add(path, now);
    }

    /** The pages that read a fact that changed. */
    synchronized Set<String> touched(ChangedFacts changed) {
        Set<String> paths = new HashSet<>();
        changed.forEachAsked(fact -> {
            Set<String> pages = readers.get(fact);
            if (pages != null) {
                paths.addAll(pages);
            }
        });
        many.forEach((path, reads) -> {
            if (changed.touch(reads.all())) {
                paths.add(path);
            }
        });
        return paths;
    }

    private void add(String path, PageReads reads) {
        if (reads.size() > MANY) {
            many.put(path, reads);
            return;
        }
        reads.forEach(fact -> readers.computeIfAbsent(fact, read -> new HashSet<>(4)).add(path));
    }

    private void remove(String path, PageReads reads) {
        if (reads.size() > MANY) {
            many.remove(path);
            return;
        }
        reads.forEach(fact -> {
            Set<String> pages = readers.get(fact);
            if (pages != null && pages.remove(path) && pages.isEmpty()) {
                readers.remove(fact);
            }
        });
    }
}
