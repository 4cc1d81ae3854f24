package dossier.check;

import dossier.diagnostic.Diagnostics;
import dossier.parallel.EveryCore;
import dossier.render.FilePieces;
import dossier.render.PageLinks;
import dossier.render.SiteOutput;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The check stage: every internal link and anchor of the site resolves to a file the site
 * contains. It watches the files as the render stage writes them, keeping of each page only its
 * ids and where its links lead, and checks them once every file is written, before anything is
 * swapped in, so a broken site is never published. Content links were already checked with
 * their source positions by the graph stage; what fails here is a template's link or a relative
 * link written in a body. One checker serves one build.
 */
public final class LinkChecker {
    private static final String NOT_FOUND_PAGE = "404.html";
    // Compiled once: jsoup parses a query string again on every select, which showed in profiles.
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator LINKS = QueryParser.parse("a[href], link[href], script[src], img[src]");

    /**
     * A link as written, and the file ({@code people/a/index.html}) and anchor it leads to, or the
     * problem found without looking at other pages. File and anchor are null for external links.
     * A shared link is one of {@link #fromRootLinks}: it leads to the same place from every page.
     */
    private record Link(String reference, String file, String anchor, String problem, boolean shared) {
        Link(String reference, String file, String anchor, String problem) {
            this(reference, file, anchor, problem, false);
        }

        Link sharedBySite() {
            return new Link(reference, file, anchor, problem, true);
        }
    }

    /** What the check keeps of a page: its ids, sorted, its links, and in serve what they came from. */
    private record PageFacts(String[] ids, List<Link> links, PageLinks source) {
    }

    private final String basePath;
    private final boolean remembers;
    // The pages of the build before, in serve: a page written with the same links is not resolved again.
    private final Map<String, PageFacts> before;
    // What the build before found, in serve: its files, and whether every link of it resolved.
    private final Set<String> filesBefore;
    private final boolean cleanBefore;
    private volatile boolean clean;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, PageFacts> pages = new ConcurrentHashMap<>();
    // Most links recur on many pages (the navigation, fn-1): one copy of each.
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    // Links that climb from their page to the root, as many levels as the page is deep: see link().
    // Where each leads depends on the link alone, so serve's next checker shares the map.
    private final Map<String, Link> fromRootLinks;
    private SiteOutput output;

    /**
     * @param basePath the path the site is served under ({@code /} or {@code /REPO/}); the 404
     *                 page links from there, as it is served at any depth
     */
    public LinkChecker(String basePath) {
        this(basePath, false, Map.of(), Set.of(), false, new ConcurrentHashMap<>());
    }

    private LinkChecker(String basePath, boolean remembers, Map<String, PageFacts> before, Set<String> filesBefore,
                        boolean cleanBefore, Map<String, Link> fromRootLinks) {
        this.basePath = basePath;
        this.fromRootLinks = fromRootLinks;
        this.remembers = remembers;
        this.before = before;
        this.filesBefore = filesBefore;
        this.cleanBefore = cleanBefore;
    }

    /**
     * A checker for serve, whose next build ({@link #next}) does not resolve again the links of a
     * page written with the links and ids this one saw. It keeps each page's recorded links to
     * know them again, which a one-off build need not. And when every link of this build
     * resolved, and the next has every file this one had and every page the same ids, the next
     * checks only the pages written with other links.
     */
    public static LinkChecker remembering(String basePath) {
        return new LinkChecker(basePath, true, Map.of(), Set.of(), false, new ConcurrentHashMap<>());
    }

    /** The checker for serve's next build; see {@link #remembering}. */
    public LinkChecker next(String basePath) {
        boolean same = basePath.equals(this.basePath);
        return new LinkChecker(basePath, true, same ? Map.copyOf(pages) : Map.of(), same ? Set.copyOf(files) : Set.of(),
                same && clean, same ? fromRootLinks : new ConcurrentHashMap<>());
    }

