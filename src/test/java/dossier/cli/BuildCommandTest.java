package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier build} on a small dossier with every kind of entity, checked page by page. */
class BuildCommandTest {
    @TempDir
    static Path folder;
    static TestDossier dossier;
    static TestDossier.Run run;

    @BeforeAll
    static void build() {
        dossier = TestDossier.copyOf("basic", folder);
        run = dossier.run("build");
    }

    private static Document page(String path) {
        return Jsoup.parse(dossier.read(path), "https://site.invalid/" + path);
    }

    @Test
    void succeedsWithoutDiagnostics() {
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("built ").contains("into site");
    }

    @Test
    void writesEveryPageOfTheUrlList() {
        for (String path : List.of("index.html", "articles/index.html", "outlets/index.html", "people/index.html",
                "quotes/index.html", "events/index.html", "topics/index.html", "pages/index.html",
                "articles/daily-ready/index.html", "outlets/daily-news/index.html", "people/anna-speaker/index.html",
                "quotes/anna-ready/index.html", "events/treaty-drafts/index.html", "topics/talks/index.html",
                "about/index.html", "timeline/index.html", "search/index.html", "feed.xml", "sitemap.xml",
                "robots.txt", "404.html", ".nojekyll", "dossier.json", "sources/index.html")) {
            assertThat(dossier.site().resolve(path)).as(path).isRegularFile();
        }
    }

