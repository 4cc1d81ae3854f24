package dossier.check;

import dossier.diagnostic.Diagnostics;
import dossier.render.RenderedSite;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The check stage: every internal link and anchor of the rendered site resolves to a file the
 * site contains. Runs on the files in memory, before anything is written, so a broken site is
 * never swapped in. Content links were already checked with their source positions by the graph
 * stage; what fails here is a template's link or a relative link written in a body.
 */
public final class LinkChecker {
    private static final String NOT_FOUND_PAGE = "404.html";
    // Compiled once: jsoup parses a query string again on every select, which showed in profiles.
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator LINKS = QueryParser.parse("a[href], link[href], script[src], img[src]");

    /** What the check needs of a page: its ids and its links, without keeping its whole tree. */
    private record PageFacts(Set<String> ids, List<String> links) {
    }

    /**
     * @param basePath the path the site is served under ({@code /} or {@code /REPO/}); the 404
     *                 page links from there, as it is served at any depth
     * @param label    how diagnostics name the output folder, e.g. {@code site}
     */
    public void check(RenderedSite site, String basePath, String label, Diagnostics diagnostics) {
        // Parsing is the cost of this stage and each page parses on its own: on every core. Only
        // the facts are kept, so memory stays flat however many pages there are.
        Map<String, PageFacts> pages = site.files().entrySet().parallelStream()
                .filter(file -> file.getKey().endsWith(".html"))
                .collect(Collectors.toConcurrentMap(Map.Entry::getKey,
                        file -> facts(Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8)))));
        for (String path : site.files().keySet()) {
            PageFacts facts = pages.get(path);
            if (facts == null) {
                continue;
            }
            for (String reference : facts.links()) {
                String problem = problem(site, pages, path, basePath, reference);
                if (problem != null) {
                    report(site, path, reference, problem, label, diagnostics);
                }
            }
        }
    }

    private static PageFacts facts(Document document) {
        Set<String> ids = new HashSet<>();
        document.select(WITH_ID).forEach(element -> ids.add(element.id()));
        List<String> links = new ArrayList<>();
        for (Element element : document.select(LINKS)) {
            links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return new PageFacts(ids, links);
    }

    /** What is wrong with one link, or null. */
    private static String problem(RenderedSite site, Map<String, PageFacts> pages, String page, String basePath,
                                  String reference) {
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            return "is not a valid address";
        }
        if (uri.isAbsolute() || reference.startsWith("//")) {
            return null; // an external address: not ours to check offline
        }
        String target;
        if (reference.startsWith("#") || reference.isEmpty()) {
            target = page;
        } else {
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String resolved;
            if (path.startsWith("/")) {
                if (!page.equals(NOT_FOUND_PAGE) || !path.startsWith(basePath)) {
                    return "starts with '/', which breaks under a sub-path";
                }
                resolved = path.substring(basePath.length());
            } else {
                resolved = URI.create("https://site.invalid/" + page).resolve(path).getRawPath().substring(1);
            }
            resolved = java.net.URLDecoder.decode(resolved, StandardCharsets.UTF_8);
            target = resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
            if (!site.files().containsKey(target)) {
                return "leads to no page of the site";
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && pages.containsKey(target)
                && !pages.get(target).ids().contains(fragment)) {
            return "points at an anchor that " + target + " does not have";
        }
        return null;
    }

    /** Positions are found only for the rare broken link, by parsing that one page again with tracking. */
    private static void report(RenderedSite site, String page, String reference, String problem, String label,
                               Diagnostics diagnostics) {
        Document document = Jsoup.parse(new String(site.files().get(page), StandardCharsets.UTF_8), "",
                org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
        int line = 1;
        int column = 1;
        for (Element element : document.select(LINKS)) {
            String value = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            if (value.equals(reference)) {
                var position = element.sourceRange().start();
                line = Math.max(position.lineNumber(), 1);
                column = Math.max(position.columnNumber(), 1);
                break;
            }
        }
        diagnostics.error(label + "/" + page, line, column, "the link '" + reference + "' " + problem,
                "fix the link in the Markdown body, or in the template if it is on every page");
    }
}
