package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.render.view.BodyHtml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** A page written in pieces of every size comes out as the same text in UTF-8. */
class Utf8PageWriterTest {
    @Test
    void writesTextOfAnyLengthAsUtf8() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        String[] pieces = {"<p>", "plain ", "“curly”", "é", "\uD83D\uDCF0", "—", "\n"};
        while (text.length() < 100_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        Utf8PageWriter writer = new Utf8PageWriter(16);
        for (int at = 0; at < text.length(); ) {
            int length = Math.min(text.length() - at, random.nextInt(3_000));
            switch (random.nextInt(3)) {
                case 0 -> writer.write(text.toString(), at, length);
                case 1 -> writer.write(text.toString().toCharArray(), at, length);
                default -> {
                    writer.write(text.charAt(at));
                    length = 1;
                }
            }
            at += length;
        }
        assertThat(writer.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Text escaped as it is written comes out as unbescape's escaping, written after, gives it:
     * in pieces of any size, with surrogate pairs split between pieces and lone ones.
     */
    @Test
    void escapesTextAsThymeleafsTextDoes() {
        Random random = new Random(11);
        String[] pieces = {"<p>", "plain ", "&amp;", "\"q\"", "it's", ">", "“curly”", "é", "\uD83D\uDCF0", "\uD83D",
            "\uDCF0", "—", "\n", "\u0000", "\u007f", "\u0080"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 50_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        Utf8PageWriter escaping = new Utf8PageWriter(16);
        Utf8PageWriter plain = new Utf8PageWriter(16);
        for (int at = 0; at < text.length(); ) {
            int length = Math.min(text.length() - at, random.nextInt(200));
            String piece = text.substring(at, at + length);
            if (random.nextInt(4) == 0) {
                escaping.write(piece);
                plain.write(piece);
            } else {
                escaping.writeEscaped(piece);
                plain.write(HtmlEscape.escapeHtml4Xml(piece));
            }
            at += length;
        }
        assertThat(escaping.toByteArray()).isEqualTo(plain.toByteArray());
    }

    @Test
    void keepsASurrogatePairSplitAtTheBufferEndTogether() {
        String page = "a".repeat(8 * 1024 - 1) + "\uD83D\uDCF0" + "b";
        Utf8PageWriter writer = new Utf8PageWriter(16);
        writer.write(page, 0, page.length());
        assertThat(new String(writer.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(page);
    }

    @Test
    void writesALoneSurrogateAsAQuestionMark() {
        Utf8PageWriter writer = new Utf8PageWriter(16);
        writer.write("x\uD83Dy\uDCF0", 0, 4);
        writer.write('\uD83D');
        assertThat(new String(writer.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("x?y??");

        String longer = "a".repeat(20) + "\uD83Dy\uDCF0" + "b".repeat(20);
        writer.reset().write(longer, 0, longer.length());
        assertThat(new String(writer.toByteArray(), StandardCharsets.UTF_8)).as("a long text, encoded whole")
                .isEqualTo("a".repeat(20) + "?y?" + "b".repeat(20));
    }

    @Test
    void writesABodysBytesBetweenCharactersAndIsReadyForTheNextPage() throws Exception {
        Utf8PageWriter writer = new Utf8PageWriter(16);
        String before = "<div>“" + "a".repeat(8 * 1024);
        writer.write(before, 0, before.length());
        writer.writeUtf8(new BodyHtml("<p>é “x”</p>", List.of(), List.of()));
        writer.write("</div>\uD83D\uDCF0", 0, 8);
        assertThat(new String(writer.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(before + "<p>é “x”</p></div>\uD83D\uDCF0");

        writer.reset().write("x\uD83D", 0, 2);
        writer.writeUtf8(new BodyHtml("<p>", List.of(), List.of()));
        assertThat(new String(writer.toByteArray(), StandardCharsets.UTF_8)).as("a new page; a lone surrogate")
                .isEqualTo("x?<p>");
    }

    @Test
    void writesMarkupKeptAsUtf8AsItIs() {
        Utf8PageWriter writer = new Utf8PageWriter(16);
        writer.write("<li>·", 0, 5);
        writer.writeUtf8("<a>“é”</a>".getBytes(StandardCharsets.UTF_8));
        writer.writeUtf8("→".getBytes(StandardCharsets.UTF_8));
        writer.write("</li>", 0, 5);
        assertThat(new String(writer.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("<li>·<a>“é”</a>→</li>");
    }
}
