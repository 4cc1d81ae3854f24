package dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.node.Document;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void readsTextAsItIsReadAloud() {
        var document = Parser.builder().build().parse("# A *title*\n\nOne  line,\nand\tthe `next`.\n\n- item\n");
        assertThat(PlainText.of(document)).isEqualTo("A title One line, and the next. item");
        assertThat(PlainText.spaced(document)).as("white space as written, for finding words in")
                .isEqualTo("A title One  line, and\tthe next. item ");
    }

    /**
     * The start of a tidied text, looked for in a spaced one, is the start of the whole tidied
     * text; shortened, it is the whole tidied text, or its start cut with an ellipsis.
     */
    @Test
    void theTidyStartOfATextIsTheStartOfTheTidyText() {
        Random random = new Random(3);
        String[] pieces = {" ", "  ", "\t", "\n", "\013", "\u2003", "\u001f", "\u00a0", "a", "word", "é", "“", "😀"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Document document = new Document();
            document.appendChild(new Text(text.toString()));
            String tidy = PlainText.of(document);
            int wanted = random.nextInt(20);
            assertThat(PlainText.shortened(text.toString(), wanted + 1)).as("'%s'", text)
                    .isEqualTo(tidy.length() <= wanted + 1 ? new Excerpt(tidy, false)
                            : new Excerpt(tidy.substring(0, wanted).strip(), true));
            String start = PlainText.tidyStart(text.toString(), wanted);
            if (tidy.length() <= wanted) {
                assertThat(start).as("'%s'", text).isEqualTo(tidy);
            } else {
                assertThat(start.length()).as("'%s'", text).isGreaterThan(wanted);
                assertThat(tidy).as("'%s'", text).startsWith(start.substring(0, wanted + 1));
            }
        }
    }
}