    @Test
    void assetNamesCarryAHashOfTheirContent() throws Exception {
        String href = page("articles/daily-ready/index.html").selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("\\.\\./\\.\\./assets/style\\.[0-9a-f]{10}\\.css");
        byte[] css = java.nio.file.Files.readAllBytes(dossier.site().resolve("articles/daily-ready/" + href).normalize());
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(css));
        assertThat(href).contains("style." + hash.substring(0, 10) + ".css");
        assertThat(page("search/index.html").selectFirst("#search-script").attr("src")).matches("\\.\\./assets/search\\.[0-9a-f]{10}\\.js");
        assertThat(page("index.html").selectFirst("link[rel=icon]").attr("href")).matches("\\./assets/favicon\\.[0-9a-f]{10}\\.svg");
    }

    @Test
    void articlePageShowsItsMetadataAndBody() {
        Document article = page("articles/daily-ready/index.html");
        assertThat(article.selectFirst("h1").text()).isEqualTo("Ministry says it is ready to talk");
        assertThat(article.selectFirst(".byline a").text()).isEqualTo("Daily News");
        assertThat(article.selectFirst(".byline a").attr("href")).isEqualTo("../../outlets/daily-news/");
        assertThat(article.selectFirst(".byline .badge").text()).isEqualTo("independent");
        assertThat(article.selectFirst(".byline time").attr("datetime")).isEqualTo("2022-10-30");
        assertThat(article.select(".facts dt").eachText()).containsExactly("Author", "Published at", "Archived copy",
                "Captured", "Language", "Relies on", "Topics", "Inferred by the editor", "SHA-256 of the captured text");
        assertThat(article.selectFirst(".inferred").text()).isEqualTo("author");
        assertThat(article.selectFirst(".body").attr("lang")).isEqualTo("en");
        assertThat(article.select(".body a.ref-person").attr("href")).isEqualTo("../../people/anna-speaker/");
        assertThat(article.select(".body a.quote-rendering").text()).isEqualTo("We are ready for negotiations at any time.");
        assertThat(article.select(".body table td").eachText()).containsExactly("17 Dec 2021", "Drafts");
        assertThat(article.select(".body .footnotes li").text()).contains("The byline was inferred");
        // The same note as a side note where it is referenced, opened by its number on narrow screens.
        assertThat(article.select(".body p .sidenote").text()).isEqualTo("1 The byline was inferred from the house style.");
        String toggle = article.selectFirst(".body p input.sidenote-toggle").id();
        assertThat(article.selectFirst(".body p label.sidenote-number").attr("for")).isEqualTo(toggle);
        assertThat(article.selectFirst(".body .footnotes .footnote-backref").attr("href")).isEqualTo("#fnref-source");
        assertThat(article.getElementById("fnref-source")).isNotNull();
        assertThat(article.select(".body p[id]").eachAttr("id")).contains("p1", "p2");
        assertThat(article.select(".quoted li a").text()).startsWith("“We are ready for negotiations");
    }

    @Test
    void machineTranslationAndAlertAreShown() {
        Document article = page("articles/farm-copy/index.html");
        assertThat(article.selectFirst(".translation").text()).isEqualTo("machine translation from Spanish");
        assertThat(article.selectFirst(".body .alert-note .alert-title").text()).isEqualTo("Note");
        assertThat(article.selectFirst(".body .alert-note").text()).contains("machine translation of a Spanish original");
        assertThat(article.select(".facts dd a").eachText()).contains("Ministry says it is ready to talk");
    }

    @Test
    void outletPageListsArticlesGroupAndMentions() {
        Document outlet = page("outlets/daily-news/index.html");
        assertThat(outlet.selectFirst("h1").text()).isEqualTo("Daily News");
        assertThat(outlet.select(".facts dt").eachText()).containsExactly("Website", "Country", "Language", "Owner",
                "Part of", "Reliability");
        assertThat(outlet.select("#articles-heading + ul a").eachText()).containsExactly("Ministry says it is ready to talk");
        Document group = page("outlets/news-group/index.html");
        assertThat(group.select(".facts dd a").eachText()).containsExactly("Daily News");
        Document wire = page("outlets/wire-agency/index.html");
        assertThat(wire.select(".badge").text()).isEqualTo("state-controlled");
        assertThat(wire.select("#relied-heading + ul a").eachText()).containsExactly("Ministry says it is ready to talk");
        assertThat(wire.select(".mentions li").eachText()).noneSatisfy(text -> assertThat(text).contains("listed under “via”"));
        assertThat(wire.select(".mentions li").eachText()).anySatisfy(text -> assertThat(text)
                .contains("She told Wire Agency:"));
    }

    @Test
    void personPageShowsRolesStatementsAndMentionsWithContext() {
        Document person = page("people/anna-speaker/index.html");
        assertThat(person.selectFirst(".aliases").text()).isEqualTo("Also written Ana Speaker");
        assertThat(person.selectFirst(".roles li").text()).isEqualTo("Spokeswoman, The Ministry (since 1 January 2015)");
        assertThat(person.select("#statements-heading + ul a").eachText()).containsExactly("“We are ready for negotiations at any time.”");
        assertThat(person.select(".mentions h3").eachText()).containsExactly("Articles", "Events");
        assertThat(person.select(".mentions li").eachText()).anySatisfy(text -> assertThat(text)
                .isEqualTo("Ministry says it is ready to talk — Anna Speaker said on Sunday that the ministry was ready."));
    }

    @Test
    void quotePageListsEveryRendering() {
        Document quote = page("quotes/anna-ready/index.html");
        assertThat(quote.selectFirst(".facts dd a").text()).isEqualTo("Anna Speaker");
        assertThat(quote.selectFirst(".original blockquote").attr("lang")).isEqualTo("ru");
        assertThat(quote.selectFirst(".reference blockquote").text()).isEqualTo("We are ready for negotiations at any time.");
        assertThat(quote.select(".renderings tbody tr")).hasSize(2);
        assertThat(quote.select(".renderings tbody tr td:nth-child(2)").eachText()).containsExactly("Daily News", "Farm Site");
        assertThat(quote.select(".renderings .rendering-text").eachText())
                .containsExactly("We are ready for negotiations at any time.", "We are ready … for to negotiations at in any time.");
        assertThat(quote.select(".renderings tbody tr:nth-child(2) ins").eachText()).containsExactly("to", "in");
        assertThat(quote.select(".renderings tbody tr:nth-child(2) del").eachText()).containsExactly("for", "at");
        assertThat(quote.select(".renderings .similarity").eachText()).containsExactly("100%", "75%");
    }

    @Test
    void articlePageFollowsATwoStepSourceChainToTheSpeaker() {
        Document article = page("articles/farm-copy/index.html");
        assertThat(article.select(".chains li").eachText())
                .containsExactly("Farm Site → “Ministry says it is ready to talk” → Daily News → Wire Agency → Anna Speaker");
        assertThat(article.select(".chains li a").eachAttr("href")).containsExactly("../../outlets/farm-site/",
                "../daily-ready/", "../../outlets/daily-news/", "../../outlets/wire-agency/", "../../people/anna-speaker/");
    }

    @Test
    void sourcesPageDrawsTheChainsOfTheWholeDossierAsOneSvg() throws Exception {
        String html = dossier.read("sources/index.html");
        Document sources = Jsoup.parse(html);
        String svg = sources.selectFirst("svg.source-graph").outerHtml();
        // Well-formed XML, as an SVG must be.
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(sources.select("svg a").eachAttr("href")).containsExactly(
                "../outlets/farm-site/", "../outlets/daily-news/", "../outlets/wire-agency/", "../people/anna-speaker/");
        assertThat(sources.select("svg a text").eachText()).containsExactly("Farm Site", "Daily News", "Wire Agency", "Anna Speaker");
        // Farm Site -> Daily News -> Wire Agency -> Anna Speaker.
        assertThat(sources.select("svg path.edge")).hasSize(3);
        assertThat(sources.select(".chains > li > ol > li").eachText()).contains(
                "Farm Site → “Ministry says it is ready to talk” → Daily News → Wire Agency → Anna Speaker");
    }

    @Test
    void quotesAndEventsSayHowWidelyTheyAreCarried() {
        assertThat(page("quotes/anna-ready/index.html").selectFirst(".corroboration").text())
                .isEqualTo("Carried by 2 articles from 2 outlets (2 owners), which rely on 2 sources (2 owners).");
        assertThat(page("events/treaty-drafts/index.html").selectFirst(".corroboration").text())
                .isEqualTo("Carried by 1 article from 1 outlet (1 owner), which rely on 1 source (1 owner).");
        assertThat(page("people/anna-speaker/index.html").select("#statements-heading + ul .detail").eachText())
                .containsExactly("30 October 2022 · carried by 2 outlets");
    }

    @Test
    void aQuoteFromADocumentNamesTheDocumentAndTheEventListsIt() {
        Document quote = page("quotes/draft-wording/index.html");
        assertThat(quote.select(".facts dt").eachText()).containsExactly("Document");
        assertThat(quote.selectFirst(".facts dd a").attr("href")).isEqualTo("../../events/treaty-drafts/");
        Document event = page("events/treaty-drafts/index.html");
        assertThat(event.select(".mentions li").eachText())
                .contains("“The Parties shall not deploy forces near each other's borders.” — listed under “document”");
    }

    @Test
    void eventTopicAndFreePages() {
        Document summit = page("events/summit/index.html");
        assertThat(summit.select(".byline time").eachText()).containsExactly("15 November 2022", "16 November 2022");
        assertThat(summit.selectFirst(".byline").text()).endsWith("· Bali");
        Document topic = page("topics/talks/index.html");
        assertThat(topic.select(".mentions h3").eachText()).containsExactly("Articles", "Quotes", "Events");
        Document about = page("about/index.html");
        assertThat(about.selectFirst(".body a").attr("href")).isEqualTo("../articles/daily-ready/#p2");
    }

    @Test
    void timelineMergesEventsStatementsAndArticlesInDateOrder() {
        Document timeline = page("timeline/index.html");
        assertThat(timeline.select(".month h2").eachText())
                .containsExactly("December 2021", "October 2022", "November 2022");
        assertThat(timeline.select(".timeline li .kind-label").eachText())
                .containsExactly("Event", "Statement", "Article", "Article", "Event");
    }

    @Test
    void everyInternalLinkAndAnchorResolvesToAWrittenFile() throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dossier.site())) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String path = dossier.site().relativize(file).toString();
                pages.put(path, Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (var page : pages.entrySet()) {
            if (page.getKey().equals("404.html")) {
                continue; // links from the base path; crawled in its own test
            }
            for (Element link : page.getValue().select("a[href], link[href], script[src]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                URI uri = URI.create(href);
                if (uri.isAbsolute()) {
                    continue;
                }
                checked++;
                URI resolved = URI.create("https://site.invalid/" + page.getKey()).resolve(uri);
                String target = resolved.getPath().substring(1);
                target = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
                if (!Files.isRegularFile(dossier.site().resolve(target))) {
                    broken.add(page.getKey() + " -> " + href);
                } else if (uri.getFragment() != null && pages.containsKey(target)
                        && pages.get(target).getElementById(uri.getFragment()) == null) {
                    broken.add(page.getKey() + " -> " + href + " (no such anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void notFoundPageLinksFromTheBasePath() {
        Document notFound = page("404.html");
        assertThat(notFound.select("link[rel=stylesheet]").attr("href")).matches("/test/assets/style\\.[0-9a-f]{10}\\.css");
        assertThat(notFound.select(".sections a").eachAttr("href")).contains("/test/articles/", "/test/people/");
    }

    @Test
    void feedSitemapAndRobotsUseTheBaseUrl() {
        assertThat(dossier.read("feed.xml"))
                .contains("<id>https://example.org/test/articles/farm-copy/</id>")
                .contains("<updated>2022-10-31T00:00:00Z</updated>");
        assertThat(dossier.read("sitemap.xml")).contains("<loc>https://example.org/test/quotes/anna-ready/</loc>");
        assertThat(dossier.read("robots.txt")).contains("Sitemap: https://example.org/test/sitemap.xml");
        Document article = page("articles/daily-ready/index.html");
        assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/test/articles/daily-ready/");
        assertThat(article.selectFirst(".site-footer a").attr("href"))
                .isEqualTo("https://github.com/example/test-dossier/edit/main/content/articles/daily-ready.md");
    }

    @Test
    void pagesDescribeTheirEntityInJsonLd() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var article = json.readTree(page("articles/daily-ready/index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(article.get("archivedAt").asText()).isEqualTo("https://archive.example/daily-ready");
        assertThat(article.get("isBasedOn").get(0).get("name").asText()).isEqualTo("Wire Agency");
        assertThat(article.get("datePublished").asText()).isEqualTo("2022-10-30T10:00:00+02:00");
        var outlet = json.readTree(page("outlets/daily-news/index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(outlet.get("parentOrganization").get("name").asText()).isEqualTo("News Group");
        var quote = json.readTree(page("quotes/anna-ready/index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(quote.get("@type").asText()).isEqualTo("Quotation");
        assertThat(quote.get("creator").get("name").asText()).isEqualTo("Anna Speaker");
        var person = json.readTree(page("people/anna-speaker/index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(person.get("sameAs").asText()).isEqualTo("https://www.wikidata.org/wiki/Q42");
        var event = json.readTree(page("events/summit/index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(event.get("endDate").asText()).isEqualTo("2022-11-16");
    }

    @Test
    void graphExportNamesEveryEntityReferenceAndRendering() {
        String json = dossier.read("dossier.json");
        assertThat(json).contains("\"format\":\"dossier-graph\"")
                .contains("\"from\":\"article:farm-copy\"")
                .contains("\"to\":\"quote:anna-ready\"")
                .contains("\"path\":\"content/articles/daily-ready.md\"");
    }
}
