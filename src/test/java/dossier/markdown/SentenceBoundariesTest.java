package dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SentenceBoundariesTest {
    @Test
    void aTerminatorEndsASentenceWhateverFollows() {
        assertThat(sentences("Who said it? nobody knows! Really?! “Yes.”")).containsExactly(
                "Who said it? ", "nobody knows! ", "Really?! ", "“Yes.”");
    }

    @Test
    void aFullStopEndsASentenceBeforeACapitalOrOpeningPunctuation() {
        assertThat(sentences("He spoke. Then he left. (Later he denied it.) “it was not me.” So.")).containsExactly(
                "He spoke. ", "Then he left. ", "(Later he denied it.) ", "“it was not me.” ", "So.");
    }

    @Test
    void aFullStopBeforeALowerCaseLetterADigitOrNoSpaceEndsNothing() {
        assertThat(sentences("It cost 3.5 million, e.g. more than No. 5 in the U.S.A last year."))
                .containsExactly("It cost 3.5 million, e.g. more than No. 5 in the U.S.A last year.");
    }

    @Test
    void marksAndFormatCharactersArePassedOver() {
        assertThat(sentences("He said so.\u00ad The end.")).containsExactly("He said so.\u00ad ", "The end.");
        assertThat(sentences("Fin.\u0301 Éclat.")).containsExactly("Fin.\u0301 ", "Éclat.");
    }

    @Test
    void whereTheJdksIteratorSlipsTheRulesHold() {
        String text = "Ask e.g. —";
        assertThat(sentences(text)).containsExactly(text);
        assertThat(sentences(text, walk(BreakIterator.getSentenceInstance(Locale.ENGLISH), text)))
                .as("the iterator these rules come from").containsExactly("Ask e.g", ".", " —");
        text = "He said.  the end.";
        assertThat(sentences(text)).containsExactly(text);
        assertThat(sentences(text, walk(BreakIterator.getSentenceInstance(Locale.ENGLISH), text)))
                .as("the iterator these rules come from").containsExactly("He said.  ", "the end.");
    }

    /**
     * Content is untrusted: a paragraph of a million full stops and quotation marks that no
     * sentence follows, which would take hours if each full stop looked at all that follows it,
     * is walked once.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongRunOfFullStopsIsWalkedOnce() {
        String text = ".\"".repeat(500_000) + " and so on.";
        assertThat(walk(text)).containsExactly(text.length());
    }

    /** On prose the boundaries are the JDK's sentence break iterator's, whose rules these are. */
    @Test
    void givesTheBoundariesOfTheJdksIteratorOnProse() {
        Random random = new Random(8);
        String[] words = {"the", "Kremlin", "said", "Peskov", "é", "über", "Élysée", "3.5", "2014", "U.S.", "e.g.", "Mr.",
            "No. 5", "a.m.", "(in brackets)", "\"quoted\"", "“curly.”", "‘single’", "it's", "word—word", "“Moscow. Kremlin.”",
            "\"He said. She said.\"", "St. Petersburg", "J. R. R.", "co-op", "40%", "—", "…", "$40"};
        String[] ends = {". ", "? ", "! ", ".\" ", ".” ", ".) ", "?” ", "... ", "!? ", ".\u00a0", ": ", "; ", ", "};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                int length = 1 + random.nextInt(8);
                for (int w = 0; w < length; w++) {
                    String word = words[random.nextInt(words.length)];
                    if (!Character.isLetterOrDigit(word.charAt(0)) && endsWithAFullStop(text)) {
                        continue; // where the iterator slips at the end of a text (see above)
                    }
                    if (w == 0 && random.nextBoolean()) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    text.append(word).append(w + 1 < length ? " " : "");
                }
                String end = ends[random.nextInt(ends.length)];
                boolean symbol = end.startsWith(":") || end.startsWith(";");
                text.append(symbol && endsWithAFullStop(text) ? ", " : end);
            }
            String prose = text.toString().strip();
            assertThat(walk(prose)).as(prose).isEqualTo(walk(BreakIterator.getSentenceInstance(Locale.ENGLISH), prose));
        }
    }

    private static boolean endsWithAFullStop(CharSequence text) {
        int last = text.length() - 1;
        while (last >= 0 && " \u00a0\"”)".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return last >= 0 && text.charAt(last) == '.';
    }

    private static List<String> sentences(String text) {
        return sentences(text, walk(text));
    }

    private static List<String> sentences(String text, List<Integer> boundaries) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int end : boundaries) {
            sentences.add(text.substring(start, end));
            start = end;
        }
        return sentences;
    }

    private static List<Integer> walk(String text) {
        List<Integer> boundaries = new ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            at = SentenceBoundaries.next(text, at);
            boundaries.add(at);
        }
        return boundaries;
    }

    private static List<Integer> walk(BreakIterator iterator, String text) {
        iterator.setText(text);
        List<Integer> boundaries = new ArrayList<>();
        for (int at = iterator.next(); at != BreakIterator.DONE; at = iterator.next()) {
            boundaries.add(at);
        }
        return boundaries;
    }
}
