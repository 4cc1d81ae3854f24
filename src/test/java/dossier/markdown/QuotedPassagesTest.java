package dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostics;
import dossier.model.Body;
import dossier.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passages in quotation marks that no quote link covers, each where its opening mark stands in the file. */
class QuotedPassagesTest {
    private final MarkdownParser parser = new MarkdownParser();

    private List<QuotedPassage> passages(String markdown) {
        return parser.parse("a.md", new Body(markdown, 5), new Diagnostics()).body().quotedPassages();
    }

    @Test
    void findsStraightAndCurlyQuotationsWithTheirPositions() {
        assertThat(passages("He said “we will not pay” and then \"we might\".\n")).containsExactly(
                new QuotedPassage("we will not pay", new Position("a.md", 5, 9)),
                new QuotedPassage("we might", new Position("a.md", 5, 36)));
    }

    @Test
    void countsColumnsAcrossEmphasisCodeAndLineBreaks() {
        assertThat(passages("""
                Some *emphasis* and `code`, then
                a “passage that runs
                over a line” and, on the next,
                “another”.
                """)).containsExactly(
                new QuotedPassage("passage that runs over a line", new Position("a.md", 6, 3)),
                new QuotedPassage("another", new Position("a.md", 8, 1)));
    }

    @Test
    void leavesOutWhatAQuoteLinkCoversButNotOtherLinks() {
        assertThat(passages("""
                [“Linked”](quote:q) but “free”, and [“to a person”](person:p).
                """)).containsExactly(
                new QuotedPassage("free", new Position("a.md", 5, 25)),
                new QuotedPassage("to a person", new Position("a.md", 5, 38)));
    }

    @Test
    void looksInEveryParagraphIncludingListsAndBlockQuotes() {
        assertThat(passages("""
                No quotation here.

                - an item with “one”

                > quoted “two”
                """)).extracting(QuotedPassage::text).containsExactly("one", "two");
    }

    @Test
    void aParagraphWithoutQuotationMarksHasNoPassages() {
        assertThat(passages("Plain words, [a link](person:p), `code` and *more*.\n")).isEmpty();
    }
}
