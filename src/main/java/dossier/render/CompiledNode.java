package dossier.render;

import java.util.List;
import org.thymeleaf.engine.AttributeName;

/**
 * A part of a compiled template: markup that is the same on every page, or an element with the
 * processors Thymeleaf would run on it, in the order it would run them.
 */
sealed interface CompiledNode {

    /** Markup written as it is, already UTF-8, with the links and ids its elements hold. */
    record Markup(byte[] utf8, List<String> links, List<String> ids) implements CompiledNode {
    }

    /**
     * An element some processor works on.
     *
     * @param tag                  its tag as parsed, changed as its processors change Thymeleaf's
     * @param place                where it stands in its template (what {@code dossier:same-for} tells elements apart by)
     * @param steps                its processors, in Thymeleaf's order
     * @param children             its body as the template has it
     * @param close                its close tag, already UTF-8; null for an element without one
     * @param iterationWhitespace  the white space Thymeleaf writes between the iterations of
     *                             {@code th:each} on this element (the text before it, for some
     *                             block elements), or null
     */
    record Element(CompiledTag tag, RepeatedMarkup.Place place, List<Step> steps,
                   List<CompiledNode> children, byte[] close, String iterationWhitespace) implements CompiledNode {
    }

    /** One processor's work on an element; it runs while its attribute is still there (none: always). */
    sealed interface Step {
        AttributeName attribute();
    }

    /** {@code dossier:same-for}: see {@link RepeatedMarkup}. */
    record SameFor(AttributeName attribute, CompiledExpression value) implements Step {
    }

    /** {@code th:insert} ({@code replace} false) or {@code th:replace}. */
    record Insert(AttributeName attribute, CompiledExpression fragment, boolean replace) implements Step {
    }

    /** {@code th:each}. */
    record Each(AttributeName attribute, String variable, String status, CompiledExpression items) implements Step {
    }

    /** {@code th:if}, or {@code th:unless}. */
    record Condition(AttributeName attribute, CompiledExpression value, boolean unless) implements Step {
    }

    /** {@code th:fragment}, which is only taken away. */
    record Signature(AttributeName attribute) implements Step {
    }

    /**
     * {@code th:href}, {@code th:content} and the like: the attribute {@code target} set to the
     * value, or taken away when the value is empty and {@code removeIfEmpty}.
     */
    record Attribute(AttributeName attribute, CompiledExpression value, CompiledTag.Name target,
                     boolean removeIfEmpty) implements Step {
    }

    /** Any other {@code th:*} attribute, by Thymeleaf's default attribute processor: each such attribute, in order. */
    record OtherAttributes(List<OtherAttribute> attributes) implements Step {
        @Override
        public AttributeName attribute() {
            return null;
        }
    }

    /** One of them: its name, the attribute it sets, and its value (null when it has none). */
    record OtherAttribute(AttributeName name, CompiledTag.Name target, CompiledExpression value) {
    }

    /** {@code th:classappend}. */
    record ClassAppend(AttributeName attribute, CompiledTag.Name classAttribute, CompiledExpression value) implements Step {
    }

    /** {@code th:text}. */
    record Text(AttributeName attribute, CompiledExpression value) implements Step {
    }

    /** {@code th:utext}: a body as it passed the content policy, or a text with no markup. */
    record Utext(AttributeName attribute, CompiledExpression value) implements Step {
    }

    /** {@code th:block}: the element's tags are not written, its body is. */
    record Block() implements Step {
        @Override
        public AttributeName attribute() {
            return null;
        }
    }
}
