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
}
