package dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SentencesTest {
    @Test
    void aFullStopInsideQuotationMarksDoesNotEndTheSentence() {
        Sentences.Starts starts = new Sentences.Starts(
                "Before. Its programme \"Moscow. Kremlin. Putin.\" is where Peskov spoke. After “this. That.” then.");
        assertThat(starts.sentence(63, 69)).isEqualTo("Its programme \"Moscow. Kremlin. Putin.\" is where Peskov spoke. ");
        assertThat(starts.sentence(84, 88)).isEqualTo("After “this. That.” then.");
        assertThat(starts.sentence(0, 6)).as("asked again, further back").isEqualTo("Before. ");
    }

    @Test
    void aLinksSentenceIsWhereTheLinkStandsNotWhereItsWordsFirstCome() {
        List<Link> links = new ArrayList<>();
        Parser.builder().build().parse("""
                Peskov spoke first.  Then [Peskov](person:dmitry-peskov)
                denied it, and [it](event:denial) was over.

                An aside; [Peskov](person:dmitry-peskov) again.
                """).accept(new AbstractVisitor() {
                    @Override
                    public void visit(Link link) {
                        links.add(link);
                    }
                });
        Sentences sentences = new Sentences();
        assertThat(links).extracting(link -> sentences.around(link).shown()).containsExactly(
                "Then Peskov denied it, and it was over.", "Then Peskov denied it, and it was over.",
                "An aside; Peskov again.");
    }

    /**
     * Content is untrusted: a paragraph of 300,000 sentences, each with a link, costs each link a
     * few steps to find its sentence, not a pass over every sentence before it.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBlockOfManySentencesIsNotWalkedAgainForEachLink() {
        Sentences.Starts starts = new Sentences.Starts("Peskov spoke. ".repeat(300_000));
        for (int sentence = 0; sentence < 300_000; sentence++) {
            int at = sentence * 14;
            assertThat(starts.sentence(at, at + 6)).isEqualTo("Peskov spoke. ");
        }
    }

    /**
     * The sentence starts found for one link serve the next: whatever the order of the
     * questions, the answers are those of a walk over every boundary from the text's start.
     */
    @Test
    void answersAsAWalkFromTheStartWould() {
        Random random = new Random(5);
        String[] pieces = {"Word", "word", " ", "  ", ". ", "? ", "! ", ".", "Mr. ", "e.g. ", "3.5", "\"", "“", "”",
            "(", ") ", "…", "U.S. ", "é", "A", "—", "; "};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String paragraph = text.toString();
            Sentences.Starts starts = new Sentences.Starts(paragraph);
            for (int question = 0; question < 4; question++) {
                int from = random.nextInt(paragraph.length());
                int to = from + random.nextInt(paragraph.length() - from + 1);
                assertThat(starts.sentence(from, to)).as("'%s' %d–%d", paragraph, from, to)
                        .isEqualTo(walkedFromTheStart(paragraph, from, to));
            }
        }
    }

    /** Every boundary from the start, in order, for one question. */
    private static String walkedFromTheStart(String text, int from, int to) {
        int start = 0;
        int straight = 0;
        int curly = 0;
        int scanned = 0;
        for (int boundary = SentenceBoundaries.next(text, 0); boundary < text.length();
             boundary = SentenceBoundaries.next(text, boundary)) {
            for (; scanned < boundary; scanned++) {
                char c = text.charAt(scanned);
                if (c == '"') {
                    straight++;
                } else if (c == '“') {
                    curly++;
                } else if (c == '”' && curly > 0) {
                    curly--;
                }
            }
            if (straight % 2 == 1 || curly > 0) {
                continue;
            }
            if (boundary <= from) {
                start = boundary;
            } else if (boundary >= to) {
                return text.substring(start, boundary);
            }
        }
        return text.substring(start);
    }
}
