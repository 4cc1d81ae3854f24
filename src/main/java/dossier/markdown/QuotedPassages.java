package dossier.markdown;

import dossier.model.Kind;
import dossier.model.Position;
import java.util.ArrayList;
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
 * quote, keeping each character's file position across line breaks, so that an unlinked
 * rendering can be reported where its opening quotation mark stands.
 */
final class QuotedPassages {
    private static final Pattern QUOTED = Pattern.compile("“([^“”]+)”|\"([^\"]+)\"");

    private final StringBuilder text = new StringBuilder();
    // A line and column for every character, as two growing int arrays: a record per character
    // made this the costliest part of parsing a body.
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    private final java.util.BitSet linked = new java.util.BitSet();
    private String path = "";

    interface Locator {
        Position of(Node node);
    }

    static List<QuotedPassage> in(Paragraph paragraph, Locator locator) {
        QuotedPassages passages = new QuotedPassages();
        passages.collect(paragraph, false, locator);
        return passages.find();
    }

    private void collect(Node parent, boolean insideQuoteLink, Locator locator) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                append(t.getLiteral(), locator.of(node), insideQuoteLink);
            } else if (node instanceof Code code) {
                append(code.getLiteral(), locator.of(node), insideQuoteLink);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                append(" ", text.length() == 0 ? locator.of(parent) : positionAt(text.length() - 1), insideQuoteLink);
            } else if (node instanceof Link link) {
                collect(link, insideQuoteLink || link.getDestination().startsWith(Kind.QUOTE.prefix() + ":"), locator);
            } else {
                collect(node, insideQuoteLink, locator);
            }
        }
    }

    private void append(String literal, Position start, boolean isLinked) {
        path = start.path();
        int from = text.length();
        int to = from + literal.length();
        if (to > lines.length) {
            int size = Math.max(to, lines.length * 2);
            lines = java.util.Arrays.copyOf(lines, size);
            columns = java.util.Arrays.copyOf(columns, size);
        }
        for (int i = 0; i < literal.length(); i++) {
            lines[from + i] = start.line();
            columns[from + i] = start.column() + i;
        }
        text.append(literal);
        if (isLinked) {
            linked.set(from, to);
        }
    }

    private Position positionAt(int index) {
        return new Position(path, lines[index], columns[index]);
    }

    private List<QuotedPassage> find() {
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
