package dossier.render;

import dossier.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the files of a site as they are rendered and refuses two sources for one output
 * path (a page called {@code articles} would otherwise replace the article index), naming both.
 */
final class SiteFiles {
    private final TreeMap<String, byte[]> files = new TreeMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final Diagnostics diagnostics;

    SiteFiles(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param source the content file the output comes from, or a description such as
     *               "the article index" for generated pages
     */
    void add(String path, String source, byte[] content) {
        String earlier = owners.putIfAbsent(path, source);
        if (earlier != null) {
            boolean sourceIsFile = source.startsWith("content/") || source.startsWith("templates/");
            String reportAt = sourceIsFile ? source : earlier;
            String other = sourceIsFile ? earlier : source;
            diagnostics.error(reportAt, 1, 1, "the output file " + path + " is also written by " + other,
                    "rename one of them; ids of pages must not be the name of a section");
            return;
        }
        files.put(path, content);
    }

    void add(String path, String source, String text) {
        add(path, source, text.getBytes(StandardCharsets.UTF_8));
    }

    RenderedSite toSite() {
        return new RenderedSite(files);
    }
}
