package dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.model.Body;
import dossier.model.Kind;
import dossier.model.Position;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
    private final MarkdownParser parser = new MarkdownParser();
    private final Diagnostics diagnostics = new Diagnostics();

    private ParsedBody parse(String markdown) {
        return parser.parse("a.md", new Body(markdown, 10), diagnostics).body();
    }

    @Test
    void collectsTypedLinksWithFilePositionsAndContext() {
        ParsedBody body = parse("""
                First sentence. Then [Peskov](person:dmitry-peskov) spoke.

                > Quoted [“We are ready”](quote:ready) in a block quote.
                """);
        assertThat(body.links()).containsExactly(
                new TypedLink(Kind.PERSON, "dmitry-peskov", "", "Peskov", new Excerpt("Then Peskov spoke.", false),
                        new Position("a.md", 10, 22)),
                new TypedLink(Kind.QUOTE, "ready", "", "“We are ready”",
                        new Excerpt("Quoted “We are ready” in a block quote.", false),
                        new Position("a.md", 12, 10)));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void keepsFragmentsAndNumbersParagraphsForAnchors() {
        ParsedBody body = parse("One.\n\n## A Heading!\n\nTwo [x](article:y#p3).\n");
        assertThat(body.links().get(0).fragment()).isEqualTo("p3");
        assertThat(body.anchorNames()).containsExactlyInAnyOrder("p1", "a-heading", "p2");
    }

    @Test
    void numbersEveryParagraphOfALongBody() {
        String markdown = IntStream.rangeClosed(1, 300).mapToObj(n -> "Paragraph " + n + ".")
                .collect(Collectors.joining("\n\n"));
        ParsedBody body = parse(markdown);
        assertThat(body.anchorNames()).hasSize(300).contains("p1", "p256", "p257", "p300");
    }

    @Test
    void reportsUndefinedNotesAndWarnsAboutUnusedOnes() {
        parse("A claim.[^a] Another.[^b]\n\n[^a]: Defined.\n[^c]: Never used.\n");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "a.md:10:22: error: the note [^b] is never defined (add a line '[^b]: your note' at the end of the file)",
                "a.md:13:1: warning: the note [^c] is defined but never used (add [^c] where the note belongs, or remove it)");
    }

    @Test
    void doesNotTakeCodeForANote() {
        parse("Write `[^1]` for a note.\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void turnsGithubAlertsIntoAlertNodes() {
        BodyTree tree = parser.parse("a.md", new Body("> [!WARNING]\n> Machine translated.\n", 10), diagnostics).tree();
        assertThat(tree.document().getFirstChild()).isInstanceOfSatisfying(Alert.class,
                alert -> assertThat(alert.type()).isEqualTo(Alert.Type.WARNING));
        assertThat(PlainText.of(tree.document())).isEqualTo("Machine translated.");
    }

    @Test
    void refusesTypedImagesAndEmptyIds() {
        parse("![x](person:a) and [y](person:)\n");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "an image cannot show a typed link", "the link 'person:' names no id");
    }

    @Test
    void aFullStopInsideQuotationMarksDoesNotEndTheSentence() {
        ParsedBody body = parse("""
                A title. Its programme "Moscow. Kremlin. Putin." is where [Peskov](person:p) spoke. Then more.
                """);
        assertThat(body.links().get(0).context().text())
                .isEqualTo("Its programme \"Moscow. Kremlin. Putin.\" is where Peskov spoke.");
    }

    /** A body without a character autolinks could start from parses the same without the extension. */
    @Test
    void aBodyWithoutWhatAnAddressNeedsParsesTheSameWithoutAutolinks() {
        var withAutolinks = org.commonmark.parser.Parser.builder().extensions(MarkdownParser.EXTENSIONS).build();
        var without = org.commonmark.parser.Parser.builder().extensions(MarkdownParser.EXTENSIONS.stream()
                .filter(e -> !(e instanceof org.commonmark.ext.autolink.AutolinkExtension)).toList()).build();
        var html = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(MarkdownParser.EXTENSIONS).build();
        String[] pieces = {"www", "ww", "w", ".", "example", "org", ":", "/", "//", "http", "@", "a", " ", "\n",
                "[x](person:p)", "*", "`", "<", ">", "&amp;", "&#64;", "\\@", "\\:", "mailto", "e.com", "\n\n", "- "};
        java.util.Random random = new java.util.Random(5);
        int checked = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = text.toString();
            String linked = html.render(withAutolinks.parse(markdown));
            if (!MarkdownParser.mayAutolink(markdown)) {
                checked++;
                assertThat(html.render(without.parse(markdown))).as(markdown).isEqualTo(linked);
            }
        }
        assertThat(checked).isGreaterThan(2_000);
        assertThat(MarkdownParser.mayAutolink("see www.example.org")).isTrue();
        assertThat(MarkdownParser.mayAutolink("a@b.c, &#64; and \\:")).isTrue();
        assertThat(MarkdownParser.mayAutolink("[Peskov](person:dmitry-peskov) said: no.")).isFalse();
    }
}
