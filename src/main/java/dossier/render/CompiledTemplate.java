package dossier.render;

import dossier.render.view.BodyHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;
import org.thymeleaf.util.EvaluationUtils;

/**
 * A page template compiled ({@link TemplateCompiler}): renders a page model to the same bytes,
 * and the same links and ids, as Thymeleaf renders the template, without Thymeleaf's event
 * pipeline. Markup that never changes is written as compiled; an element that a processor works
 * on is changed in the order its processors would change it, by the rules of Thymeleaf's model
 * factory ({@link CompiledTag}). A page it cannot be sure to render as Thymeleaf would
 * throws {@link NotCompiled} (see {@link CompiledExpression}). Immutable; safe for the threads
 * that render pages at once.
 */
final class CompiledTemplate {
    private final List<CompiledNode> nodes;

    CompiledTemplate(List<CompiledNode> nodes) {
        this.nodes = nodes;
    }

    /** Renders a page into {@code out}, made ready for it; its links and ids are returned. */
    PageLinks render(Object page, RepeatedMarkup repeated, Utf8PageWriter out) {
        Rendering rendering = new Rendering(out.reset(), repeated);
        rendering.nodes(nodes, TemplateScope.of(page));
        return rendering.collected.collected();
    }

    /** One page being rendered. */
    private final class Rendering {
        private final Utf8PageWriter out;
        private final RepeatedMarkup repeated;
        private final PageLinks.Collector collected = new PageLinks.Collector();

        Rendering(Utf8PageWriter out, RepeatedMarkup repeated) {
            this.out = out;
            this.repeated = repeated;
        }

        void nodes(List<CompiledNode> list, TemplateScope scope) {
            for (CompiledNode node : list) {
                if (node instanceof CompiledNode.Markup markup) {
                    out.writeUtf8(markup.utf8());
                    collected.addAll(markup.links(), markup.ids());
                } else {
                    CompiledNode.Element element = (CompiledNode.Element) node;
                    element(element, 0, element.tag().changing(), scope);
                }
            }
        }

        /**
         * An element from its step {@code from} on, with its tag as the steps before left it:
         * ProcessorTemplateHandler.handleOpenElement for the processors the compiled theme knows.
         */
        private void element(CompiledNode.Element element, int from, CompiledTag.Changing tag, TemplateScope scope) {
            List<CompiledNode.Step> steps = element.steps();
            // The body: null for the element's own, else what a step put in its place.
            Object body = null;
            TemplateScope bodyScope = scope;
            boolean tags = true;
            for (int i = from; i < steps.size(); i++) {
                CompiledNode.Step step = steps.get(i);
                AttributeName attribute = step.attribute();
                if (attribute != null && !tag.has(attribute)) {
                    continue; // a processor whose attribute is gone does not run
                }
                if (step instanceof CompiledNode.SameFor sameFor) {
                    Object value = sameFor.value().evaluate(scope);
                    tag.remove(attribute);
                    int number = repeated.number(element.place(), value);
                    if (number == RepeatedMarkup.UNMARKED) {
                        continue;
                    }
                    RepeatedMarkup.Made made = repeated.made(number);
                    if (made != null) {
                        out.writeUtf8(made.utf8());
                        collected.addAll(made.links(), made.ids());
                        return;
                    }
                    int start = out.position();
                    int links = collected.links().size();
                    int ids = collected.ids().size();
                    element(element, i + 1, tag, scope);
                    repeated.keep(number, new RepeatedMarkup.Made(out.since(start),
                            List.copyOf(collected.links().subList(links, collected.links().size())),
                            List.copyOf(collected.ids().subList(ids, collected.ids().size()))));
                    return;
                } else if (step instanceof CompiledNode.Insert insert) {
                    CompiledFragment.Bound fragment = fragment(insert.fragment().evaluate(scope));
                    if (insert.replace()) {
                        nodes(fragment.nodes(), fragment.scope(scope));
                        return;
                    }
                    scope = fragment.scope(scope);
                    bodyScope = scope;
                    body = fragment;
                    tag.remove(attribute);
                } else if (step instanceof CompiledNode.Each each) {
                    tag.remove(attribute);
                    List<?> items = CompiledExpression.items(each.items().evaluate(scope));
                    for (int k = 0; k < items.size(); k++) {
                        if (k > 0 && element.iterationWhitespace() != null) {
                            out.write(element.iterationWhitespace());
                        }
                        Object item = items.get(k);
                        element(element, i + 1, tag.copy(), scope.with(each.variable(), item)
                                .with(each.status(), new CompiledExpression.IterationStatus(k, items.size(), item)));
                    }
                    return;
                } else if (step instanceof CompiledNode.Condition condition) {
                    if (EvaluationUtils.evaluateAsBoolean(condition.value().evaluate(scope)) == condition.unless()) {
                        return;
                    }
                    tag.remove(attribute);
                } else if (step instanceof CompiledNode.Signature) {
                    tag.remove(attribute);
                } else if (step instanceof CompiledNode.Attribute set) {
                    String value = attributeValue(set.value().evaluate(scope));
                    if (set.removeIfEmpty() && (value == null || value.isEmpty())) {
                        tag.remove(set.target().name());
                        tag.remove(attribute);
                    } else {
                        tag.replace(attribute, set.target(), value == null ? "" : value);
                    }
                } else if (step instanceof CompiledNode.OtherAttributes others) {
                    otherAttributes(others, tag, scope);
                } else if (step instanceof CompiledNode.ClassAppend append) {
                    String value = attributeValue(append.value().evaluate(scope));
                    // Its own attribute goes first: Thymeleaf applies a processor's removals before its settings.
                    tag.remove(attribute);
                    if (value != null && !value.isEmpty()) {
                        String current = tag.value(append.classAttribute().name());
                        if (current != null && !current.isEmpty()) {
                            value = current + ' ' + value;
                        }
                        tag.set(append.classAttribute(), value);
                    }
                } else if (step instanceof CompiledNode.Text text) {
                    Object value = text.value().evaluate(scope);
                    body = new EscapedText(value == null ? "" : CompiledExpression.text(value));
                    tag.remove(attribute);
                } else if (step instanceof CompiledNode.Utext utext) {
                    body = unescaped(utext.value().evaluate(scope));
                    tag.remove(attribute);
                } else if (step instanceof CompiledNode.Block) {
                    tags = false;
                }
            }
            write(element, tag, tags, body, bodyScope);
        }

