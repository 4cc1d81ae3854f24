package dossier.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the previous build rendered, for {@code serve}: a page whose template and page model are
 * equal to last time's is not rendered again, since its HTML is a function of the two; a search
 * document equal to last time's is not split into terms again. Page models are plain records,
 * lists and maps, so equality is by value. Forget the pages when a template changes. Safe to use
 * from several threads.
 */
public final class RenderCache {
    /** A rendered page and what it was rendered from. */
    record Entry(String template, Object view, byte[] html, PageLinks links) {
    }

    private volatile Map<String, Entry> previous = Map.of();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile Map<SearchIndex.Document, String[]> previousTerms = Map.of();
    private final Map<SearchIndex.Document, String[]> currentTerms = new ConcurrentHashMap<>();
    // One copy of each term: the same few thousand words recur across millions of postings.
    private final Map<String, String> termStrings = new ConcurrentHashMap<>();
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

    /** A document's search terms: last build's where the document is the same, else made now. */
    String[] terms(SearchIndex.Document document, Function<SearchIndex.Document, String[]> make) {
        String[] terms = previousTerms.get(document);
        if (terms == null) {
            terms = make.apply(document);
            for (int i = 0; i < terms.length; i++) {
                String earlier = termStrings.putIfAbsent(terms[i], terms[i]);
                if (earlier != null) {
                    terms[i] = earlier;
                }
            }
        }
        currentTerms.put(document, terms);
        return terms;
    }

    /** Ends one build: what it rendered becomes what the next build compares with. */
    public synchronized int finish() {
        previous = Map.copyOf(current);
        current.clear();
        previousTerms = Map.copyOf(currentTerms);
        currentTerms.clear();
        return reused.getAndSet(0);
    }

    /** After a template changed: every page is rendered again. */
    public synchronized void forget() {
        previous = Map.of();
        current.clear();
    }
}
