package dossier.render;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every file of a site, by its path relative to the site root ({@code articles/x/index.html}),
 * in path order: a site held in memory, as the preview server serves it.
 */
public record RenderedSite(SortedMap<String, byte[]> files) {
    public RenderedSite {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** A {@link SiteOutput} that keeps what is written, to become a {@link RenderedSite}. */
    public static final class Collector implements SiteOutput {
        private final SortedMap<String, byte[]> files = new ConcurrentSkipListMap<>();
        // A whole site handed over at once, taken as it is: serve's edits hand over 13,000 files.
        private volatile SortedMap<String, byte[]> whole = Collections.emptySortedMap();

        @Override
        public void write(String path, byte[] content) {
            files.put(path, content);
        }

        @Override
        public synchronized void writeAll(SortedMap<String, byte[]> site) {
            if (whole.isEmpty() && files.isEmpty()) {
                whole = site;
            } else {
                files.putAll(site);
            }
        }

        @Override
        public byte[] read(String path) {
            byte[] file = files.get(path);
            return file != null ? file : whole.get(path);
        }

        public RenderedSite site() {
            if (files.isEmpty()) {
                return new RenderedSite(whole);
            }
            SortedMap<String, byte[]> all = new TreeMap<>(whole);
            all.putAll(files);
            return new RenderedSite(all);
        }
    }
}
