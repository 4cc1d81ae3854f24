package dossier.render;

import dossier.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands the files of a site to its output and refuses two sources for one output path (a page
 * called {@code articles} would otherwise replace the article index), naming both. Paths are
 * claimed in site order before anything is rendered in parallel, so which of two sources is
 * reported does not depend on thread timing.
 */
final class SiteFiles {
    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final SiteOutput output;
    private final Diagnostics diagnostics;

    SiteFiles(SiteOutput output, Diagnostics diagnostics) {
        this.output = output;
        this.diagnostics = diagnostics;
    }

    /**
     * @param source the content file the output comes from, or a description such as
     *               "the article index" for generated pages
     * @return whether the path was free; when not, the clash is reported
     */
    boolean claim(String path, String source) {
        String earlier = owners.putIfAbsent(path, source);
        if (earlier != null) {
            boolean sourceIsFile = source.startsWith("content/") || source.startsWith("templates/");
            String reportAt = sourceIsFile ? source : earlier;
            String other = sourceIsFile ? earlier : source;
            diagnostics.error(reportAt, 1, 1, "the output file " + path + " is also written by " + other,
                    "rename one of them; ids of pages must not be the name of a section");
            return false;
        }
        return true;
    }

    /** Writes a page whose path was claimed; safe from several threads. */
    void writePage(String path, byte[] html, PageLinks links) {
        output.writePage(path, html, links);
    }

    void add(String path, String source, byte[] content) {
        if (claim(path, source)) {
            output.write(path, content);
        }
    }

    void addPieces(String path, String source, FilePieces content) {
        if (claim(path, source)) {
            output.writePieces(path, content);
        }
    }

    void addStreaming(String path, String source, SiteOutput.Streamed content) {
        if (claim(path, source)) {
            output.writeStreaming(path, content);
        }
    }

    void add(String path, String source, String text) {
        add(path, source, text.getBytes(StandardCharsets.UTF_8));
    }
}
