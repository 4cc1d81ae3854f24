package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import dossier.render.RenderedSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's repeated builds reuse the pages a change does not touch, and the site they give is
 * always the one a fresh build gives, byte for byte.
 */
class IncrementalBuildTest {
    @TempDir
    Path folder;

    private final Pipeline incremental = Pipeline.incremental();

    private List<dossier.diagnostic.Diagnostic> diagnostics = List.of();

    private RenderedSite build(Pipeline pipeline) {
        RenderedSite.Collector site = new RenderedSite.Collector();
        Pipeline.Result result = pipeline.run(new Pipeline.Options(folder, Optional.of("http://127.0.0.1:8000/"), true), site);
        assertThat(result.failed()).as(result.diagnostics().toString()).isFalse();
        diagnostics = result.diagnostics();
        return site.site();
    }

    /** Rebuilds incrementally and from nothing, and holds the two sites, and what they warned of, equal. */
    private RenderedSite rebuildAndCompare() {
        RenderedSite rebuilt = build(incremental);
        List<dossier.diagnostic.Diagnostic> warned = diagnostics;
        RenderedSite fresh = build(new Pipeline());
        assertThat(text(rebuilt)).isEqualTo(text(fresh));
        assertThat(warned).isEqualTo(diagnostics);
        return rebuilt;
    }

    private static Map<String, String> text(RenderedSite site) {
        Map<String, String> files = new TreeMap<>();
        site.everyFile().forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    private static int pages(RenderedSite site) {
        return site.files().keySet().stream().filter(path -> path.endsWith(".html")).mapToInt(path -> 1).sum();
    }

    @Test
    void aChangedBodyRendersOnlyThePagesItTouches() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        RenderedSite first = build(incremental);
        assertThat(incremental.pagesReused()).isZero();

        build(incremental);
        assertThat(incremental.pagesReused()).as("nothing changed").isEqualTo(pages(first));

        dossier.with("""
                -- content/articles/farm-copy.md --
                ---
                title: "Ministry: ready to negotiate"
                outlet: farm-site
                published: 2022-10-31
                language: en
                translation: machine
                translated_from: es
                via: [article:daily-ready]
                ---

                The spokeswoman said: "[We are ready](quote:anna-ready)," and added: "[to negotiations in any
                time.](quote:anna-ready)" A new sentence.
                [Boris Other](person:boris-other) did not comment.
                """);
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(text(rebuilt).get("articles/farm-copy/index.html")).contains("A new sentence.");
        // The article's page and the pages that quote its sentences change; the rest do not.
        assertThat(incremental.pagesReused()).isGreaterThan(pages(rebuilt) / 2).isLessThan(pages(rebuilt));
    }

    @Test
    void aTypoFixedInABodyRendersOnePageAndTheSearchIndex() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with(notes("for teh record", "daily"));
        RenderedSite first = build(incremental);

