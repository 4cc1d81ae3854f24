package dossier.markdown;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Block;
import org.commonmark.node.Node;

/**
 * Finds the sentence a link stands in, to show a mention in its context. A full stop inside
 * quotation marks does not end a sentence here: the programme "Moscow. Kremlin. Putin." is
 * one title, not three sentences. One instance serves the links of one body, in document order:
 * the sentence starts of a block found for one link serve the next in the same block, as
 * finding them is the costly part of a body's parse.
 */
final class Sentences {
    private static final int MAX_LENGTH = 300;

    // The block of the last link asked about, its sentence starts found so far, and where the
    // text of each of its links stands in its text.
    private Node block;
    private Starts starts;
    private final Map<Node, int[]> links = new IdentityHashMap<>();

    /**
     * The sentence that holds the text of a link, as plain text. Found by where the link stands in
     * its block's text, not by searching for its words, which may come earlier too.
     */
    Excerpt around(Node link) {
        Node found = link.getParent();
        while (found != null && !(found instanceof Block)) {
            found = found.getParent();
        }
        if (found == null) {
            return shortened(PlainText.spaced(link));
        }
        if (found != block) {
            block = found;
            links.clear();
            starts = new Starts(PlainText.spaced(found, links));
        }
        int[] at = links.get(link);
        return shortened(at == null ? starts.text : starts.sentence(at[0], at[1]));
    }

    /**
     * Runs of white space make no difference to where sentences start: only the sentence shown is
     * tidied, and no further than it is shown; a long one is cut with an ellipsis.
     */
    private static Excerpt shortened(String spaced) {
        return PlainText.shortened(spaced, MAX_LENGTH);
    }

    /**
     * The sentence starts of one text outside quotation marks, found from the text's start as far
     * as any question has needed: each text is walked once, and only forwards.
     */
    static final class Starts {
        private final String text;
        private int[] found = new int[8];
        private int count;
        private boolean walkedToTheEnd;
        // Where the walk has got to: the last boundary, inside quotation marks or not.
        private int boundary;
        private int scanned;
        private int straight;
        private int curly;

        Starts(String text) {
            this.text = text;
        }

        /**
         * The text from the last sentence start at or before {@code from} to the first after it
         * and at or after {@code to}, or to the end.
         */
        String sentence(int from, int to) {
            int after = Math.max(from + 1, to);
            while ((count == 0 || found[count - 1] < after) && walkOn()) {
                // Walks on only as far as this question needs.
            }
            // The starts are in order: found by halving, a block with many links costs each of
            // them a few steps, not a pass over every sentence before it.
            int end = firstAtLeast(after);
            int before = firstAtLeast(from + 1) - 1;
            int start = before < 0 ? 0 : found[before];
            return end == count ? text.substring(start) : text.substring(start, found[end]);
        }

        /** The index of the first start found that is at least {@code position}, or the count. */
        private int firstAtLeast(int position) {
            int index = Arrays.binarySearch(found, 0, count, position);
            return index >= 0 ? index : -index - 1;
        }

        /** Finds the next sentence start outside quotation marks; false at the end of the text. */
        private boolean walkOn() {
            while (!walkedToTheEnd) {
                boundary = SentenceBoundaries.next(text, boundary);
                if (boundary >= text.length()) {
                    walkedToTheEnd = true;
                    break;
                }
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
                if (straight % 2 == 0 && curly == 0) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = boundary;
                    return true;
                }
            }
            return false;
        }
    }
}
