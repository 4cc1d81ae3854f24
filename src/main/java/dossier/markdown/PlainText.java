package dossier.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text of a node as a reader would read it aloud: no markup; line breaks and block ends as spaces. */
public final class PlainText {
    private PlainText() {
    }

    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                out.append(' ');
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
                out.append(' ');
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return collapseSpaces(out).strip();
    }

    /**
     * Each run of ASCII white space as one space, as {@code replaceAll("\\s+", " ")} would, without
     * a regular expression, in one array: this runs over the text of every body.
     */
    private static String collapseSpaces(StringBuilder text) {
        int length = text.length();
        char[] chars = new char[length];
        text.getChars(0, length, chars, 0);
        int kept = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r') {
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
}
