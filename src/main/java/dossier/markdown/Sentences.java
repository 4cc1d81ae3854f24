package dossier.markdown;

import java.text.BreakIterator;
import java.util.Locale;
import org.commonmark.node.Block;
import org.commonmark.node.Node;

/**
 * Finds the sentence a link stands in, to show a mention in its context. A full stop inside
 * quotation marks does not end a sentence here: the programme "Moscow. Kremlin. Putin." is
 * one title, not three sentences.
 */
final class Sentences {
    private static final int MAX_LENGTH = 300;

    private Sentences() {
    }

    static String around(Node node, String linkText) {
        Node block = node;
        while (block != null && !(block instanceof Block)) {
            block = block.getParent();
        }
        if (block == null) {
            return linkText;
        }
        String text = PlainText.of(block);
        int at = text.indexOf(linkText);
        if (at < 0) {
            return shorten(text);
        }
        return shorten(sentence(text, at, at + linkText.length()).strip());
    }

    /**
     * The text from the last sentence start at or before {@code from} to the first at or after
     * {@code to}, counting only starts outside quotation marks. One pass from the paragraph's
     * start, which stops at that end: finding sentence starts is the costly part of a body's parse.
     */
    private static String sentence(String text, int from, int to) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int start = 0;
        int scanned = 0;
        int straight = 0;
        int curly = 0;
        for (int boundary = sentences.next(); boundary != BreakIterator.DONE && boundary < text.length();
             boundary = sentences.next()) {
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
            boolean insideQuotation = straight % 2 == 1 || curly > 0;
            if (insideQuotation) {
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

    private static String shorten(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).strip() + "…";
    }
}
