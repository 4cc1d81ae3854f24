package dossier.check;

import dossier.diagnostic.Diagnostics;
import dossier.render.RenderedSite;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The check stage: every internal link and anchor of the rendered site resolves to a file the
 * site contains. Runs on the files in memory, before anything is written, so a broken site is
 * never swapped in. Content links were already checked with their source positions by the graph
 * stage; what fails here is a template's link or a relative link written in a body.
 */
public final class LinkChecker {
    private static final String NOT_FOUND_PAGE = "404.html";

    /**
     * @param basePath the path the site is served under ({@code /} or {@code /REPO/}); the 404
     *                 page links from there, as it is served at any depth
     * @param label    how diagnostics name the output folder, e.g. {@code site}
     */
    public void check(RenderedSite site, String basePath, String label, Diagnostics diagnostics) {
        Map<String, Document> pages = new HashMap<>();
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            if (file.getKey().endsWith(".html")) {
                Parser parser = Parser.htmlParser().setTrackPosition(true);
                pages.put(file.getKey(), Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8), "", parser));
            }
        }
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, document) -> {
            Set<String> pageIds = new HashSet<>();
            document.select("[id]").forEach(element -> pageIds.add(element.id()));
            ids.put(path, pageIds);
        });
        for (String path : site.files().keySet()) {
            Document document = pages.get(path);
            if (document == null) {
                continue;
            }
            for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
                String reference = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                checkOne(site, ids, path, basePath, element, reference, label, diagnostics);
            }
        }
    }

    private static void checkOne(RenderedSite site, Map<String, Set<String>> ids, String page, String basePath,
                                 Element element, String reference, String label, Diagnostics diagnostics) {
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            report(page, element, "the link '" + reference + "' is not a valid address", label, diagnostics);
            return;
        }
        if (uri.isAbsolute() || reference.startsWith("//")) {
            return; // an external address: not ours to check offline
        }
        String target;
        if (reference.startsWith("#") || reference.isEmpty()) {
            target = page;
        } else {
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String resolved;
            if (path.startsWith("/")) {
                if (!page.equals(NOT_FOUND_PAGE) || !path.startsWith(basePath)) {
                    report(page, element, "the link '" + reference + "' starts with '/', which breaks under a sub-path",
                            label, diagnostics);
                    return;
                }
                resolved = path.substring(basePath.length());
            } else {
                resolved = URI.create("https://site.invalid/" + page).resolve(path).getRawPath().substring(1);
            }
            resolved = java.net.URLDecoder.decode(resolved, StandardCharsets.UTF_8);
            target = resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
            if (!site.files().containsKey(target)) {
                report(page, element, "the link '" + reference + "' leads to no page of the site", label, diagnostics);
                return;
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")
                && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
            report(page, element, "the link '" + reference + "' points at an anchor that " + target + " does not have",
                    label, diagnostics);
        }
    }

    private static void report(String page, Element element, String message, String label, Diagnostics diagnostics) {
        var position = element.sourceRange().start();
        diagnostics.error(label + "/" + page, Math.max(position.lineNumber(), 1), Math.max(position.columnNumber(), 1),
                message, "fix the link in the Markdown body, or in the template if it is on every page");
    }
}
