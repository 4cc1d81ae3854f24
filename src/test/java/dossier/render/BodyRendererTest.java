package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostics;
import dossier.markdown.MarkdownParser;
import dossier.model.Body;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.render.view.BodyHtml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A body without HTML of the editor's own is CommonMark's output, not passed through the
 * sanitizer. These tests hold that the sanitizer would not change what such a body means (the
 * same elements, attributes and text), and that the links and ids a body carries are those of
 * its HTML.
 */
class BodyRendererTest {
    private final MarkdownParser parser = new MarkdownParser();
    private final BodyRenderer renderer = new BodyRenderer();

    private static final List<String> CRAFTED = List.of("""
            ## Песков said
            ## 2022 talks
            ## -dash first

            A [typed link](person:anna-ready#p2), a [plain one](https://example.org/a?b=1&c=2 "Title \\"quoted\\""),
            <https://auto.example/x>, www.example.com, a mail to <someone@example.org>, and ![an image](../x.png "t").

            Notes[^1] and more notes[^ü] and the first again[^1].

            [^1]: The first, with [a link](../y/).
            [^ü]: Ü, **bold** and ~~struck~~.

            > [!WARNING]
            > Careful: "quoted" & < not a tag >.

            | a | b |
            |:--|--:|
            | `x<y` | *z* |

            ```c++
            int main() { return 1 < 2; }
            ```

            1. one
            2. two\\
               hard break

            ---
            """, "Plain text with ampersands & angle brackets < > and 'quotes' \"double\" `code`.",
            "```c++{.numbered}\nx\n```\n\n## " + "A very long heading ".repeat(20) + "\n");

    private BodyHtml render(String markdown) {
        MarkdownParser.Parsed parsed = parser.parse("content/articles/a.md", new Body(markdown, 1), new Diagnostics());
        assertThat(parsed.tree().rawHtml()).as("these bodies hold no HTML of their own").isFalse();
        return renderer.render(new EntityKey(Kind.ARTICLE, "a"), parsed.tree()).html();
    }

    /** Every body of the sample dossier and the test dossiers without raw HTML, and the crafted ones. */
    private List<String> bodies() throws IOException {
        List<String> bodies = new ArrayList<>(CRAFTED);
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                    String text = Files.readString(file);
                    String body = text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text;
                    if (!parser.parse(file.toString(), new Body(body, 1), new Diagnostics()).tree().rawHtml()) {
                        bodies.add(body);
                    }
                }
            }
        }
        return bodies;
    }

    @Test
    void textIsEscapedAndItsLinesBrokenAsCommonMarkDoes() {
        // A block that follows text directly starts on a new line, as CommonMark's writer knows
        // from the last character written; text that ends a line with a soft break is one case.
        assertThat(render("- a\n  b\n  - c\n").html()).isEqualTo("""
                <ul>
                <li>a
                b
                <ul>
                <li>c</li>
                </ul>
                </li>
                </ul>
                """);
        assertThat(render("Tom & Jerry <3 \"quoted\" 'single' >&\n").html())
                .isEqualTo("<p id=\"p1\">Tom &amp; Jerry &lt;3 &quot;quoted&quot; 'single' &gt;&amp;</p>\n");
        assertThat(render("Ends in a pair 😀\n\n😀 begins, é and “curly”\n").html())
                .isEqualTo("<p id=\"p1\">Ends in a pair 😀</p>\n<p id=\"p2\">😀 begins, é and “curly”</p>\n");
    }

    @Test
    void theSanitizerWouldChangeNothingThatMatters() throws IOException {
        List<String> bodies = bodies();
        assertThat(bodies).hasSizeGreaterThan(20);
        for (String markdown : bodies) {
            String html = render(markdown).html();
            assertThat(normalised(ContentPolicy.sanitize(html))).as(markdown).isEqualTo(normalised(html));
        }
    }

    @Test
    void theLinksAndIdsABodyCarriesAreThoseOfItsHtml() throws IOException {
        for (String markdown : bodies()) {
            BodyHtml body = render(markdown);
            Document parsed = Jsoup.parseBodyFragment(body.html());
            assertThat(body.links()).as(markdown).isEqualTo(parsed.select("a[href], img[src]").stream()
                    .map(element -> element.hasAttr("href") ? element.attr("href") : element.attr("src")).toList());
            assertThat(body.ids()).as(markdown).isEqualTo(parsed.select("[id]").stream().map(Element::id).toList());
        }
    }

    @Test
    void aBodyWithHtmlOfItsOwnPassesTheSanitizer() {
        MarkdownParser.Parsed parsed = parser.parse("content/articles/a.md",
                new Body("Hello <b onclick=\"x()\">bold</b> <script>alert(1)</script>", 1), new Diagnostics());
        assertThat(parsed.tree().rawHtml()).isTrue();
        String html = renderer.render(new EntityKey(Kind.ARTICLE, "a"), parsed.tree()).html().html();
        assertThat(html).doesNotContain("onclick", "script", "<b");
    }

    /** The HTML as a browser would build it, printed the same way whatever the source's spacing and escapes. */
    private static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(true).indentAmount(0);
        return document.body().html().replaceAll(">\\s+<", "><").strip();
    }
}
