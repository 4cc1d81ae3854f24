package dossier.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.ICDATASection;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IComment;
import org.thymeleaf.model.IDocType;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.model.IText;
import org.thymeleaf.processor.element.IElementProcessor;
import org.thymeleaf.processor.element.MatchingElementName;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.AdditionExpression;
import org.thymeleaf.standard.expression.AndExpression;
import org.thymeleaf.standard.expression.Assignation;
import org.thymeleaf.standard.expression.BooleanTokenExpression;
import org.thymeleaf.standard.expression.ConditionalExpression;
import org.thymeleaf.standard.expression.Each;
import org.thymeleaf.standard.expression.EachUtils;
import org.thymeleaf.standard.expression.EqualsExpression;
import org.thymeleaf.standard.expression.FragmentExpression;
import org.thymeleaf.standard.expression.FragmentSignature;
import org.thymeleaf.standard.expression.FragmentSignatureUtils;
import org.thymeleaf.standard.expression.IStandardExpression;
import org.thymeleaf.standard.expression.IStandardExpressionParser;
import org.thymeleaf.standard.expression.NegationExpression;
import org.thymeleaf.standard.expression.NotEqualsExpression;
import org.thymeleaf.standard.expression.NullTokenExpression;
import org.thymeleaf.standard.expression.NumberTokenExpression;
import org.thymeleaf.standard.expression.OrExpression;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.expression.TextLiteralExpression;
import org.thymeleaf.standard.expression.Token;
import org.thymeleaf.standard.expression.VariableExpression;
import org.thymeleaf.standard.processor.StandardBlockTagProcessor;
import org.thymeleaf.standard.processor.StandardClassappendTagProcessor;
import org.thymeleaf.standard.processor.StandardDefaultAttributesTagProcessor;
import org.thymeleaf.standard.processor.StandardEachTagProcessor;
import org.thymeleaf.standard.processor.StandardFragmentTagProcessor;
import org.thymeleaf.standard.processor.StandardHrefTagProcessor;
import org.thymeleaf.standard.processor.StandardIfTagProcessor;
import org.thymeleaf.standard.processor.StandardInsertTagProcessor;
import org.thymeleaf.standard.processor.StandardNonRemovableAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardRemovableAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardReplaceTagProcessor;
import org.thymeleaf.standard.processor.StandardSrcTagProcessor;
import org.thymeleaf.standard.processor.StandardTextTagProcessor;
import org.thymeleaf.standard.processor.StandardUnlessTagProcessor;
import org.thymeleaf.standard.processor.StandardUtextTagProcessor;
import org.thymeleaf.standard.processor.StandardValueTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresource.StringTemplateResource;
import org.thymeleaf.util.EscapedAttributeUtils;
import org.thymeleaf.util.ProcessorComparators;
import org.thymeleaf.util.ProcessorConfigurationUtils;

/**
 * Compiles a page template and the fragments it inserts into {@link CompiledNode}s, from what
 * Thymeleaf itself parses: its template manager reads the template (or selects the fragment)
 * exactly as it would to render it, each element's processors are those Thymeleaf's definitions
 * give it, in the order its own comparator puts them, and each expression is parsed by its
 * expression parser. Whatever lies beyond what the compiled theme knows (a processor, an
 * expression, inlined text, a markup selector) throws {@link NotCompiled}, and the template is
 * left to Thymeleaf. Used by one thread, for one template.
 */
final class TemplateCompiler {
    private static final String STANDARD = StandardDialect.PREFIX;
    private static final Pattern SELECTOR = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> OGNL_WORDS = Set.of("null", "true", "false",
            "new", "instanceof", "in", "not", "and", "or", "eq", "neq", "lt", "gt", "lte", "gte", "shl", "shr", "ushr",
            "band", "bor", "xor");
    // The elements whose iterations Thymeleaf separates with the white space that came before
    // them (TemplateModelController's ITERATION_WHITESPACE_APPLICABLE_ELEMENT_NAMES, 3.1).
    private static final Set<String> ITERATION_WHITESPACE = Set.of("address", "article", "aside", "audio",
            "blockquote", "canvas", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "noscript", "ol", "option",
            "output", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "tr", "ul", "video");
    // Fragments inside fragments: Thymeleaf stops at 200; a theme needs a few.
    private static final int MAX_DEPTH = 16;

