package dossier.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * {@code ${#dossier.runs(list)}} in a template: a list as runs of up to {@value #LENGTH}
 * consecutive items, in order. A template that marks each run {@code dossier:same-for} and each
 * item within it too writes exactly what it would write for the list's items alone, and lets
 * {@code serve} write a run whose items are all as before as it was made, instead of walking
 * those items one by one: after one title changed at 10,000 articles, the timeline's template
 * walks about 200 runs (its 50 months' items) and the 64 items of the run that changed, rather
 * than 12,500 items.
 */
public final class TemplateRuns {
    /** The name templates know it by: {@code #dossier}. */
    static final String NAME = "dossier";
    // A run of n items costs the walk n items where one of them changed, and the walk of a
    // list costs one step a run: near the square root of the longest lists (thousands).
    static final int LENGTH = 64;

    /** The items in runs of {@value #LENGTH}, the last one shorter; no run for an empty list. */
    public List<Run> runs(List<?> items) {
        List<Run> runs = new ArrayList<>((items.size() + LENGTH - 1) / LENGTH);
        for (int start = 0; start < items.size(); start += LENGTH) {
            // A copy, not a view: the run is kept as a same-for value, and must not keep the whole list alive.
            runs.add(new Run(items.subList(start, Math.min(start + LENGTH, items.size())).toArray()));
        }
        return runs;
    }

    /**
     * Consecutive items of a list, to iterate over. As a same-for value, a run is the same as
     * another that holds the very same items (not equal ones) in the same order: serve keeps the
     * items that did not change between builds, and so finds a run as made by looking at each
     * item's address alone. Hashing every item's fields and texts instead took a twelfth of the
     * CPU of a title edit at 10,000 articles (docs/benchmarks.md). A run of items made again, if
     * equal, is walked and its items found as made one by one. Not a {@link List}, whose equality
     * this is not. Where Thymeleaf renders the page, the items are the page model's records shown
     * as maps, made anew for each page, and a run is the same as another of the same records.
     */
    public static final class Run implements Iterable<Object> {
        private final Object[] items;
        // What each item shows: the item itself, or the record behind a record shown as a map.
        private final Object[] shown;
        private int hash;

        Run(Object[] items) {
            this.items = items;
            Object[] records = items;
            for (int i = 0; i < items.length; i++) {
                Object record = ViewMaps.shown(items[i]);
                if (record != items[i]) {
                    if (records == items) {
                        records = items.clone();
                    }
                    records[i] = record;
                }
            }
            this.shown = records;
        }

        /** The items, in order. */
        public List<Object> items() {
            return Collections.unmodifiableList(Arrays.asList(items));
        }

        @Override
        public Iterator<Object> iterator() {
            return items().iterator();
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Run run) || run.shown.length != shown.length) {
                return false;
            }
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] != run.shown[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = hash;
            if (h == 0) {
                h = 1;
                for (Object item : shown) {
                    h = 31 * h + System.identityHashCode(item);
                }
                hash = h;
            }
            return h;
        }

        @Override
        public String toString() {
            return "a run of " + items.length + " items";
        }
    }
}
