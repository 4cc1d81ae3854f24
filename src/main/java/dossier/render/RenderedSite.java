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

        @Override
        public void write(String path, byte[] content) {
            files.put(path, content);
        }

        @Override
        public byte[] read(String path) {
            return files.get(path);
        }

        public RenderedSite site() {
            return new RenderedSite(files);
        }
    }
}
