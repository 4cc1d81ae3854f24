package dossier.render;

import dossier.markdown.PlainText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders an editor's note where it is referenced, as a side note: beside the paragraph on wide
 * screens, behind a toggle on narrow ones (a checkbox and its label, so no script is needed);
 * and, after the document, the numbered list of notes that print shows. Numbers follow the order
 * of first reference and ids the footnotes extension's ({@code fn-x}, {@code fnref-x}, then
 * {@code fnref-x-2}). One instance renders one document.
 */
final class SideNoteRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> uses = new HashMap<>();
    private Map<String, FootnoteDefinition> definitions;

    SideNoteRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Document.class, FootnoteReference.class, FootnoteDefinition.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Document) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            renderList(node);
        } else if (node instanceof FootnoteReference reference) {
            renderReference(reference);
        }
        // A definition renders nothing where it stands: beside its reference, and in the list.
    }

    /** The numbered notes in order of first reference, each with links back to its references. */
    private void renderList(Node document) {
        if (numbers.isEmpty()) {
            return;
        }
        Map<String, FootnoteDefinition> byLabel = definitions(document);
        html.line();
        tag(document, "section", "class", "footnotes", "role", "doc-endnotes", "aria-labelledby", "notes-heading");
        html.line();
        tag(document, "h2", "id", "notes-heading");
        html.text("Notes");
        html.tag("/h2");
        html.line();
        html.tag("ol");
        numbers.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            String label = entry.getKey();
            html.line();
            tag(document, "li", "id", "fn-" + label);
            for (Node block = byLabel.get(label).getFirstChild(); block != null; block = block.getNext()) {
                context.render(block);
            }
            for (int use = 1; use <= uses.get(label); use++) {
                html.text(" ");
                tag(document, "a", "href", "#fnref-" + label + (use == 1 ? "" : "-" + use),
                        "class", "footnote-backref", "aria-label", "Back to the text of note " + entry.getValue());
                html.text("↩");
                html.tag("/a");
            }
            html.tag("/li");
        });
        html.line();
        html.tag("/ol");
        html.line();
        html.tag("/section");
        html.line();
    }

    private void renderReference(FootnoteReference reference) {
        Node node = reference;
        String label = reference.getLabel();
        FootnoteDefinition definition = definitions(node).get(label);
        if (definition == null) {
            html.text("[^" + label + "]"); // undefined; the markdown stage has reported it
            return;
        }
        int number = numbers.computeIfAbsent(label, l -> numbers.size() + 1);
        int use = uses.merge(label, 1, Integer::sum);
        String refId = "fnref-" + label + (use == 1 ? "" : "-" + use);
        String toggleId = "sn-" + label + "-" + use;
        html.tag("input", context.extendAttributes(reference, "input", attributes("type", "checkbox", "id", toggleId,
                "class", "sidenote-toggle", "aria-label", "Show note " + number)), true);
        tag(reference, "sup", "class", "footnote-ref", "id", refId);
        tag(reference, "label", "for", toggleId, "class", "sidenote-number");
        html.text(String.valueOf(number));
        html.tag("/label");
        html.tag("/sup");
        tag(reference, "span", "class", "sidenote", "role", "note");
        tag(reference, "span", "class", "sidenote-label");
        html.text(number + " ");
        html.tag("/span");
        boolean first = true;
        for (Node block = definition.getFirstChild(); block != null; block = block.getNext()) {
            if (!first) {
                html.text(" ");
            }
            first = false;
            if (block instanceof Paragraph) {
                for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
                    context.render(inline);
                }
            } else {
                html.text(PlainText.of(block)); // a list or code in a note: its text, as a side note is a line of prose
            }
        }
        html.tag("/span");
    }

    private Map<String, FootnoteDefinition> definitions(Node anywhere) {
        if (definitions == null) {
            Node root = anywhere;
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Map<String, FootnoteDefinition> found = new HashMap<>();
            root.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomBlock block) {
                    if (block instanceof FootnoteDefinition definition) {
                        found.putIfAbsent(definition.getLabel(), definition);
                    }
                }
            });
            definitions = found;
        }
        return definitions;
    }

    /** Opens an element, its attributes passing the context's providers as CommonMark's own do. */
    private void tag(Node node, String name, String... keysAndValues) {
        html.tag(name, context.extendAttributes(node, name, attributes(keysAndValues)));
    }

    private static Map<String, String> attributes(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
