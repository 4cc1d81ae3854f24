package dossier.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages of the previous build, for {@code serve}: a page whose template and page model are
 * equal to last time's is not rendered again, since its HTML is a function of the two. Page
 * models are plain records, lists and maps, so equality is by value. Forget everything when a
 * template changes. Safe to use from several threads.
 */
public final class PageCache {
    /** A rendered page and what it was rendered from. */
    record Entry(String template, Object view, byte[] html, PageLinks links) {
    }

    private volatile Map<String, Entry> previous = Map.of();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /**
     * The page at this path as last rendered from the same template and model, kept for the next
     * build too; null when it must be rendered.
     */
    Entry reuse(String path, String template, Object view) {
        Entry entry = previous.get(path);
        if (entry == null || !entry.template().equals(template) || !entry.view().equals(view)) {
            return null;
        }
        current.put(path, entry);
        reused.incrementAndGet();
        return entry;
    }

    void keep(String path, Entry entry) {
        current.put(path, entry);
    }

    /** Ends one build: its pages become the ones the next build compares with. */
    public synchronized int finish() {
        previous = Map.copyOf(current);
        current.clear();
        return reused.getAndSet(0);
    }

    /** After a template changed: every page is rendered again. */
    public synchronized void forget() {
        previous = Map.of();
        current.clear();
    }
}