    /** An output that writes to {@code output} and lets this checker see every file written. */
    public SiteOutput watch(SiteOutput output) {
        this.output = output;
        return new SiteOutput() {
            @Override
            public void write(String path, byte[] content) {
                output.write(path, content);
                add(path, content);
            }

            @Override
            public void writePieces(String path, FilePieces file) {
                if (path.endsWith(".html")) {
                    SiteOutput.super.writePieces(path, file); // joined, and parsed for its links as it is
                } else {
                    output.writePieces(path, file);
                    files.add(path);
                }
            }

            @Override
            public void writeStreaming(String path, Streamed content) {
                if (path.endsWith(".html")) {
                    SiteOutput.super.writeStreaming(path, content); // parsed for its links as it is
                } else {
                    output.writeStreaming(path, content);
                    files.add(path);
                }
            }

            @Override
            public void writePage(String path, byte[] html, PageLinks links) {
                output.writePage(path, html, links);
                files.add(path);
                PageFacts earlier = before.get(path);
                // The same links and ids as last time (the very record for a page reused unchanged,
                // an equal one for a page rendered again with new words: a title edit renders the
                // timeline again, 12,000 links as they were) need not be resolved again.
                pages.put(path, earlier != null && Objects.equals(earlier.source(), links) ? earlier : facts(path, links));
            }

            @Override
            public byte[] read(String path) {
                return output.read(path);
            }
        };
    }

    /** A file written without its links recorded: an HTML one is parsed for them. */
    private void add(String path, byte[] content) {
        files.add(path);
        if (path.endsWith(".html")) {
            Document document = Jsoup.parse(new String(content, StandardCharsets.UTF_8));
            List<String> ids = document.select(WITH_ID).stream().map(Element::id).toList();
            List<String> links = document.select(LINKS).stream().map(LinkChecker::address).toList();
            pages.put(path, facts(path, new PageLinks(links, ids)));
        }
    }

    /** @param label how diagnostics name the output folder, e.g. {@code site} */
    public void check(String label, Diagnostics diagnostics) {
        // A page kept from a build whose links all resolved still resolves while no file went
        // (one that came cannot break a link) and no page lost an id; then only the pages written
        // anew need looking at.
        boolean onlyNew = cleanBefore && files.containsAll(filesBefore) && pages.entrySet().stream().allMatch(page -> {
            PageFacts earlier = before.get(page.getKey());
            return earlier == page.getValue() || earlier != null && Arrays.equals(earlier.ids(), page.getValue().ids());
        });
        // Each page's links on every core; the problems, usually none, reported in page order.
        List<Map.Entry<String, PageFacts>> toCheck = pages.entrySet().stream()
                .filter(page -> !onlyNew || before.get(page.getKey()) != page.getValue()).toList();
        // Most links are shared by the site (see link()): when every page is checked, each is
        // checked once, not on every page it is on (most of 630,000 links at 10,000 articles).
        // When few pages are, their links are looked at one by one.
        boolean eachSharedOnce = !onlyNew;
        Map<String, String> sharedProblems = new HashMap<>();
        if (eachSharedOnce) {
            for (Link link : fromRootLinks.values()) {
                String problem = problemOf(link);
                if (problem != null) {
                    sharedProblems.put(link.reference(), problem);
                }
            }
        }
        List<List<String[]>> problems = EveryCore.map(toCheck, page -> {
            List<String[]> found = null;
            for (Link link : page.getValue().links()) {
                String problem = !link.shared() || !eachSharedOnce ? problemOf(link)
                        : sharedProblems.isEmpty() ? null : sharedProblems.get(link.reference());
                if (problem != null) {
                    if (found == null) {
                        found = new ArrayList<>();
                    }
                    found.add(new String[] {link.reference(), problem});
                }
            }
            return found == null ? List.<String[]>of() : found;
        });
        SortedMap<String, List<String[]>> byPage = new TreeMap<>();
        for (int i = 0; i < toCheck.size(); i++) {
            if (!problems.get(i).isEmpty()) {
                byPage.put(toCheck.get(i).getKey(), problems.get(i));
            }
        }
        byPage.forEach((page, found) -> found.forEach(problem -> report(page, problem[0], problem[1], label, diagnostics)));
        boolean found = !byPage.isEmpty();
        clean = !found;
    }

    private PageFacts facts(String path, PageLinks recorded) {
        int depth = RelativeAddress.depth(path);
        List<Link> links = new ArrayList<>(recorded.links().size());
        for (String reference : recorded.links()) {
            links.add(link(path, depth, reference));
        }
        // The ids as written, not one shared copy of each: a body's ids are the body's own strings,
        // which its rendered HTML keeps for the whole build anyway, and looking each of 330,000
        // up in the shared map was a tenth of this method's time at 10,000 articles.
        String[] ids = recorded.ids().toArray(String[]::new);
        Arrays.sort(ids);
        return new PageFacts(ids, links, remembers ? recorded : null);
    }

