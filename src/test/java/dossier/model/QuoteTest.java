package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A quote's title: its opening words, which every link to it shows. */
class QuoteTest {

    @Test
    void shortTextIsTheWholeTextQuoted() {
        assertThat(quote("  We are ready to listen.\n").title()).isEqualTo("“We are ready to listen.”");
    }

    @Test
    void longTextIsCutAfterTwelveWordsWithSpacesCollapsed() {
        assertThat(quote("one two\tthree  four\nfive six seven eight nine ten eleven twelve thirteen").title())
                .isEqualTo("“one two three four five six seven eight nine ten eleven twelve …”");
    }

    @Test
    void splitsWordsExactlyAsARegularExpressionOfAsciiWhiteSpaceWould() {
        // Characters a title scan could get wrong: every ASCII space, spaces Java strips but
        // \s does not match, and letters of other scripts.
        char[] alphabet = {'a', 'Ж', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u2003', '\u00A0', '“', '.'};
        Random random = new Random(8);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(quote(text.toString()).title()).as("title of [%s]", text).isEqualTo(bySplitting(text.toString()));
        }
    }

    /** How titles were made before: plain, and the reference for the scan. */
    private static String bySplitting(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= 12) {
            return "“" + text.strip() + "”";
        }
        return "“" + String.join(" ", List.of(words).subList(0, 12)) + " …”";
    }

    private static Quote quote(String text) {
        return new Quote("q", "content/quotes/q.yaml", Optional.empty(), Optional.empty(), Optional.empty(), "", "", "en",
                "", text, "", List.of());
    }
}
