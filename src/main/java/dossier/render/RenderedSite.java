package dossier.render;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every file of the site, by its path relative to the site root ({@code articles/x/index.html}),
 * in path order. The write stage writes exactly these; the check stage reads them.
 */
public record RenderedSite(SortedMap<String, byte[]> files) {
    public RenderedSite {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
