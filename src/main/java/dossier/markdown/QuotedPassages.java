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
    private final List<Position> positions = new ArrayList<>();
    private final List<Boolean> linked = new ArrayList<>();

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
                append(" ", positions.isEmpty() ? locator.of(parent) : positions.get(positions.size() - 1), insideQuoteLink);
            } else if (node instanceof Link link) {
                collect(link, insideQuoteLink || link.getDestination().startsWith(Kind.QUOTE.prefix() + ":"), locator);
            } else {
                collect(node, insideQuoteLink, locator);
            }
        }
    }

    private void append(String literal, Position start, boolean isLinked) {
        for (int i = 0; i < literal.length(); i++) {
            text.append(literal.charAt(i));
            positions.add(new Position(start.path(), start.line(), start.column() + i));
            linked.add(isLinked);
        }
    }

    private List<QuotedPassage> find() {
        List<QuotedPassage> found = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            boolean anyLinked = false;
            for (int i = matcher.start(); i < matcher.end() && !anyLinked; i++) {
                anyLinked = linked.get(i);
            }
            if (!anyLinked) {
                String words = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                found.add(new QuotedPassage(words.strip(), positions.get(matcher.start())));
            }
        }
        return found;
    }
}
