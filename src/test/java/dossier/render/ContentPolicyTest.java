package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentPolicyTest {
    @Test
    void keepsWhatMarkdownProduces() {
        String html = "<p id=\"p1\">A <a href=\"../../people/x/\" class=\"ref ref-person\">link</a>"
                + "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup></p>";
        assertThat(ContentPolicy.sanitize(html)).isEqualTo(html);
    }

    @Test
    void dropsScriptsHandlersAndDangerousUrls() {
        assertThat(ContentPolicy.sanitize("<p onclick=\"alert(1)\">a<script>alert(2)</script></p>")).isEqualTo("<p>a</p>");
        assertThat(ContentPolicy.sanitize("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
        assertThat(ContentPolicy.sanitize("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"a\">"))
                .doesNotContain("data:").doesNotContain("onload");
        assertThat(ContentPolicy.sanitize("<svg><script>alert(1)</script></svg>")).isEmpty();
    }

    @Test
    void keepsClassesAndIdsExactlyAsThePolicysPatternsDo() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "abzAZ09_- +#.:/\"<\u00e9\u00a0\u0663\u2167\u00bd\uD83D\uDCF0x";
        for (int round = 0; round < 50_000; round++) {
            int length = random.nextInt(8) == 0 ? 195 + random.nextInt(110) : random.nextInt(12);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(3)));
            }
            String value = text.toString();
            org.assertj.core.api.Assertions.assertThat(ContentPolicy.keepsClasses(value)).as(value)
                    .isEqualTo(ContentPolicy.CLASSES.matcher(value).matches());
            org.assertj.core.api.Assertions.assertThat(ContentPolicy.keepsId(value)).as(value)
                    .isEqualTo(ContentPolicy.ID.matcher(value).matches());
        }
    }
}
