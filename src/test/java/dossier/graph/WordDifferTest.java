package dossier.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.graph.WordDiff.Change;
import dossier.graph.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDifferTest {
    private final WordDiffer differ = new WordDiffer();

    @Test
    void marksWordsAddedAndRemovedAndKeepsTheRenderingsSpelling() {
        WordDiff diff = differ.compare("We are ready for negotiations at any time.", "We’re ready to negotiations in any time!");
        assertThat(diff.parts()).containsExactly(
                new Part(Change.REMOVED, "We are"),
                new Part(Change.ADDED, "We’re"),
                new Part(Change.SAME, "ready"),
                new Part(Change.REMOVED, "for"),
                new Part(Change.ADDED, "to"),
                new Part(Change.SAME, "negotiations"),
                new Part(Change.REMOVED, "at"),
                new Part(Change.ADDED, "in"),
                new Part(Change.SAME, "any time!"));
        // 4 words in common out of 8 + 7.
        assertThat(diff.similarity()).isEqualTo(8.0 / 15);
        assertThat(diff.percent()).isEqualTo(53);
        assertThat(diff.coverage()).isEqualTo(4.0 / 7);
    }

    @Test
    void ignoresCasePunctuationAndTypography() {
        WordDiff diff = differ.compare("Brussels and Washington.", "brussels – and \"Washington,\"");
        assertThat(diff.parts()).containsExactly(new Part(Change.SAME, "brussels – and \"Washington,\""));
        assertThat(diff.similarity()).isEqualTo(1.0);
    }

    @Test
    void aFragmentIsCoveredByItsQuoteThoughLessSimilar() {
        WordDiff diff = differ.compare("Russia is seriously interested in reliable legal guarantees.", "legal guarantees");
        assertThat(diff.coverage()).isEqualTo(1.0);
        assertThat(diff.percent()).isEqualTo(40);
        WordDiff unrelated = differ.compare("Russia is seriously interested in reliable legal guarantees.", "The weather in Bali was fine");
        assertThat(unrelated.coverage()).isLessThan(0.3);
    }

    @Test
    void aWordsKeyIsTheSameWhetherItIsAsciiOrNot() {
        // The ASCII words take a shorter way to their key; it must be the general way's answer.
        String alphabet = "aZ09'’.,-–!?$^`~_ éÉ\u0301ßЖж";
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder token = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String general = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+").matcher(
                    java.text.Normalizer.normalize(token.toString().replace('’', '\''), java.text.Normalizer.Form.NFD)
                            .replaceAll("\\p{M}+", "")).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            assertThat(WordDiffer.key(token.toString())).as("key of [%s]", token).isEqualTo(general);
        }
    }
}
