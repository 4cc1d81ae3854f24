package dossier.render;

import dossier.graph.DossierGraph;
import dossier.load.GitHistory;
import dossier.model.EntityKey;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the previous build rendered, for {@code serve}: a page that read no {@link Fact} that
 * changed since is not even given a new page model; a page whose template and page model are
 * equal to last time's is not rendered again, since its HTML is a function of the two; a search
 * document equal to last time's is not split into terms again; an item of a long list that read
 * no fact that changed is not made again ({@link ListItems}). It also keeps the template
 * engine, with the templates it has parsed, and the search index, which
 * {@link SiteRenderer#renderChanged} updates in place. Page models are plain records, lists and
 * maps, so equality is by value. Forget everything when a template changes. Safe to use from
 * several threads.
 */
public final class RenderCache {
    // How much more than twice its first build's same-for markup serve keeps before starting afresh.
    private static final int KEPT_SLACK = 1000;

    /** A rendered page, what it was rendered from, and what its page model read. */
    record Entry(String template, Object view, byte[] html, PageLinks links, PageReads reads) {
        /** The same page, which this time read these facts. */
        Entry withReads(PageReads now) {
            return new Entry(template, view, html, links, now);
        }
    }

    /** What one build's page models were made from, besides the templates. */
    private record Inputs(DossierGraph graph, Map<EntityKey, RenderedBody> bodies,
                          Map<String, List<GitHistory.Change>> history, Map<String, String> assetNames) {
    }

    private volatile Map<String, Entry> previous = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> current = new ConcurrentHashMap<>();
    // Which of the previous build's pages read each fact.
    private volatile PageReaders readers = new PageReaders(Map.of());
    // The previous build's pages that read a fact that changed since, found as this build started.
    private volatile Set<String> touchedSinceLast = Set.of();
    private volatile Map<SearchIndex.Document, String[]> previousTerms = new ConcurrentHashMap<>();
    private volatile SearchIndex search;
    private SortedMap<String, String> searchFiles;
    private volatile GraphJson.Kept graphJson = new GraphJson.Kept();
    private final ListItems items = new ListItems();
    // The theme's compiled templates and asset names, kept while no template changes.
    private volatile TemplateRenderer templates;
    private volatile Map<String, String> assetNames;
    // What the renderer's builds keep of dossier:same-for elements, and how much the first kept.
    private TemplateRenderer.Build builds;
    private int keptFirst = -1;
    private volatile Map<SearchIndex.Document, String[]> currentTerms = new ConcurrentHashMap<>();
    // One copy of each term: the same few thousand words recur across millions of postings.
    private final Map<String, String> termStrings = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger untouched = new AtomicInteger();
    private volatile Inputs previousInputs;
    private volatile Inputs currentInputs;

    /**
     * Starts a build from these inputs, and tells what changed since the last build's; empty when
     * there was none, or when it differs in something every page reads (settings, history, assets).
     */
    Optional<ChangedFacts> startBuild(DossierGraph graph, Map<EntityKey, RenderedBody> bodies,
                                      Map<String, List<GitHistory.Change>> history, Map<String, String> assetNames) {
        Optional<ChangedFacts> changed = changedSince(graph, bodies, history, assetNames);
        touchedSinceLast = changed.map(readers::touched).orElse(Set.of());
        untouched.set(0);
        currentInputs = new Inputs(graph, bodies, history, Map.copyOf(assetNames));
        items.start(changed);
        return changed;
    }

    /**
     * In a build {@link #startBuild} found changes for: the page at this path as last rendered,
     * when from the same template and it read none of the facts that changed, kept for the next
     * build too; empty when its page model must be made again.
     */
    Optional<Entry> untouched(String path, String template) {
        Entry entry = previous.get(path);
        if (entry == null || !entry.template().equals(template) || touchedSinceLast.contains(path)) {
            return Optional.empty();
        }
        current.put(path, entry);
        reused.incrementAndGet();
        untouched.incrementAndGet();
        return Optional.of(entry);
    }

    /**
     * The page at this path as last rendered from the same template and model, kept for the next
     * build too with what its model read this time; null when it must be rendered.
     */
    Entry reuse(String path, String template, Object view, PageReads reads) {
        Entry entry = previous.get(path);
        if (entry == null || !entry.template().equals(template) || !entry.view().equals(view)) {
            return null;
        }
        Entry kept = entry.withReads(reads);
        current.put(path, kept);
        reused.incrementAndGet();
        return kept;
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
     * assets are the same: its engine has already parsed the templates and their expressions. So
     * is the markup of {@code dossier:same-for} elements it made, unless the settings changed
     * ({@code sameSettings} false), or it has come to keep twice what the first build made with
     * it, when it starts afresh: markup made for values that are gone is dropped then.
     */
    synchronized TemplateRenderer.Build templates(Theme theme, Map<String, String> assets, boolean sameSettings) {
        if (templates == null || !templates.theme().overrideFolder().equals(theme.overrideFolder())
                || !assets.equals(assetNames)) {
            templates = new TemplateRenderer(theme);
            assetNames = Map.copyOf(assets);
            builds = null;
        }
        if (builds == null || !sameSettings || (keptFirst >= 0 && builds.kept() > 2 * keptFirst + KEPT_SLACK)) {
            builds = templates.newBuilds();
            keptFirst = -1;
        }
        return builds;
    }

    /** The asset names of the last build, or null. */
    Map<String, String> assetNames() {
        return assetNames;
    }

    /** The search index of the last build and its files, which later builds update in place. */
    synchronized void keepSearch(SearchIndex index, SortedMap<String, String> files) {
        search = index;
        searchFiles = new TreeMap<>(files);
    }

    /** What the last build wrote of {@code dossier.json}, from which the next writes its own. */
    GraphJson.Kept graphJson() {
        return graphJson;
    }

    void keepGraphJson(GraphJson.Kept kept) {
        graphJson = kept;
    }

    /** After {@link SearchIndex#replace}: the files it wrote again. */
    synchronized void replaceSearchFiles(SearchIndex.Changes changes) {
        searchFiles.putAll(changes.written());
        searchFiles.keySet().removeAll(changes.removed());
    }

    /**
     * Every file of the search index for these documents, made by updating last build's index
     * where at most one document differs from it (an edited title or body); empty when more
     * changed, or the index could not take the change in place: then it is made afresh.
     */
    synchronized Optional<SortedMap<String, String>> searchUpdated(List<SearchIndex.Document> documents) {
        if (search == null || searchFiles == null || search.documents().size() != documents.size()) {
            return Optional.empty();
        }
        List<SearchIndex.Document> before = search.documents();
        int changed = -1;
        for (int i = 0; i < documents.size(); i++) {
            if (!before.get(i).equals(documents.get(i))) {
                if (changed >= 0) {
                    return Optional.empty();
                }
                changed = i;
            }
        }
        if (changed >= 0) {
            SearchIndex.Document old = before.get(changed);
            SearchIndex.Document now = documents.get(changed);
            String[] oldTerms = previousTerms.get(old);
            if (oldTerms == null || !old.url().equals(now.url())) {
                return Optional.empty();
            }
            String[] newTerms = interned(SearchIndex.termsOf(now));
            Optional<SearchIndex.Changes> touched = search.replace(now, oldTerms, newTerms);
            if (touched.isEmpty()) {
                return Optional.empty();
            }
            searchFiles.putAll(touched.get().written());
            searchFiles.keySet().removeAll(touched.get().removed());
            currentTerms.putAll(previousTerms);
            currentTerms.remove(old);
            currentTerms.put(now, newTerms);
        } else {
            currentTerms.putAll(previousTerms);
        }
        return Optional.of(Collections.unmodifiableSortedMap(searchFiles));
    }

    SearchIndex search() {
        return search;
    }

    /** The page at this path as the last build left it, or null. */
    Entry page(String path) {
        return previous.get(path);
    }

    /** The pages of the last build that read a fact that changed, by path. */
    Set<String> touched(ChangedFacts changed) {
        return readers.touched(changed);
    }

    /** The terms last build found in this document, or null. */
    String[] termsOf(SearchIndex.Document document) {
        return previousTerms.get(document);
    }

    /** A page rendered again on its own, between builds. */
    void replace(String path, Entry entry) {
        Entry before = previous.put(path, entry);
        readers.replace(path, before == null ? PageReads.NONE : before.reads(), entry.reads());
    }

    /**
     * What changed since the last build's inputs; empty when there was none, or the history,
     * assets or settings differ.
     */
    Optional<ChangedFacts> changedSince(DossierGraph graph, Map<EntityKey, RenderedBody> bodies,
                                        Map<String, List<GitHistory.Change>> history, Map<String, String> assetNames) {
        Inputs last = previousInputs;
        if (last == null || !last.history().equals(history) || !last.assetNames().equals(assetNames)) {
            return Optional.empty();
        }
        return ChangedFacts.between(last.graph(), last.bodies(), graph, bodies);
    }

    /** The items of long lists the last build made, for this build's page models to take. */
    ListItems items() {
        return items;
    }

    /** After {@link SiteRenderer#renderChanged}: the graph and bodies the pages in this cache were made from. */
    void replaceInputs(DossierGraph graph, Map<EntityKey, RenderedBody> bodies) {
        Inputs last = previousInputs;
        if (last != null) {
            previousInputs = new Inputs(graph, bodies, last.history(), last.assetNames());
        }
    }

    void replaceTerms(SearchIndex.Document old, SearchIndex.Document now, String[] terms) {
        previousTerms.remove(old);
        previousTerms.put(now, interned(terms));
    }

    /** Ends one build: what it rendered becomes what the next build compares with. */
    public synchronized int finish() {
        if (builds != null && keptFirst < 0) {
            keptFirst = builds.kept();
        }
        // Handed over, not copied: 13,000 pages and their terms at 10,000 articles.
        previous = current;
        Map<String, PageReads> reads = new HashMap<>();
        previous.forEach((path, entry) -> reads.put(path, entry.reads()));
        readers = new PageReaders(reads);
        current = new ConcurrentHashMap<>();
        previousTerms = currentTerms;
        currentTerms = new ConcurrentHashMap<>();
        previousInputs = currentInputs;
        currentInputs = null;
        items.finish();
        return reused.getAndSet(0);
    }

    /** How many pages of the last build were written as before without a new page model. */
    public int untouched() {
        return untouched.get();
    }

    /** After a template changed: every page is rendered again, with the templates read again. */
    public synchronized void forget() {
        previous = new ConcurrentHashMap<>();
        readers = new PageReaders(Map.of());
        current.clear();
        search = null;
        searchFiles = null;
        graphJson = new GraphJson.Kept();
        items.forget();
        previousInputs = null;
        currentInputs = null;
        templates = null;
        assetNames = null;
        builds = null;
    }
}
