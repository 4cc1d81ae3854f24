package dossier.markdown;

import dossier.model.Kind;
import dossier.model.Position;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Finds the passages in quotation marks of one paragraph that are not already linked to a
 * quote, and where in the file each opening quotation mark stands, across line breaks, so
 * that an unlinked rendering can be reported there.
 */
final class QuotedPassages {
    private static final Pattern QUOTED = Pattern.compile("“([^“”]+)”|\"([^\"]+)\"");

    interface Locator {
        Position of(Node node);
    }

    /**
     * Where the text of a Text or Code node starts in the paragraph's text; its characters stand
     * one column apart from where the node starts in the file. A line break, read as a space,
     * never opens a quotation and needs no position. Positions are worked out only for the
     * passages found: most paragraphs quote nothing.
     */
    private record Segment(int from, Node node) {
    }

    // One paragraph's, cleared for the next paragraph of the body: grown anew for every paragraph
    // of a build, they were a twentieth of what its markdown stage allocated.
    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private final BitSet linked = new BitSet();
    private final Locator locator;

    /** A finder for the paragraphs of one body, one after another. */
    QuotedPassages(Locator locator) {
        this.locator = locator;
    }

    List<QuotedPassage> in(Paragraph paragraph) {
        text.setLength(0);
        segments.clear();
        linked.clear();
        collect(paragraph, false);
        return find();
    }

    private void collect(Node parent, boolean insideQuoteLink) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                append(t.getLiteral(), node, insideQuoteLink);
            } else if (node instanceof Code code) {
                append(code.getLiteral(), node, insideQuoteLink);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                append(" ", null, insideQuoteLink);
            } else if (node instanceof Link link) {
                collect(link, insideQuoteLink || link.getDestination().startsWith(Kind.QUOTE.prefix() + ":"));
            } else {
                collect(node, insideQuoteLink);
            }
        }
    }

    private void append(String literal, Node node, boolean isLinked) {
        int from = text.length();
        if (node != null) {
            segments.add(new Segment(from, node));
        }
        text.append(literal);
        if (isLinked) {
            linked.set(from, text.length());
        }
    }

    /** Where the character at this index of a Text or Code node stands. */
    private Position positionAt(int index) {
        int at = segments.size() - 1;
        while (segments.get(at).from() > index) {
            at--;
        }
        Segment segment = segments.get(at);
        Position start = locator.of(segment.node());
        return new Position(start.path(), start.line(), start.column() + index - segment.from());
    }

    private List<QuotedPassage> find() {
        if (text.indexOf("\"") < 0 && text.indexOf("“") < 0) {
            return List.of();
        }
        List<QuotedPassage> found = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            int firstLinked = linked.nextSetBit(matcher.start());
            if (firstLinked < 0 || firstLinked >= matcher.end()) {
                String words = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                found.add(new QuotedPassage(words.strip(), positionAt(matcher.start())));
            }
        }
        return found;
    }
}