    /**
     * Where a link of a page at this depth leads. Nearly every link a theme writes climbs from
     * its page to the site's root and down again ({@code ../../people/a/}); where it leads then
     * depends only on the link, so each is resolved once for the whole site instead of once on
     * every page (resolving and sharing the strings of 630,000 links was a tenth of a build's
     * CPU samples at 10,000 articles).
     */
    private Link link(String page, int depth, String reference) {
        boolean fromRoot = RelativeAddress.climbs(reference) == depth;
        if (fromRoot) {
            Link known = fromRootLinks.get(reference);
            if (known != null) {
                return known;
            }
        }
        Link link = resolve(page, shared(reference));
        if (fromRoot && RelativeAddress.leavesThePageBehind(reference)) {
            link = link.sharedBySite();
            fromRootLinks.putIfAbsent(reference, link);
        }
        return link;
    }

    private String shared(String value) {
        // Looked up before it is put: putting locks the map's bin even when the value is there.
        String earlier = strings.get(value);
        if (earlier == null) {
            earlier = strings.putIfAbsent(value, value);
        }
        return earlier == null ? value : earlier;
    }

    /** Where one link leads, as far as can be told from its own page. */
    private Link resolve(String page, String reference) {
        int hash = reference.indexOf('#');
        String path = hash < 0 ? reference : reference.substring(0, hash);
        String fragment = hash < 0 ? "" : reference.substring(hash + 1);
        if ((path.isEmpty() || RelativeAddress.isPlain(path)) && (fragment.isEmpty() || RelativeAddress.isPlain(fragment))) {
            // Most links: no scheme, query or escapes, so no URI need be parsed.
            return link(reference, path.isEmpty() ? page : RelativeAddress.resolve(page, path), fragment);
        }
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            return new Link(reference, null, null, "is not a valid address");
        }
        if (uri.isAbsolute() || reference.startsWith("//")) {
            return new Link(reference, null, null, null); // an external address: not ours to check offline
        }
        String target;
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (reference.startsWith("#") || reference.isEmpty()) {
            target = page;
        } else if (rawPath.startsWith("/")) {
            if (!page.equals(NOT_FOUND_PAGE) || !rawPath.startsWith(basePath)) {
                return new Link(reference, null, null, "starts with '/', which breaks under a sub-path");
            }
            target = URLDecoder.decode(rawPath.substring(basePath.length()), StandardCharsets.UTF_8);
        } else {
            target = RelativeAddress.resolve(page, rawPath);
        }
        return link(reference, target, uri.getFragment() == null ? "" : uri.getFragment());
    }

    /** A link to a site path: a folder's page is its index.html. */
    private Link link(String reference, String target, String fragment) {
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        return new Link(reference, shared(file), fragment.isEmpty() ? null : shared(fragment), null);
    }

    /** What is wrong with a link, once every file is known, or null. */
    private String problemOf(Link link) {
        return link.problem() != null ? link.problem() : problem(link);
    }

    /** What is wrong with where a link leads, once every file is known, or null. */
    private String problem(Link link) {
        if (link.file() == null) {
            return null;
        }
        // Most links lead to a page: its facts say the file is there, with one look-up, not two.
        PageFacts facts = pages.get(link.file());
        if (facts == null && !files.contains(link.file())) {
            return "leads to no page of the site";
        }
        if (link.anchor() != null && facts != null && Arrays.binarySearch(facts.ids(), link.anchor()) < 0) {
            return "points at an anchor that " + link.file() + " does not have";
        }
        return null;
    }

    /** Where an element of {@link #LINKS} leads. */
    private static String address(Element element) {
        return element.hasAttr("href") ? element.attr("href") : element.attr("src");
    }

    /** Positions are found only for the rare broken link, by parsing that one page again with tracking. */
    private void report(String page, String reference, String problem, String label, Diagnostics diagnostics) {
        Document document = Jsoup.parse(new String(output.read(page), StandardCharsets.UTF_8), "",
                Parser.htmlParser().setTrackPosition(true));
        int line = 1;
        int column = 1;
        for (Element element : document.select(LINKS)) {
            if (address(element).equals(reference)) {
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
