package dossier.render;

import java.util.Collection;
import java.util.stream.Collectors;

/** sitemap.xml and robots.txt. A sitemap needs absolute addresses, so it lists pages only when a base URL is set. */
final class Sitemap {
    static final String PATH = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    private Sitemap() {
    }

    static String sitemap(String baseUrl, Collection<String> pageDirectories) {
        String urls = baseUrl.isEmpty() ? "" : pageDirectories.stream().sorted()
                .map(dir -> "  <url><loc>" + XmlText.escape(baseUrl + dir) + "</loc></url>\n")
                .collect(Collectors.joining());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "</urlset>\n";
    }

    static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n" + (baseUrl.isEmpty() ? "" : "Sitemap: " + baseUrl + PATH + "\n");
    }
}
