package dossier.render;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every file of a site, by its path relative to the site root ({@code articles/x/index.html}),
 * in path order: a site held in memory, as the preview server serves it. A file is held whole,
 * or as the pieces it is made of ({@link FilePieces}), never both.
 */
public record RenderedSite(SortedMap<String, byte[]> files, SortedMap<String, FilePieces> inPieces) {
    public RenderedSite {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        inPieces = Collections.unmodifiableSortedMap(new TreeMap<>(inPieces));
    }

    /** A site of whole files only. */
    public RenderedSite(SortedMap<String, byte[]> files) {
        this(files, Collections.emptySortedMap());
    }

    /** Whether the site has a file at this path, whole or in pieces. */
    public boolean has(String path) {
        return files.containsKey(path) || inPieces.containsKey(path);
    }

    /** Every file whole, those held in pieces joined: to compare two sites, or look at one. */
    public SortedMap<String, byte[]> everyFile() {
        SortedMap<String, byte[]> every = new TreeMap<>(files);
        inPieces.forEach((path, pieces) -> every.put(path, pieces.joined()));
        return every;
    }

    /** A {@link SiteOutput} that keeps what is written, to become a {@link RenderedSite}. */
    public static final class Collector implements SiteOutput {
        private final SortedMap<String, byte[]> files = new ConcurrentSkipListMap<>();
        private final SortedMap<String, FilePieces> inPieces = new ConcurrentSkipListMap<>();
        // A whole site handed over at once, taken as it is: serve's edits hand over 13,000 files.
        private volatile SortedMap<String, byte[]> whole = Collections.emptySortedMap();

        @Override
        public void write(String path, byte[] content) {
            inPieces.remove(path);
            files.put(path, content);
        }

        @Override
        public void writePieces(String path, FilePieces file) {
            files.remove(path);
            inPieces.put(path, file);
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
            if (file != null) {
                return file;
            }
            FilePieces pieces = inPieces.get(path);
            return pieces != null ? pieces.joined() : whole.get(path);
        }

        public RenderedSite site() {
            SortedMap<String, byte[]> all = whole;
            if (!files.isEmpty() || inPieces.keySet().stream().anyMatch(whole::containsKey)) {
                all = new TreeMap<>(whole);
                all.keySet().removeAll(inPieces.keySet());
                all.putAll(files);
            }
            return new RenderedSite(all, inPieces);
        }
    }
}
