package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8TextTest {
    @Test
    void givesBackTheTextItWasMadeFromAndComparesByIt() {
        String text = "Peskov said: “ready” — Песков, ΟΔΟΣ, 日本語, 😀";
        Utf8Text kept = Utf8Text.of(text);
        assertThat(kept.toString()).isEqualTo(text);
        assertThat(kept).isEqualTo(Utf8Text.of(new String(text))).hasSameHashCodeAs(Utf8Text.of(text))
                .isNotEqualTo(Utf8Text.of(text + " "));
        assertThat(Utf8Text.of("")).isSameAs(Utf8Text.EMPTY);
        assertThat(Utf8Text.EMPTY.isEmpty()).isTrue();
        assertThat(kept.isEmpty()).isFalse();
    }
}
