package dossier.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private volatile int reused;

    /** The page at this path as last rendered from the same template and model, if any. */
    Entry find(String path, String template, Object view) {
        Entry entry = previous.get(path);
        return entry != null && entry.template().equals(template) && entry.view().equals(view) ? entry : null;
    }

    void keep(String path, String template, Object view, byte[] html, PageLinks links) {
        current.put(path, new Entry(template, view, html, links));
    }

    /** Writes a page found by {@link #find} again, as it was. */
    void reuse(String path, Entry entry, SiteOutput output) {
        current.put(path, entry);
        output.writePage(path, entry.html(), entry.links());
        synchronized (this) {
            reused++;
        }
    }

    /** Ends one build: its pages become the ones the next build compares with. */
    public synchronized int finish() {
        previous = Map.copyOf(current);
        current.clear();
        int count = reused;
        reused = 0;
        return count;
    }

    /** After a template changed: every page is rendered again. */
    public synchronized void forget() {
        previous = Map.of();
        current.clear();
    }
}
