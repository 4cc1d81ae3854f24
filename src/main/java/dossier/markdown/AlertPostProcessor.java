package dossier.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/** Turns block quotes that start with {@code [!TYPE]} into {@link Alert} nodes, as GitHub does. */
final class AlertPostProcessor implements PostProcessor {
    private static final Pattern MARKER = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*");

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                super.visit(quote);
                if (!(quote.getFirstChild() instanceof Paragraph paragraph)
                        || !(paragraph.getFirstChild() instanceof Text text)) {
                    return;
                }
                Matcher matcher = MARKER.matcher(text.getLiteral());
                if (!matcher.lookingAt() || matcher.end() != text.getLiteral().length()) {
                    return;
                }
                Alert alert = new Alert(Alert.Type.valueOf(matcher.group(1)));
                alert.setSourceSpans(quote.getSourceSpans());
                Node after = text.getNext();
                text.unlink();
                if (after instanceof SoftLineBreak) {
                    after.unlink();
                }
                if (paragraph.getFirstChild() == null) {
                    paragraph.unlink();
                }
                Node child = quote.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    alert.appendChild(child);
                    child = next;
                }
                quote.insertAfter(alert);
                quote.unlink();
            }
        });
        return document;
    }
}
