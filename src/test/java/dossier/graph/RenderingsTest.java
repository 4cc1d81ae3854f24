package dossier.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quote renderings: linked ones are compared, unlinked ones are found, wrong ones refused. */
class RenderingsTest {
    @TempDir
    Path folder;

    @Test
    void warnsAboutAnUnlinkedRenderingWhereItsQuotationMarkStands() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/articles/unlinked.md --
                ---
                title: Unlinked
                outlet: daily-news
                published: 2022-11-02
                ---

                The ministry repeated: “We are ready for
                negotiations at any time,” and nothing else. It said "ready" twice.
                """);
        TestDossier.Run run = dossier.run("check");
        assertThat(run.diagnostics()).containsExactly("content/articles/unlinked.md:7:24: warning: this quotation renders "
                + "quote 'anna-ready' but is not linked to it (link the quoted words: [We are ready for negotiations at …](quote:anna-ready))");
        assertThat(run.status()).isZero();
    }

    @Test
    void doesNotWarnAboutShortOrUnrelatedQuotations() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/articles/unrelated.md --
                ---
                title: Unrelated
                outlet: daily-news
                published: 2022-11-02
                ---

                She said she was “ready for negotiations” and that “the weather in Bali is fine for a summit”.
                """);
        assertThat(dossier.run("check").diagnostics()).isEmpty();
    }

    @Test
    void refusesLinkedWordsThatAreNotTheQuote() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/articles/wrong-quote.md --
                ---
                title: Wrong quote
                outlet: daily-news
                published: 2022-11-02
                ---

                He said: "[The summit will take place in Bali next month](quote:anna-ready)."
                """);
        TestDossier.Run run = dossier.run("check");
        assertThat(run.diagnostics()).containsExactly("content/articles/wrong-quote.md:7:11: error: the words linked to quote "
                + "'anna-ready' are far from its text (0% of them found in it) (link the words that render this quote, or link another quote)");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aQuoteRenderedByThreeOutletsShowsThreeAlignedRowsWithTheirDifferences() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/articles/wire-report.md --
                ---
                title: Wire report
                outlet: wire-agency
                published: 2022-10-29
                ---

                The spokeswoman said: "[We are always ready for negotiations at any
                time.](quote:anna-ready)"
                """);
        assertThat(dossier.run("build").status()).isZero();
        var quote = org.jsoup.Jsoup.parse(dossier.read("quotes/anna-ready/index.html"));
        var rows = quote.select(".renderings tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.eachText()).allSatisfy(row -> assertThat(row).matches(".+ (Wire Agency|Daily News|Farm Site) .+ \\d+%"));
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Wire report", "Wire Agency", "29 October 2022",
                "We are always ready for negotiations at any time.", "94%");
        assertThat(rows.get(0).select("ins").eachText()).containsExactly("always");
        assertThat(rows.get(0).select("del")).isEmpty();
        assertThat(rows.get(1).select("ins, del")).isEmpty();
        assertThat(rows.get(1).select(".similarity").text()).isEqualTo("100%");
        assertThat(rows.get(2).select("ins").eachText()).containsExactly("to", "in");
        assertThat(rows.get(2).select("del").eachText()).containsExactly("for", "at");
        assertThat(rows.get(2).select(".similarity").text()).isEqualTo("75%");
        assertThat(quote.selectFirst(".corroboration").text()).startsWith("Carried by 3 articles from 3 outlets");
    }
}
