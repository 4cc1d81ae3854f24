package dossier.render;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A site written to memory, with the links and ids recorded with each page kept beside the page. */
public final class RecordingOutput implements SiteOutput {
    private final RenderedSite.Collector files = new RenderedSite.Collector();
    private final SortedMap<String, PageLinks> recorded = Collections.synchronizedSortedMap(new TreeMap<>());

    @Override
    public void write(String path, byte[] content) {
        files.write(path, content);
    }

    @Override
    public void writePage(String path, byte[] html, PageLinks links) {
        recorded.put(path, links);
        files.write(path, html);
    }

    @Override
    public byte[] read(String path) {
        return files.read(path);
    }

    /** Every file written, by site path. */
    public SortedMap<String, byte[]> files() {
        return files.site().files();
    }

    /** Each page's links and ids, by site path. */
    public SortedMap<String, PageLinks> recorded() {
        return new TreeMap<>(recorded);
    }
}
