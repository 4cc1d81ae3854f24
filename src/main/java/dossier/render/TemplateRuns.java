package dossier.render;

import java.util.ArrayList;
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
    public List<List<Object>> runs(List<?> items) {
        List<List<Object>> runs = new ArrayList<>((items.size() + LENGTH - 1) / LENGTH);
        for (int start = 0; start < items.size(); start += LENGTH) {
            // A copy, not a view: the run is kept as a same-for value, and must not keep the whole list alive.
            runs.add(new ArrayList<>(items.subList(start, Math.min(start + LENGTH, items.size()))));
        }
        return runs;
    }
}
