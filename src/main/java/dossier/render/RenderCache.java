package dossier.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the previous build rendered, for {@code serve}: a page whose template and page model are
 * equal to last time's is not rendered again, since its HTML is a function of the two; a search
 * document equal to last time's is not split into terms again. It also keeps the template
 * engine, with the templates it has parsed, and the search index, which
 * {@link SiteRenderer#renderBody} updates in place. Page models are plain records, lists and
 * maps, so equality is by value. Forget everything when a template changes. Safe to use from
 * several threads.
 */
public final class RenderCache {
    /** A rendered page and what it was rendered from. */
    record Entry(String template, Object view, byte[] html, PageLinks links) {
    }

    private volatile Map<String, Entry> previous = new ConcurrentHashMap<>();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile Map<SearchIndex.Document, String[]> previousTerms = new ConcurrentHashMap<>();
    private volatile SearchIndex search;
    // The theme's compiled templates and asset names, kept while no template changes.
    private volatile TemplateRenderer templates;
    private volatile Map<String, String> assetNames;
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
            terms = interned(make.apply(document));
        }
        currentTerms.put(document, terms);
        return terms;
    }

    private String[] interned(String[] terms) {
        for (int i = 0; i < terms.length; i++) {
            String earlier = termStrings.putIfAbsent(terms[i], terms[i]);
            if (earlier != null) {
                terms[i] = earlier;
            }
        }
        return terms;
    }

    /**
     * The template renderer for this theme, kept from the last build when the theme's folder and
     * assets are the same: its engine has already parsed the templates and their expressions.
     */
    synchronized TemplateRenderer templates(Theme theme, Map<String, String> assets) {
        if (templates == null || !templates.theme().overrideFolder().equals(theme.overrideFolder())
                || !assets.equals(assetNames)) {
            templates = new TemplateRenderer(theme);
            assetNames = Map.copyOf(assets);
        }
        return templates;
    }

    /** The asset names of the last build, or null. */
    Map<String, String> assetNames() {
        return assetNames;
    }

    /** The search index of the last build, which {@link SiteRenderer#renderBody} updates in place. */
    void keepSearch(SearchIndex index) {
        search = index;
    }

    SearchIndex search() {
        return search;
    }

    /** The page at this path as the last build left it, or null. */
    Entry page(String path) {
        return previous.get(path);
    }

    /** The terms last build found in this document, or null. */
    String[] termsOf(SearchIndex.Document document) {
        return previousTerms.get(document);
    }

    /** A page rendered again on its own, between builds. */
    void replace(String path, Entry entry) {
        previous.put(path, entry);
    }

    void replaceTerms(SearchIndex.Document old, SearchIndex.Document now, String[] terms) {
        previousTerms.remove(old);
        previousTerms.put(now, interned(terms));
    }

    /** Ends one build: what it rendered becomes what the next build compares with. */
    public synchronized int finish() {
        previous = new ConcurrentHashMap<>(current);
        current.clear();
        previousTerms = new ConcurrentHashMap<>(currentTerms);
        currentTerms.clear();
        return reused.getAndSet(0);
    }

    /** After a template changed: every page is rendered again, with the templates read again. */
    public synchronized void forget() {
        previous = new ConcurrentHashMap<>();
        current.clear();
        search = null;
        templates = null;
        assetNames = null;
    }
}
