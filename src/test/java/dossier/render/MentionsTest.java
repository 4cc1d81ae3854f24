package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Mentioned in" section of an entity's page: who points at it, and in which words. */
class MentionsTest {
    @TempDir
    Path folder;

    @Test
    void aMentionInWordsAlreadyListedIsListedOnceAndOthersInTheirOrder() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/articles/twice.md --
                ---
                title: Boris twice
                outlet: daily-news
                published: 2023-05-02
                ---

                [Boris](person:boris-other) met [Boris Other](person:boris-other) at noon.

                Later [Boris](person:boris-other) left.
                """);
        assertThat(dossier.run("build").status()).isZero();

        Document page = Jsoup.parse(dossier.read("people/boris-other/index.html"));
        assertThat(page.select(".mentions li").stream()
                .filter(item -> item.selectFirst("a").text().equals("Boris twice"))
                .map(item -> item.select(".context").text()).toList())
                .containsExactly("— Boris met Boris Other at noon.", "— Later Boris left.");
    }
}
