package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages that list every article: newest first on the home page and the index, oldest first on the sources page. */
class ArticleListsTest {
    @TempDir
    Path folder;

    @Test
    void articlesOfOneDateKeepTheirIdOrderBothWays() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/articles/b-second.yaml --
                title: B on the second
                outlet: daily-news
                published: 2023-05-02
                -- content/articles/a-second.yaml --
                title: A on the second
                outlet: daily-news
                published: 2023-05-02
                -- content/articles/c-second.yaml --
                title: C on the second
                outlet: daily-news
                published: 2023-05-02
                -- content/articles/first.yaml --
                title: On the first
                outlet: daily-news
                published: 2023-05-01
                -- content/articles/third.yaml --
                title: On the third
                outlet: daily-news
                published: 2023-05-03
                """);
        assertThat(dossier.run("build").status()).isZero();

        assertThat(Jsoup.parse(dossier.read("articles/index.html")).select(".entries a").eachText()).startsWith(
                "On the third", "A on the second", "B on the second", "C on the second", "On the first");
        assertThat(Jsoup.parse(dossier.read("index.html")).select(".entries a").eachText()).startsWith(
                "On the third", "A on the second", "B on the second", "C on the second", "On the first");
        assertThat(Jsoup.parse(dossier.read("sources/index.html")).select(".chains > li > a").eachText()).endsWith(
                "On the first", "A on the second", "B on the second", "C on the second", "On the third");
    }
}
