package dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence as a list of mentions shows it. */
class ExcerptTest {
    @Test
    void aCutSentenceIsShownWithAnEllipsis() {
        assertThat(new Excerpt("Peskov said that", true).shown()).isEqualTo("Peskov said that…");
        assertThat(new Excerpt("Peskov said so.", false).shown()).isEqualTo("Peskov said so.");
        assertThat(Excerpt.NONE.shown()).isEmpty();
    }

    @Test
    void excerptsAreEqualByTextAndCut() {
        Excerpt said = new Excerpt("Peskov " + "said", true);
        assertThat(said).isEqualTo(new Excerpt("Peskov said", true)).hasSameHashCodeAs(new Excerpt("Peskov said", true));
        assertThat(said).isNotEqualTo(new Excerpt("Peskov said", false)).isNotEqualTo(new Excerpt("Peskov sain", true));
    }
}