    private final IEngineConfiguration configuration;
    private final EngineContext context;
    private final IStandardExpressionParser parser;
    private final TemplateRuns runs;
    private final Map<List<String>, CompiledFragment> fragments = new HashMap<>();
    private final Set<List<String>> compiling = new HashSet<>();

    TemplateCompiler(TemplateEngine engine, TemplateRuns runs) {
        this.configuration = engine.getConfiguration();
        TemplateData data = new TemplateData("dossier compiled theme", null, new StringTemplateResource(""),
                TemplateMode.HTML, NonCacheableCacheEntryValidity.INSTANCE);
        this.context = new EngineContext(configuration, data, null, Locale.ROOT, new HashMap<>());
        this.parser = StandardExpressions.getExpressionParser(configuration);
        this.runs = runs;
    }

    /** The template's nodes, or {@link NotCompiled}. */
    List<CompiledNode> template(String template) {
        return nodes(parse(template, null), template);
    }

    private IModel parse(String template, String selector) {
        try {
            TemplateModel model = configuration.getTemplateManager().parseStandalone(context, template,
                    selector == null ? null : Set.of(selector), TemplateMode.HTML, true, true);
            if (model.getTemplateMode() != TemplateMode.HTML) {
                throw new NotCompiled(template + " is not an HTML template");
            }
            return model;
        } catch (TemplateEngineException e) {
            throw new NotCompiled("cannot read " + template + ": " + e.getMessage());
        }
    }

    /** An element being read: its tag, the event before it, and its body so far. */
    private record Open(IProcessableElementTag tag, ITemplateEvent before, List<Object> body) {
    }

