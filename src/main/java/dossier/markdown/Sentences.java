package dossier.markdown;

import java.text.BreakIterator;
import java.util.Locale;
import org.commonmark.node.Block;
import org.commonmark.node.Node;

/** Finds the sentence a link stands in, to show a mention in its context. */
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
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int start = sentences.preceding(Math.min(at + 1, text.length()));
        int end = sentences.following(Math.max(at + linkText.length() - 1, 0));
        String sentence = text.substring(Math.max(start, 0), end == BreakIterator.DONE ? text.length() : end).strip();
        return shorten(sentence.contains(linkText) ? sentence : text);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).strip() + "…";
    }
}
