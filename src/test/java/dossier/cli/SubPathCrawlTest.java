package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.PagesServer;
import dossier.TestDossier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built for a GitHub Pages project site, served under /repo/ on 127.0.0.1 the way Pages
 * serves it (404.html for any missing path), and crawled over HTTP: no link or anchor is broken.
 */
class SubPathCrawlTest {
    @TempDir
    Path folder;

    @Test
    void aSubPathBuildCrawledOverHttpHasNoBrokenLink() throws Exception {
        PagesServer server = PagesServer.start("/repo/");
        String root = server.root();
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        assertThat(dossier.run("build", "--base-url", root).status()).isZero();
        Path site = dossier.site();
        server.serve(site);
        try {
            HttpClient http = HttpClient.newHttpClient();
            Deque<URI> queue = new ArrayDeque<>(List.of(URI.create(root), URI.create(root + "no/such/page/")));
            Set<URI> seen = new HashSet<>(queue);
            Map<URI, Document> pages = new HashMap<>();
            List<String> broken = new ArrayList<>();
            List<String[]> anchors = new ArrayList<>();
            while (!queue.isEmpty()) {
                URI page = queue.poll();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
                boolean expectedMissing = page.getPath().startsWith("/repo/no/");
                if (response.statusCode() != (expectedMissing ? 404 : 200)) {
                    broken.add(page + " answered " + response.statusCode());
                    continue;
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("text/html")) {
                    continue;
                }
                Document document = Jsoup.parse(response.body(), page.toString());
                pages.put(withoutFragment(page), document);
                for (Element link : document.select("a[href], link[href], script[src]")) {
                    URI target = URI.create(link.absUrl(link.hasAttr("href") ? "href" : "src"));
                    if (!target.toString().startsWith(root)) {
                        assertThat(target.getHost()).as("link to %s from %s", target, page).isNotEqualTo("127.0.0.1");
                        continue;
                    }
                    if (target.getFragment() != null) {
                        anchors.add(new String[] {page.toString(), target.toString()});
                    }
                    URI bare = withoutFragment(target);
                    if (seen.add(bare)) {
                        queue.add(bare);
                    }
                }
            }
            for (String[] anchor : anchors) {
                URI target = URI.create(anchor[1]);
                Document document = pages.get(withoutFragment(target));
                if (document != null && document.getElementById(target.getFragment()) == null) {
                    broken.add(anchor[0] + " -> " + anchor[1] + " (no such anchor)");
                }
            }
            assertThat(broken).isEmpty();
            try (var files = Files.walk(site)) {
                long written = files.filter(file -> file.toString().endsWith("index.html")).count();
                // Every page the build wrote is reachable by following links; 404.html is the extra one.
                assertThat(pages).hasSize((int) written + 1);
            }
        } finally {
            server.close();
        }
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return URI.create(hash < 0 ? text : text.substring(0, hash));
    }
}