        dossier.with(notes("for the record", "daily"));
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.BODY);
        assertThat(incremental.pagesReused()).isEqualTo(pages(first) - 1);
        assertThat(text(rebuilt).get("notes/index.html")).contains("for the record");

        // A link's words are in the mention the outlet's page lists: the graph is patched, and
        // the two pages that show them are rendered again.
        dossier.with(notes("for the record", "daily paper"));
        rebuilt = rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.BODY);
        assertThat(incremental.pagesReused()).isEqualTo(pages(first) - 2);

        // A word whose first letters no other word has adds a shard ("zy", 7a79 in UTF-8 and
        // hexadecimal), and the manifest that lists the shards is written again.
        assertThat(text(rebuilt).get("search/index.json")).doesNotContain("\"7a79\"");
        dossier.with(notes("for the record, zyzzyva", "daily paper"));
        rebuilt = rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.BODY);
        assertThat(text(rebuilt).get("search/index.json")).contains("\"7a79\"");
        assertThat(text(rebuilt)).containsKey("search/terms/7a79.json");
        // And gone again: the shard's file is removed, as a build from nothing would not make it.
        dossier.with(notes("for the record", "daily paper"));
        rebuilt = rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.BODY);
        assertThat(text(rebuilt)).doesNotContainKey("search/terms/7a79.json");

        dossier.with(notes("for the record", "daily paper", "wire-agency"));
        rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).as("a link to another outlet changes the graph").isEmpty();
    }

    /**
     * serve rehearses edits to a body and to a title in memory once its first build is served,
     * each undone: the site stays the one built, and the next real edits still take the shortcut
     * and give the site a fresh build gives.
     */
    @Test
    void rehearsedEditsLeaveTheSiteAsBuilt() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with(notes("for teh record", "daily"));
        RenderedSite first = build(incremental);
        for (int i = 0; i < 3; i++) {
            assertThat(incremental.rehearse(EditShortcut.Edit.BODY)).isTrue();
            assertThat(incremental.rehearse(EditShortcut.Edit.METADATA)).isTrue();
        }

        RenderedSite again = build(incremental);
        assertThat(incremental.shortcutTaken()).as("the last good build is still known").isPresent();
        assertThat(text(again)).isEqualTo(text(first));

        dossier.with(notes("for the record", "daily"));
        rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.BODY);
        assertThat(incremental.pagesReused()).isEqualTo(pages(first) - 1);

        Path article = folder.resolve("content/articles/daily-ready.md");
        Files.writeString(article, Files.readString(article).replace("title: Ministry says", "title: The ministry says"));
        RenderedSite retitled = rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.METADATA);
        assertThat(text(retitled).get("articles/index.html")).contains("The ministry says it is ready to talk");
        // serve keeps the graph export as the pieces it is made of, never joined into one array.
        assertThat(retitled.inPieces()).containsOnlyKeys("dossier.json");
        assertThat(first.inPieces()).containsOnlyKeys("dossier.json");
    }

    /** Where there is nothing to rehearse on, nothing is rehearsed, and the next build is as any other. */
    @Test
    void withoutALastGoodBuildNothingIsRehearsed() {
        TestDossier.copyOf("basic", folder);
        assertThat(incremental.rehearse(EditShortcut.Edit.METADATA)).isFalse();
        build(incremental);
        assertThat(incremental.shortcutTaken()).isEmpty();
    }

    /** The words of a link to a quote are a rendering of it: the quote's page shows them, compared. */
    @Test
    void newWordsOfAQuoteRenderingReachTheQuotesPage() throws Exception {
        TestDossier.copyOf("basic", folder);
        build(incremental);
        Path article = folder.resolve("content/articles/farm-copy.md");
        Files.writeString(article, Files.readString(article).replace("[We are ready](quote:anna-ready)",
                "[We are ready for talks](quote:anna-ready)"));
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.BODY);
        assertThat(text(rebuilt).get("quotes/anna-ready/index.html")).contains("<ins>talks");
    }

    /** A page with a paragraph of prose and one with a link to an outlet. */
    private static String notes(String prose, String linkText) {
        return notes(prose, linkText, "daily-news");
    }

    private static String notes(String prose, String linkText, String outlet) {
        return """
                -- content/pages/notes.md --
                ---
                title: Notes
                ---
                How the articles were chosen, and by whom, is written down here %s.

                The [%s](outlet:%s) was read every morning.
                """.formatted(prose, linkText, outlet);
    }

    /**
     * Random edits to the bodies of the fixture, one file at a time: letters changed, words added,
     * the words of a link changed, lines added. Each incremental build, shortcut or not, gives the
     * site a fresh build gives.
     */
    @Test
    void randomBodyEditsAlwaysGiveTheSiteAFreshBuildGives() throws Exception {
        TestDossier.copyOf("basic", folder);
        build(incremental);
        java.util.Random random = new java.util.Random(17);
        List<Path> files;
        try (var walk = Files.walk(folder.resolve("content"))) {
            files = walk.filter(path -> path.toString().endsWith(".md")).sorted().toList();
        }
        int shortcuts = 0;
        for (int round = 0; round < 24; round++) {
            Path file = files.get(random.nextInt(files.size()));
            String text = Files.readString(file);
            int bodyStart = text.indexOf("\n---\n", 4) + 5;
            List<String> lines = new ArrayList<>(List.of(text.substring(bodyStart).split("\n", -1)));
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (round % 4) {
                case 0 -> lines.set(at, plainProse(line) ? mistype(line, random) : line);
                case 1 -> lines.set(at, plainProse(line) ? line + " Word" + round + "." : line);
                case 2 -> lines.set(at, TYPED_LINK_WORDS.matcher(line).replaceFirst("[$1s]("));
                default -> lines.add(at, "");
            }
            Files.writeString(file, text.substring(0, bodyStart) + String.join("\n", lines));
            rebuildAndCompare();
            shortcuts += incremental.shortcutTaken().isPresent() ? 1 : 0;
        }
        assertThat(shortcuts).as("some edits took the shortcut").isPositive();
    }

    /** The words of a typed link, which an edit makes plural. */
    private static final java.util.regex.Pattern TYPED_LINK_WORDS =
            java.util.regex.Pattern.compile("\\[([^\\]\\[]+)\\]\\((?=(?:article|outlet|person|quote|event|topic|page):)");

    /** A line of prose that holds no link, markup or quotation, so a letter can change safely. */
    private static boolean plainProse(String line) {
        return line.length() > 20 && line.chars().allMatch(c -> Character.isLetterOrDigit(c) || " ,.'".indexOf(c) >= 0);
    }

    private static String mistype(String line, java.util.Random random) {
        char[] chars = line.toCharArray();
        for (int tries = 0; tries < 50; tries++) {
            int at = random.nextInt(chars.length);
            if (Character.isLowerCase(chars[at])) {
                chars[at] = (char) ('a' + random.nextInt(26));
                break;
            }
        }
        return new String(chars);
    }

    /** One kind of edit to a file of the fixture: what it matches, and what it may become. */
    private record Edit(String path, String pattern, List<String> choices) {
        /** Replaces the line of a metadata field with one of these values. */
        static Edit line(String path, String field, String... values) {
            return new Edit(path, "(?m)^" + field + ": .*$", java.util.Arrays.stream(values).map(v -> field + ": " + v).toList());
        }
    }

    private static final List<Edit> METADATA_EDITS = List.of(
            Edit.line("articles/daily-ready.md", "title", "Ministry says it is ready to talk", "Ready to talk, says ministry", "Zeta"),
            Edit.line("articles/daily-ready.md", "outlet", "daily-news", "news-group"),
            Edit.line("articles/daily-ready.md", "published", "2022-10-30T10:00:00+02:00", "2022-11-20", "2021-01-05"),
            Edit.line("articles/daily-ready.md", "via", "[wire-agency]", "[]", "[news-group]"),
            Edit.line("articles/daily-ready.md", "topics", "[talks]", "[]"),
            Edit.line("articles/farm-copy.md", "title", "\"Ministry: ready to negotiate\"", "A farm's copy"),
            Edit.line("articles/farm-copy.md", "outlet", "farm-site", "daily-news"),
            Edit.line("articles/farm-copy.md", "published", "2022-10-31", "2020-02-02"),
            new Edit("articles/farm-copy.md", "\\[[A-Za-z ]+\\]\\((person|event):[a-z-]+\\) did not comment", List.of(
                    "[Boris Other](person:boris-other) did not comment", "[Anna Speaker](person:anna-speaker) did not comment",
                    "[The summit](event:summit) did not comment")),
            Edit.line("outlets/daily-news.md", "name", "Daily News", "Daily Herald"),
            Edit.line("outlets/daily-news.md", "kind", "independent", "state-controlled"),
            new Edit("outlets/farm-site.yaml", "(?m)^kind: content-farm(\nparent: news-group)?$", List.of(
                    "kind: content-farm", "kind: content-farm\nparent: news-group")),
            Edit.line("outlets/wire-agency.yaml", "name", "Wire Agency", "Agency Wire"),
            Edit.line("people/anna-speaker.md", "name", "Anna Speaker", "Anna Spokes"),
            Edit.line("people/anna-speaker.md", "aliases", "[Ana Speaker]", "[]"),
            Edit.line("people/boris-other.yaml", "name", "Boris Other", "Boris Renamed"),
            Edit.line("quotes/anna-ready.md", "speaker", "anna-speaker", "boris-other"),
            Edit.line("quotes/anna-ready.md", "said", "2022-10-30", "2022-11-02"),
            Edit.line("quotes/anna-ready.md", "text", "We are ready for negotiations at any time.",
                    "We are ready for negotiations at any time, and we always were."),
            Edit.line("quotes/draft-wording.yaml", "text", "The Parties shall not deploy forces near each other's borders.",
                    "The Parties shall deploy no forces near the borders."),
            Edit.line("events/summit.yaml", "title", "The summit", "The autumn summit"),
            Edit.line("events/summit.yaml", "start", "2022-11-15", "2022-09-01"),
            Edit.line("events/treaty-drafts.md", "title", "Treaty drafts published", "Drafts of two treaties published"),
            Edit.line("topics/talks.md", "title", "Talks", "Talks and negotiations"),
            Edit.line("pages/about.md", "title", "About", "About this dossier"),
            // Shown on every page, in elements whose markup serve keeps from build to build.
            Edit.line("dossier.yaml", "title", "Test dossier", "A renamed dossier"));

    /**
     * Random edits to metadata and to the targets of links, one file at a time: titles, outlets,
     * dates, sources relied on, speakers, members of a group. serve makes new page models only
     * for the pages that read what changed; each site is still the one a fresh build gives.
     */
    @Test
    void randomMetadataEditsAlwaysGiveTheSiteAFreshBuildGives() throws Exception {
        TestDossier.copyOf("basic", folder);
        build(incremental);
        java.util.Random random = new java.util.Random(29);
        int untouched = 0;
        int shortcuts = 0;
        for (int round = 0; round < 40; round++) {
            Edit edit = METADATA_EDITS.get(random.nextInt(METADATA_EDITS.size()));
            Path file = folder.resolve("content").resolve(edit.path());
            String text = Files.readString(file);
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(edit.pattern()).matcher(text);
            assertThat(matcher.find()).as("%s has %s", edit.path(), edit.pattern()).isTrue();
            List<String> others = edit.choices().stream().filter(choice -> !choice.equals(matcher.group())).toList();
            String choice = others.get(random.nextInt(others.size()));
            Files.writeString(file, text.substring(0, matcher.start()) + choice + text.substring(matcher.end()));
            RenderedSite rebuilt = rebuildAndCompare();
            assertThat(incremental.shortcutTaken()).isNotEqualTo(Optional.of(EditShortcut.Edit.BODY));
            assertThat(incremental.pagesUntouched()).isLessThan(pages(rebuilt));
            untouched += incremental.pagesUntouched();
            shortcuts += incremental.shortcutTaken().isPresent() ? 1 : 0;
        }
        assertThat(untouched).as("some pages read nothing an edit changed").isPositive();
        assertThat(shortcuts).as("some edits rendered only the pages that read what they changed").isPositive();
    }

    /**
     * serve checks again only the links of pages written anew, while no file came or went and no
     * page lost an id; a link broken by an edit to the page it leads to is still found.
     */
    @Test
    void aLinkBrokenByAnEditElsewhereIsStillFound() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                See [the background](../articles/daily-ready/#background).
                """);
        build(incremental);
        Path article = folder.resolve("content/articles/daily-ready.md");
        Files.writeString(article, Files.readString(article).replace("## Background", "## Context"));
        Pipeline.Options options = new Pipeline.Options(folder, Optional.of("http://127.0.0.1:8000/"), true);
        Pipeline.Result rebuilt = incremental.run(options, new RenderedSite.Collector());
        Pipeline.Result fresh = new Pipeline().run(options, new RenderedSite.Collector());
        assertThat(fresh.failed()).isTrue();
        assertThat(rebuilt.failed()).isTrue();
        assertThat(rebuilt.diagnostics()).isEqualTo(fresh.diagnostics());
        assertThat(rebuilt.diagnostics().toString()).contains("does not have");

        Files.writeString(article, Files.readString(article).replace("## Context", "## Background"));
        build(incremental);
        dossier.with("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                See [the background](../articles/daily-ready/#backgrounds).
                """);
        assertThat(incremental.run(options, new RenderedSite.Collector()).diagnostics().toString()).contains("does not have");
    }

    /**
     * The graph resolves again only the links of entities that changed, and of those whose links
     * lead to an anchor in a body that changed: a typed link to a heading renamed elsewhere is
     * reported at once.
     */
    @Test
    void aTypedLinkToAnAnchorRemovedElsewhereIsReported() throws Exception {
        TestDossier.copyOf("basic", folder).with("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                See [the background](article:daily-ready#background).
                """);
        build(incremental);
        Path article = folder.resolve("content/articles/daily-ready.md");
        Files.writeString(article, Files.readString(article).replace("## Background", "## Context"));
        Pipeline.Options options = new Pipeline.Options(folder, Optional.of("http://127.0.0.1:8000/"), true);
        Pipeline.Result rebuilt = incremental.run(options, new RenderedSite.Collector());
        assertThat(rebuilt.failed()).isTrue();
        assertThat(rebuilt.diagnostics()).isEqualTo(new Pipeline().run(options, new RenderedSite.Collector()).diagnostics());
        assertThat(rebuilt.diagnostics().toString()).contains("content/pages/about.md", "has no anchor '#background'");

        Files.writeString(article, Files.readString(article).replace("## Context", "## Background"));
        rebuildAndCompare();
    }

    @Test
    void aNewTitleReachesEveryPageThatNamesIt() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        build(incremental);
        dossier.with("""
                -- content/people/boris-other.yaml --
                name: Boris Renamed
                """);
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(text(rebuilt).get("people/boris-other/index.html")).contains("<h1>Boris Renamed</h1>");
        assertThat(text(rebuilt).get("people/index.html")).contains("Boris Renamed");
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.METADATA);
        assertThat(incremental.pagesUntouched()).isPositive();

        // A problem that comes with an edit to metadata is found by the whole pipeline.
        dossier.with("""
                -- content/people/boris-other.yaml --
                name: Boris Renamed
                nmae: Boris
                """);
        Pipeline.Result failed = incremental.run(new Pipeline.Options(folder, Optional.of("http://127.0.0.1:8000/"), true),
                new RenderedSite.Collector());
        assertThat(incremental.shortcutTaken()).isEmpty();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("nmae"));
    }

    /**
     * Long lists take each item as the last build made it unless it read something that changed.
     * An item that left its list while something it read changed is not taken when it comes back:
     * the home page's latest articles lose the tenth newest to a newer one, its outlet is renamed,
     * and the newer one goes again.
     */
    @Test
    void anItemBackInItsListShowsWhatChangedWhileItWasAway() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        for (int day = 1; day <= 8; day++) {
            dossier.with(newerArticle(day));
        }
        build(incremental);
        assertThat(text(rebuildAndCompare()).get("index.html")).contains("Ministry says it is ready to talk");

        dossier.with(newerArticle(9));
        assertThat(text(rebuildAndCompare()).get("index.html")).doesNotContain("Ministry says it is ready to talk");

        Path outlet = folder.resolve("content/outlets/daily-news.md");
        Files.writeString(outlet, Files.readString(outlet).replace("name: Daily News", "name: Daily Renamed"));
        rebuildAndCompare();

        Files.delete(folder.resolve("content/articles/newer-9.md"));
        String home = text(rebuildAndCompare()).get("index.html");
        assertThat(home).contains("Ministry says it is ready to talk").contains("Daily Renamed").doesNotContain("Daily News");
    }

    private static String newerArticle(int day) {
        return """
                -- content/articles/newer-%d.md --
                ---
                title: Newer report %d
                outlet: wire-agency
                published: 2023-01-0%d
                language: en
                translation: none
                ---

                A newer report.
                """.formatted(day, day, day);
    }

    /**
     * A title is nothing the graph reads, so the graph is kept; its warnings are still given. An
     * outlet is read by the source chains and corroboration: the graph is built again.
     */
    @Test
    void anEditToWhatTheGraphDoesNotReadKeepsTheGraph() throws Exception {
        TestDossier.copyOf("basic", folder).with("""
                -- content/articles/unlinked.md --
                ---
                title: Unlinked
                outlet: daily-news
                published: 2022-11-02
                ---

                The ministry repeated: “We are ready for negotiations at any time,” and nothing else.
                """);
        build(incremental);
        assertThat(incremental.reusedGraph()).isFalse();
        Path article = folder.resolve("content/articles/daily-ready.md");
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$", "title: Ready, says ministry"));
        rebuildAndCompare();
        assertThat(incremental.reusedGraph()).isTrue();
        assertThat(diagnostics).singleElement().asString().contains("but is not linked to it");
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^outlet: .*$", "outlet: news-group"));
        rebuildAndCompare();
        assertThat(incremental.reusedGraph()).isFalse();
        Path quote = folder.resolve("content/quotes/anna-ready.md");
        Files.writeString(quote, Files.readString(quote).replaceFirst("(?m)^said: .*$", "said: 2022-11-02"));
        rebuildAndCompare();
        assertThat(incremental.reusedGraph()).as("a quote is compared with its renderings").isFalse();
    }

    /** An edit to a title after one to a link's words keeps the graph the first edit patched. */
    @Test
    void aTitleEditedAfterABodyKeepsThePatchedGraph() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with(notes("for the record", "daily"));
        build(incremental);
        dossier.with(notes("for the record", "daily paper"));
        rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.BODY);

        Path article = folder.resolve("content/articles/daily-ready.md");
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$", "title: Ready, says ministry"));
        rebuildAndCompare();
        assertThat(incremental.shortcutTaken()).contains(EditShortcut.Edit.METADATA);
        assertThat(incremental.reusedGraph()).isTrue();
    }

    /** The site's title is in markup serve keeps from build to build (the navigation): that starts afresh. */
    @Test
    void aNewSiteTitleReachesEveryPage() throws Exception {
        TestDossier.copyOf("basic", folder);
        build(incremental);
        Path settings = folder.resolve("content/dossier.yaml");
        Files.writeString(settings, Files.readString(settings).replace("title: Test dossier", "title: A renamed dossier"));
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(text(rebuilt).get("timeline/index.html")).contains("A renamed dossier").doesNotContain("Test dossier");
    }

    @Test
    void aRemovedOrAddedFileIsSeen() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        build(incremental);
        Files.delete(folder.resolve("content/articles/farm-copy.md"));
        dossier.with("""
                -- content/people/clara-new.yaml --
                name: Clara New
                """);
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(rebuilt.files()).doesNotContainKey("articles/farm-copy/index.html")
                .containsKey("people/clara-new/index.html");
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        build(incremental);
        dossier.with("""
                -- templates/page.html --
                <!DOCTYPE html>
                <html lang="en"><head><title th:text="${page.title}">x</title></head>
                <body><h1 th:text="${page.title}">x</h1></body></html>
                """);
        incremental.forgetPages();
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(incremental.pagesReused()).isZero();
        assertThat(text(rebuilt).get("about/index.html")).contains("<body><h1>About</h1></body>");
    }
}
