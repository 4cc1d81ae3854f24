package dossier.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a node as a reader would read it aloud: no markup; line breaks and block ends as
 * spaces, each run of white space one space.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(Node node) {
        return collapseSpaces(spaced(node)).strip();
    }

    /**
     * The same text with its white space as written, each block end a space of its own: for
     * finding words in, where runs of white space make no difference. Collapsing them took a
     * body's text a second pass, as long again as making it.
     */
    public static String spaced(Node node) {
        return spaced(node, (Map<Node, int[]>) null);
    }

    /**
     * The {@link #spaced} text, noting in {@code links} where the text of each link within it
     * starts and ends.
     */
    static String spaced(Node node, Map<Node, int[]> links) {
        StringBuilder out = new StringBuilder();
        node.accept(new Spaced(out, links));
        return out.toString();
    }

    /**
     * The {@link #spaced} text, written to {@code out}: a body's text for search goes straight
     * to its UTF-8 bytes, not through a string copied twice on the way.
     */
    public static void spaced(Node node, Appendable out) {
        node.accept(new Spaced(out, null));
    }

    /** Writes the spaced text, counting what it wrote, so that links' places are known whatever it writes to. */
    private static final class Spaced extends AbstractVisitor {
        private final Appendable out;
        private final Map<Node, int[]> links;
        private int length;

        Spaced(Appendable out, Map<Node, int[]> links) {
            this.out = out;
            this.links = links;
        }

        private void append(String text) {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // written to memory
            }
            length += text.length();
        }

        @Override
        public void visit(Link link) {
            int start = length;
            visitChildren(link);
            if (links != null) {
                links.put(link, new int[] {start, length});
            }
        }

        @Override
        public void visit(Text text) {
            append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            append(code.getLiteral());
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            block(heading);
        }

        @Override
        public void visit(CustomNode node) {
            block(node);
        }

        /** A block's text, and a space for its end. */
        private void block(Node node) {
            visitChildren(node);
            append(" ");
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            append(" ");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            append(" ");
        }
    }

    /**
     * Each run of ASCII white space as one space, as {@code replaceAll("\\s+", " ")} would, without
     * a regular expression, in one array: this runs over the text of every body.
     */
    private static String collapseSpaces(String text) {
        int length = text.length();
        char[] chars = text.toCharArray();
        int kept = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (isSpace(c)) {
                space = true;
            } else {
                // A pending space stands for at least one character already read, so kept stays behind i.
                if (space) {
                    chars[kept++] = ' ';
                    space = false;
                }
                chars[kept++] = c;
            }
        }
        if (space) {
            chars[kept++] = ' ';
        }
        return new String(chars, 0, kept);
    }

    /**
     * The start of what {@link #of} makes of a {@link #spaced} text, looking no further into it
     * than needed: all of it when that is at most {@code length} characters, else its first
     * {@code length + 1} or more. A search result shows the start of a body.
     */
    public static String tidyStart(String spaced, int length) {
        if (isTidy(spaced, length)) {
            return spaced; // most sentences: made again, they would come out the same
        }
        // Into an array, not a StringBuilder: made for the sentence around each of 100,000 links at
        // 10,000 articles, where a builder's call per character was 40 % of this method's time in
        // a build with the quick compiler alone.
        char[] out = new char[Math.min(spaced.length(), length + 2)];
        int kept = 0;
        boolean space = false;
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (kept > 0 || !Character.isWhitespace(c)) { // white space at the start is stripped
                if (kept + 2 > out.length) {
                    out = Arrays.copyOf(out, Math.max(kept + 2, out.length * 2));
                }
                if (space && kept > 0) {
                    out[kept++] = ' ';
                }
                space = false;
                out[kept++] = c;
                // Stops on a character that stripping the end of the whole text could not remove.
                if (kept > length && !Character.isWhitespace(c)) {
                    break;
                }
            }
        }
        return new String(out, 0, kept).strip();
    }

    /**
     * A spaced text tidied as {@link #of} tidies it and, when that is longer than {@code length}
     * characters, cut: its first {@code length - 1}, without white space at the end, to be shown
     * with an ellipsis. A link's sentence is shown so, and most sentences of long paragraphs are
     * cut.
     */
    public static Excerpt shortened(String spaced, int length) {
        // Most long sentences are tidy as far as the cut: then they are cut where they are.
        String text = startsTidyPast(spaced, length) ? spaced : tidyStart(spaced, length);
        if (text.length() <= length) {
            return new Excerpt(text, false);
        }
        int end = length - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Excerpt(text.substring(0, end), true);
    }

    /**
     * Whether a text's first {@code length + 1} characters are those its tidied text starts with,
     * the last of them one that stays: see {@link #tidyThrough}.
     */
    private static boolean startsTidyPast(String text, int length) {
        return text.length() > length && tidyThrough(text, length);
    }

    /**
     * Whether {@link #tidyStart} would give the text back as it is: no longer than asked, and
     * tidy to its end.
     */
    private static boolean isTidy(String text, int length) {
        return !text.isEmpty() && text.length() <= length && tidyThrough(text, text.length() - 1);
    }

    /**
     * Whether a text up to the character at {@code last} is as tidying leaves it: no white space
     * at either end, and its only spaces single ones between other characters.
     */
    private static boolean tidyThrough(String text, int last) {
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    // ' ', or '\t', '\n', '\013', '\f' and '\r', which are 9 to 13: written as a range, the test is
    // small enough for the quick compiler, which inlines only the smallest methods, to inline in
    // the loops above (at 10,000 articles, its calls were 2 % of the markdown stage's time).
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
