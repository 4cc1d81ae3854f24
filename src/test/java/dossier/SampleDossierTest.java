package dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own dossier, the sample every reader first sees, holds together. */
class SampleDossierTest {
    @TempDir
    static Path out;
    static TestDossier.Run build;

    @BeforeAll
    static void buildTheRepositorysDossier() {
        build = TestDossier.Run.of("build", "--source", ".", "--out", out.toString());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void checksWithoutErrorsOrWarnings() {
        TestDossier.Run check = TestDossier.Run.of("check", "--source", ".");
        assertThat(check.err()).isEmpty();
        assertThat(check.status()).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(build.status()).isZero();
    }

    @Test
    void hasTheFiveSeedArticles() throws IOException {
        assertThat(page("articles/index.html").select(".entries li")).hasSize(5);
        try (Stream<Path> articles = Files.list(Path.of("content/articles"))) {
            assertThat(articles).hasSize(5);
        }
    }

    @Test
    void peskovsStatementShowsItsThreeRenderings() throws IOException {
        Document quote = page("quotes/peskov-2022-10-30-us-concerns/index.html");
        assertThat(quote.select(".renderings tbody tr td:nth-child(2)").eachText())
                .containsExactlyInAnyOrder("Ukrainska Pravda", "Unidentified aggregator (seed 001)", "Tasnim News Agency");
        assertThat(quote.select(".renderings tbody tr")).allSatisfy(row ->
                assertThat(row.select("ins, del")).as(row.text()).isNotEmpty());
        assertThat(quote.select(".renderings .similarity").eachText()).allSatisfy(figure ->
                assertThat(figure).matches("\\d{1,3}%"));
        Document lavrov = page("quotes/lavrov-2022-10-always-ready-to-listen/index.html");
        assertThat(lavrov.select(".renderings tbody tr")).hasSize(2);
    }

    @Test
    void everyOutletAndPersonPageListsTheArticlesThatMentionIt() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : articleFiles()) {
            String id = file.getFileName().toString().replace(".md", "");
            Document article = page("articles/" + id + "/index.html");
            for (Element link : article.select(".body a.ref-person, .body a.ref-outlet, .byline a, .facts a[href*=outlets/]")) {
                String target = link.attr("href").replace("../../", "");
                Document targetPage = page(target + "index.html");
                if (targetPage.select("a[href$=articles/" + id + "/]").isEmpty()) {
                    missing.add(target + " does not list " + id);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void timelineRunsFromDecember2021ToNovember2022() throws IOException {
        List<String> months = page("timeline/index.html").select(".month h2").eachText();
        assertThat(months.get(0)).isEqualTo("December 2021");
        assertThat(months.get(months.size() - 1)).isEqualTo("November 2022");
    }

    @Test
    void everyArticleRecordsTheHashOfItsCapturedText() throws IOException {
        for (Path file : articleFiles()) {
            assertThat(Files.readString(file)).as(file.toString()).containsPattern("content_sha256: [0-9a-f]{64}");
        }
    }

    private static List<Path> articleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/articles"))) {
            return files.sorted().toList();
        }
    }
}