    /** The nodes of a model: its events as a tree, markup that never changes merged into one. */
    private List<CompiledNode> nodes(IModel model, String template) {
        Deque<Open> open = new ArrayDeque<>();
        List<Object> top = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            ITemplateEvent event = model.get(i);
            ITemplateEvent before = i > 0 ? model.get(i - 1) : null;
            List<Object> body = open.isEmpty() ? top : open.peek().body();
            if (event instanceof ITemplateStart || event instanceof ITemplateEnd) {
                continue;
            } else if (event instanceof IOpenElementTag tag) {
                open.push(new Open(tag, before, new ArrayList<>()));
            } else if (event instanceof ICloseElementTag close) {
                if (close.isUnmatched() || open.isEmpty()
                        || !open.peek().tag().getElementCompleteName().equalsIgnoreCase(close.getElementCompleteName())) {
                    throw new NotCompiled("an unmatched </" + close.getElementCompleteName() + "> at " + where(close));
                }
                Open element = open.pop();
                List<Object> parent = open.isEmpty() ? top : open.peek().body();
                element(element.tag(), element.before(), element.body(), close, template, parent);
            } else if (event instanceof IStandaloneElementTag tag) {
                element(tag, before, List.of(), null, template, body);
            } else if (event instanceof IText text) {
                refuseInlining(text.getText(), text);
                body.add(markup(text));
            } else if (event instanceof IComment comment) {
                if (comment.getContent().indexOf('[') >= 0) {
                    throw new NotCompiled("a comment Thymeleaf may process at " + where(comment));
                }
                body.add(markup(comment));
            } else if (event instanceof ICDATASection cdata) {
                refuseInlining(cdata.getContent(), cdata);
                body.add(markup(cdata));
            } else if (event instanceof IDocType docType) {
                if ("SYSTEM".equalsIgnoreCase(docType.getType())) {
                    throw new NotCompiled("a SYSTEM document type, which Thymeleaf may translate, at " + where(docType));
                }
                body.add(markup(docType));
            } else {
                throw new NotCompiled(event.getClass().getSimpleName() + " at " + where(event));
            }
        }
        if (!open.isEmpty()) {
            throw new NotCompiled("an unclosed <" + open.peek().tag().getElementCompleteName() + "> at "
                    + where(open.peek().tag()));
        }
        return merged(top);
    }

    /** Adds an element to its parent's body: as markup where nothing processes it or its body, as a node otherwise. */
    private void element(IProcessableElementTag tag, ITemplateEvent before, List<Object> body, ICloseElementTag close,
                         String template, List<Object> parent) {
        List<CompiledNode.Step> steps = steps(tag, template);
        if (steps.isEmpty()) {
            parent.add(markup(tag));
            parent.addAll(body);
            if (close != null) {
                parent.add(markup(close));
            }
            return;
        }
        String whitespace = null;
        if (before instanceof IText text && isWhitespace(text.getText())
                && ITERATION_WHITESPACE.contains(tag.getElementCompleteName().toLowerCase(Locale.ROOT))) {
            whitespace = text.getText();
        }
        parent.add(new CompiledNode.Element(CompiledTag.of(tag), new RepeatedMarkup.Place(tag.getTemplateName(), tag.getLine(),
                tag.getCol()), steps, merged(body), close == null ? null : markup(close).utf8(), whitespace));
    }

    /** Thymeleaf's test of a text that may separate iterations: not empty, and all white space. */
    private static boolean isWhitespace(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isWhitespace);
    }

    /** Markup and nodes as a list of nodes, each run of markup one node. */
    private static List<CompiledNode> merged(List<Object> parts) {
        List<CompiledNode> nodes = new ArrayList<>();
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        List<String> links = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof CompiledNode.Markup markup) {
                html.writeBytes(markup.utf8());
                links.addAll(markup.links());
                ids.addAll(markup.ids());
                continue;
            }
            if (html.size() > 0) {
                nodes.add(new CompiledNode.Markup(html.toByteArray(), List.copyOf(links), List.copyOf(ids)));
                html.reset();
                links.clear();
                ids.clear();
            }
            nodes.add((CompiledNode) part);
        }
        if (html.size() > 0) {
            nodes.add(new CompiledNode.Markup(html.toByteArray(), List.copyOf(links), List.copyOf(ids)));
        }
        return List.copyOf(nodes);
    }

    /** An event as Thymeleaf writes it, with the links and ids a tag holds. */
    private static CompiledNode.Markup markup(ITemplateEvent event) {
        StringWriter html = new StringWriter();
        try {
            event.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        PageLinks.Collector collected = new PageLinks.Collector();
        if (event instanceof IProcessableElementTag tag) {
            LinkRecordingDialect.note(collected, tag);
        }
        return new CompiledNode.Markup(html.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(collected.links()),
                List.copyOf(collected.ids()));
    }

    private static void refuseInlining(String text, ITemplateEvent event) {
        if (text.contains("[[") || text.contains("[(")) {
            throw new NotCompiled("text Thymeleaf may inline at " + where(event));
        }
    }

    /** The processors Thymeleaf would run on a tag, in its order (AbstractProcessableElementTag.computeProcessors). */
    private List<CompiledNode.Step> steps(IProcessableElementTag tag, String template) {
        List<IElementProcessor> processors = new ArrayList<>(tag.getElementDefinition().getAssociatedProcessors());
        IAttribute[] attributes = tag.getAllAttributes();
        for (int n = attributes.length; n-- != 0; ) {
            String name = attributes[n].getAttributeCompleteName().toLowerCase(Locale.ROOT);
            if (name.startsWith("data-" + STANDARD + "-") || name.startsWith("data-dossier-")) {
                throw new NotCompiled("the attribute " + name + " at " + where(tag));
            }
            for (IElementProcessor processor : attributes[n].getAttributeDefinition().getAssociatedProcessors()) {
                MatchingElementName element = processor.getMatchingElementName();
                if (element == null || element.matches(tag.getElementDefinition().getElementName())) {
                    processors.add(processor);
                }
            }
        }
        processors.sort(ProcessorComparators.PROCESSOR_COMPARATOR);
        List<CompiledNode.Step> steps = new ArrayList<>();
        boolean others = false;
        boolean body = false;
        for (IElementProcessor wrapped : processors) {
            IElementProcessor processor = ProcessorConfigurationUtils.unwrap(wrapped);
            AttributeName attribute = processor.getMatchingAttributeName() == null ? null
                    : processor.getMatchingAttributeName().getMatchingAttributeName();
            if (processor instanceof StandardDefaultAttributesTagProcessor) {
                // Listed once for each th:* attribute; it sees them all at its first run.
                if (!others) {
                    steps.add(otherAttributes(tag, processors, template));
                    others = true;
                }
            } else if (processor instanceof StandardUtextTagProcessor || LinkRecordingDialect.isBodyProcessor(processor)) {
                // The dialect's body processor and the standard one read the same attribute: one step for both.
                if (!body) {
                    if (tag.getElementDefinition().getElementName().getElementName().equals("block")) {
                        throw new NotCompiled("th:utext on a th:block at " + where(tag));
                    }
                    steps.add(new CompiledNode.Utext(attribute, expression(tag, attribute, template)));
                    body = true;
                }
            } else {
                steps.add(step(processor, attribute, tag, template));
            }
        }
        boolean structural = steps.stream().anyMatch(s -> s instanceof CompiledNode.Each || s instanceof CompiledNode.Insert);
        if (structural && steps.stream().anyMatch(s -> s instanceof CompiledNode.SameFor)) {
            // Thymeleaf processes such an element again once same-for has run, and its
            // iterations would lose the white space between them.
            throw new NotCompiled("dossier:same-for with th:each, th:insert or th:replace at " + where(tag));
        }
        return steps;
    }

    private CompiledNode.Step step(IElementProcessor processor, AttributeName attribute, IProcessableElementTag tag,
                                   String template) {
        if (LinkRecordingDialect.isSameForProcessor(processor)) {
            return new CompiledNode.SameFor(attribute, expression(tag, attribute, template));
        } else if (processor instanceof StandardInsertTagProcessor) {
            return new CompiledNode.Insert(attribute, expression(tag, attribute, template), false);
        } else if (processor instanceof StandardReplaceTagProcessor) {
            return new CompiledNode.Insert(attribute, expression(tag, attribute, template), true);
        } else if (processor instanceof StandardEachTagProcessor) {
            Each each = EachUtils.parseEach(context, value(tag, attribute));
            if (each == null) {
                throw new NotCompiled("th:each at " + where(tag));
            }
            String variable = String.valueOf(each.getIterVar().execute(context));
            String status = each.hasStatusVar() ? String.valueOf(each.getStatusVar().execute(context)) : variable + "Stat";
            if (!IDENTIFIER.matcher(variable).matches() || !IDENTIFIER.matcher(status).matches()) {
                throw new NotCompiled("th:each at " + where(tag));
            }
            return new CompiledNode.Each(attribute, variable, status, expression(each.getIterable(), template));
        } else if (processor instanceof StandardIfTagProcessor) {
            return new CompiledNode.Condition(attribute, expression(tag, attribute, template), false);
        } else if (processor instanceof StandardUnlessTagProcessor) {
            return new CompiledNode.Condition(attribute, expression(tag, attribute, template), true);
        } else if (processor instanceof StandardFragmentTagProcessor) {
            return new CompiledNode.Signature(attribute);
        } else if (processor instanceof StandardHrefTagProcessor || processor instanceof StandardSrcTagProcessor
                || processor instanceof StandardValueTagProcessor
                || processor instanceof StandardNonRemovableAttributeTagProcessor
                || processor instanceof StandardRemovableAttributeTagProcessor) {
            String target = attribute.getAttributeName();
            return new CompiledNode.Attribute(attribute, expression(tag, attribute, template), name(target),
                    processor instanceof StandardRemovableAttributeTagProcessor);
        } else if (processor instanceof StandardClassappendTagProcessor) {
            return new CompiledNode.ClassAppend(attribute, name("class"), expression(tag, attribute, template));
        } else if (processor instanceof StandardTextTagProcessor) {
            return new CompiledNode.Text(attribute, expression(tag, attribute, template));
        } else if (processor instanceof StandardBlockTagProcessor) {
            return new CompiledNode.Block();
        }
        throw new NotCompiled(processor.getClass().getSimpleName() + " at " + where(tag));
    }

    /** The th:* attributes no other processor takes, for the default one (StandardDefaultAttributesTagProcessor). */
    private CompiledNode.OtherAttributes otherAttributes(IProcessableElementTag tag, List<IElementProcessor> processors,
                                                         String template) {
        List<CompiledNode.OtherAttribute> others = new ArrayList<>();
        for (IAttribute attribute : tag.getAllAttributes()) {
            AttributeName name = attribute.getAttributeDefinition().getAttributeName();
            if (!name.isPrefixed() || !name.getPrefix().equalsIgnoreCase(STANDARD) || takenByOther(name, processors)) {
                continue;
            }
            String complete = attribute.getAttributeCompleteName();
            String canonical = name.getAttributeName();
            String target = complete.toLowerCase(Locale.ROOT).endsWith(canonical.toLowerCase(Locale.ROOT))
                    ? canonical : complete.substring(complete.length() - canonical.length());
            CompiledExpression value = attribute.getValue() == null ? null : expression(tag, name, template);
            others.add(new CompiledNode.OtherAttribute(name, name(target), value));
        }
        return new CompiledNode.OtherAttributes(List.copyOf(others));
    }

    private static boolean takenByOther(AttributeName name, List<IElementProcessor> processors) {
        for (IElementProcessor wrapped : processors) {
            IElementProcessor processor = ProcessorConfigurationUtils.unwrap(wrapped);
            if (!(processor instanceof StandardDefaultAttributesTagProcessor) && processor.getMatchingAttributeName() != null
                    && name.equals(processor.getMatchingAttributeName().getMatchingAttributeName())) {
                return true;
            }
        }
        return false;
    }

    /** An attribute's name as a processor sets it, looked up as Thymeleaf looks it up when it does. */
    private CompiledTag.Name name(String completeName) {
        return CompiledTag.Name.of(completeName,
                configuration.getAttributeDefinitions().forName(TemplateMode.HTML, completeName).getAttributeName());
    }

    private static String value(IProcessableElementTag tag, AttributeName attribute) {
        return EscapedAttributeUtils.unescapeAttribute(TemplateMode.HTML, tag.getAttributeValue(attribute));
    }

    /** The expression in an attribute's value, parsed as Thymeleaf parses it. */
    private CompiledExpression expression(IProcessableElementTag tag, AttributeName attribute, String template) {
        String text = value(tag, attribute);
        IStandardExpression parsed;
        try {
            parsed = text == null ? null : parser.parseExpression(context, text);
        } catch (TemplateEngineException e) {
            parsed = null;
        }
        if (parsed == null) {
            throw new NotCompiled("the expression of " + attribute + " at " + where(tag));
        }
        return expression(parsed, template);
    }

    private CompiledExpression expression(IStandardExpression expression, String template) {
        if (expression instanceof VariableExpression variable) {
            if (variable.getUseSelectionAsRoot() || variable.getConvertToString()) {
                throw new NotCompiled("the expression " + variable.getStringRepresentation());
            }
            return new OgnlPath(variable.getExpression()).whole();
        } else if (expression instanceof TextLiteralExpression literal) {
            return new CompiledExpression.Constant(literal.getValue());
        } else if (expression instanceof NullTokenExpression) {
            return new CompiledExpression.Constant(null);
        } else if (expression instanceof BooleanTokenExpression || expression instanceof NumberTokenExpression) {
            return new CompiledExpression.Constant(((Token) expression).getValue());
        } else if (expression instanceof AdditionExpression addition) {
            return new CompiledExpression.Addition(expression(addition.getLeft(), template),
                    expression(addition.getRight(), template));
        } else if (expression instanceof EqualsExpression equals) {
            return new CompiledExpression.Equality(expression(equals.getLeft(), template),
                    expression(equals.getRight(), template), true);
        } else if (expression instanceof NotEqualsExpression notEquals) {
            return new CompiledExpression.Equality(expression(notEquals.getLeft(), template),
                    expression(notEquals.getRight(), template), false);
        } else if (expression instanceof NegationExpression negation) {
            return new CompiledExpression.Not(expression(negation.getOperand(), template));
        } else if (expression instanceof OrExpression or) {
            return new CompiledExpression.Logical(expression(or.getLeft(), template), expression(or.getRight(), template),
                    true);
        } else if (expression instanceof AndExpression and) {
            return new CompiledExpression.Logical(expression(and.getLeft(), template), expression(and.getRight(), template),
                    false);
        } else if (expression instanceof ConditionalExpression conditional) {
            return new CompiledExpression.Conditional(expression(conditional.getConditionExpression(), template),
                    expression(conditional.getThenExpression(), template),
                    conditional.getElseExpression() == null ? null : expression(conditional.getElseExpression(), template));
        } else if (expression instanceof FragmentExpression fragment) {
            return fragment(fragment, template);
        }
        throw new NotCompiled("the expression " + (expression == null ? "null" : expression.getStringRepresentation()));
    }

    /** {@code ~{template :: selector(arguments)}}, the arguments by position as the signature names them. */
    private CompiledExpression fragment(FragmentExpression expression, String template) {
        String name = expression.getTemplateName() == null ? "" : constant(expression.getTemplateName());
        String fragmentTemplate = name.isEmpty() ? template : name;
        if (!expression.hasFragmentSelector()) {
            throw new NotCompiled("a whole template as a fragment: " + expression.getStringRepresentation());
        }
        String selector = constant(expression.getFragmentSelector());
        if (!SELECTOR.matcher(selector).matches()) {
            throw new NotCompiled("the markup selector " + selector);
        }
        List<CompiledExpression> arguments = new ArrayList<>();
        if (expression.hasParameters()) {
            if (!expression.hasSyntheticParameters()) {
                throw new NotCompiled("named fragment parameters: " + expression.getStringRepresentation());
            }
            for (Assignation assignation : expression.getParameters().getAssignations()) {
                arguments.add(expression(assignation.getRight(), template));
            }
        }
        CompiledFragment fragment = fragment(fragmentTemplate, selector);
        if (fragment.parameters().size() != arguments.size()) {
            throw new NotCompiled(expression.getStringRepresentation() + " does not match its fragment's parameters");
        }
        return new CompiledExpression.Fragment(fragment, List.copyOf(arguments));
    }

    private CompiledFragment fragment(String template, String selector) {
        List<String> key = List.of(template, selector);
        CompiledFragment known = fragments.get(key);
        if (known != null) {
            return known;
        }
        if (!compiling.add(key) || compiling.size() > MAX_DEPTH) {
            throw new NotCompiled("the fragment " + template + " :: " + selector + " inserts itself");
        }
        IModel model = parse(template, selector);
        List<String> parameters = List.of();
        if (model.size() > 2 && model.get(1) instanceof IProcessableElementTag holder
                && holder.hasAttribute(STANDARD, "fragment")) {
            String signature = EscapedAttributeUtils.unescapeAttribute(TemplateMode.HTML,
                    holder.getAttributeValue(STANDARD, "fragment"));
            FragmentSignature parsed = signature == null || signature.isBlank() ? null
                    : FragmentSignatureUtils.parseFragmentSignature(configuration, signature);
            if (parsed != null && parsed.hasParameters()) {
                parameters = parsed.getParameterNames();
            }
        }
        CompiledFragment fragment = new CompiledFragment(parameters);
        fragment.compiled(nodes(model, template));
        compiling.remove(key);
        fragments.put(key, fragment);
        return fragment;
    }

    private String constant(IStandardExpression expression) {
        if (expression instanceof TextLiteralExpression literal) {
            return literal.getValue().getValue();
        }
        if (expression instanceof Token token && token.getValue() != null) {
            return token.getValue().toString();
        }
        throw new NotCompiled("a fragment named by " + expression.getStringRepresentation());
    }

    private static String where(ITemplateEvent event) {
        return event.getTemplateName() + ":" + event.getLine() + ":" + event.getCol();
    }

    /**
     * The OGNL inside {@code ${…}} that the default theme writes: property paths
     * ({@code a.b['c']}), texts joined with {@code +}, {@code #dossier.runs(list)} and
     * {@code #strings.listJoin(list, 'separator')}.
     */
    private final class OgnlPath {
        private final String text;
        private int at;

        OgnlPath(String text) {
            this.text = text;
        }

        CompiledExpression whole() {
            CompiledExpression expression = sum();
            skipSpace();
            if (at != text.length()) {
                throw refused();
            }
            return expression;
        }

        private CompiledExpression sum() {
            CompiledExpression expression = primary();
            while (take('+')) {
                expression = new CompiledExpression.Join(expression, primary());
            }
            return expression;
        }

        private CompiledExpression primary() {
            skipSpace();
            if (text.startsWith("#dossier.runs(", at)) {
                at += "#dossier.runs(".length();
                CompiledExpression list = sum();
                expect(')');
                return new CompiledExpression.Runs(list, runs);
            }
            if (text.startsWith("#strings.listJoin(", at)) {
                at += "#strings.listJoin(".length();
                CompiledExpression list = sum();
                expect(',');
                String separator = quoted();
                expect(')');
                return new CompiledExpression.ListJoin(list, separator);
            }
            for (String word : List.of("null", "true", "false")) {
                if (text.startsWith(word, at) && (at + word.length() == text.length()
                        || !Character.isJavaIdentifierPart(text.charAt(at + word.length())))) {
                    at += word.length();
                    // OGNL's own constants (a ternary without its else branch is given ${null}).
                    return new CompiledExpression.Constant(word.equals("null") ? null : Boolean.valueOf(word));
                }
            }
            String name = identifier();
            CompiledExpression expression = new CompiledExpression.Variable(name);
            while (true) {
                if (take('.')) {
                    expression = new CompiledExpression.Property(expression, identifier(), false);
                } else if (take('[')) {
                    expression = new CompiledExpression.Property(expression, quoted(), true);
                    expect(']');
                } else {
                    return expression;
                }
            }
        }

        private String identifier() {
            skipSpace();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                    || text.charAt(at) == '$')) {
                at++;
            }
            String name = text.substring(start, at);
            if (!IDENTIFIER.matcher(name).matches() || OGNL_WORDS.contains(name)) {
                throw refused();
            }
            return name;
        }

        private String quoted() {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '\'') {
                throw refused();
            }
            int end = text.indexOf('\'', at + 1);
            String value = end < 0 ? null : text.substring(at + 1, end);
            // OGNL reads a quoted single character as a Character, which finds no String key.
            if (value == null || value.indexOf('\\') >= 0 || value.length() == 1) {
                throw refused();
            }
            at = end + 1;
            return value;
        }

        private boolean take(char c) {
            skipSpace();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!take(c)) {
                throw refused();
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private NotCompiled refused() {
            return new NotCompiled("the expression ${" + text + "}");
        }
    }
}