        private void write(CompiledNode.Element element, CompiledTag.Changing tag, boolean tags, Object body,
                           TemplateScope bodyScope) {
            // An element standing alone that is given a body becomes an open and a close tag, as
            // Thymeleaf makes it (TemplateModelController.createStandaloneEquivalentModel).
            boolean opened = element.close() == null && body != null && body != REMOVED;
            if (tags) {
                tag.note(collected);
                try {
                    if (opened) {
                        tag.writeOpened(out);
                    } else {
                        tag.write(out);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // writing to memory does not fail
                }
            }
            if (body == null) {
                nodes(element.children(), bodyScope);
            } else if (body instanceof EscapedText text) {
                out.writeEscaped(text.text());
            } else if (body instanceof String text) {
                out.write(text);
            } else if (body instanceof BodyHtml html) {
                collected.addAll(html.links(), html.ids());
                out.writeUtf8(html);
            } else if (body instanceof CompiledFragment.Bound fragment) {
                nodes(fragment.nodes(), bodyScope);
            }
            if (tags && element.close() != null) {
                out.writeUtf8(element.close());
            } else if (tags && opened) {
                out.write("</" + tag.element() + ">");
            }
        }

        /**
         * Thymeleaf's default attribute processor: every other {@code th:*} attribute set to its
         * value, or taken away with the attribute it names when that is empty; the removals first.
         */
        private void otherAttributes(CompiledNode.OtherAttributes others, CompiledTag.Changing tag, TemplateScope scope) {
            String[] values = new String[others.attributes().size()];
            boolean[] present = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                CompiledNode.OtherAttribute other = others.attributes().get(i);
                present[i] = tag.has(other.name());
                values[i] = present[i] && other.value() != null ? attributeValue(other.value().evaluate(scope)) : null;
            }
            for (int i = 0; i < values.length; i++) {
                if (present[i] && (values[i] == null || values[i].isEmpty())) {
                    tag.remove(others.attributes().get(i).target());
                    tag.remove(others.attributes().get(i).name());
                }
            }
            for (int i = 0; i < values.length; i++) {
                if (present[i] && values[i] != null && !values[i].isEmpty()) {
                    CompiledNode.OtherAttribute other = others.attributes().get(i);
                    tag.replace(other.name(), other.target(), values[i]);
                }
            }
        }
    }

    /** A value as an attribute's value, escaped as Thymeleaf escapes it; null stays null. */
    private static String attributeValue(Object value) {
        return value == null ? null : EscapedAttributeUtils.escapeAttribute(TemplateMode.HTML, CompiledExpression.text(value));
    }

    /** What {@code th:text} writes: a text, escaped as it is written. */
    private record EscapedText(String text) {
    }

    /**
     * The body of an element whose {@code th:utext} was an empty body: Thymeleaf removes the body
     * rather than setting an empty one, which leaves an element standing alone as it was.
     */
    private static final Object REMOVED = new Object();

    /**
     * What {@code th:utext} writes: a body as it is, links and all; a text with no markup in it,
     * which is all Thymeleaf would find in it. Thymeleaf parses a text with {@code >} or
     * {@code ]} in it as markup, which for a text with no {@code <} gives back the text.
     */
    private static Object unescaped(Object value) {
        if (value instanceof BodyHtml html) {
            return html.isEmpty() ? REMOVED : html;
        }
        String text = value == null ? "" : CompiledExpression.text(value);
        if (text.indexOf('<') >= 0) {
            throw new NotCompiled("th:utext of markup that is not a body");
        }
        return text;
    }

    private static CompiledFragment.Bound fragment(Object value) {
        if (value instanceof CompiledFragment.Bound fragment) {
            return fragment;
        }
        throw new NotCompiled("a fragment to insert that is " + (value == null ? "null" : value.getClass().getName()));
    }
}
