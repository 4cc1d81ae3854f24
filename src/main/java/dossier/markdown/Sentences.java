package dossier.markdown;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
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
        int start = 0;
        int end = text.length();
        for (int boundary : boundaries(text)) {
            if (boundary <= at) {
                start = boundary;
            } else if (boundary >= at + linkText.length()) {
                end = boundary;
                break;
            }
        }
        return shorten(text.substring(start, end).strip());
    }

    /** Sentence starts outside quotation marks, in order; one pass over the text. */
    private static List<Integer> boundaries(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        List<Integer> out = new ArrayList<>();
        int scanned = 0;
        int straight = 0;
        int curly = 0;
        for (int boundary = sentences.next(); boundary != BreakIterator.DONE; boundary = sentences.next()) {
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
            if (boundary < text.length() && !insideQuotation) {
                out.add(boundary);
            }
        }
        return out;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).strip() + "…";
    }
}
