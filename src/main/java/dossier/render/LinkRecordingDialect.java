package dossier.render;

import dossier.render.view.BodyHtml;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.ICDATASection;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IComment;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IProcessingInstruction;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardUtextTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.IWritableCharSequence;

/**
 * Records each page's links and ids from the template engine's own output events, so that the
 * link check does not parse thousands of written pages again. A body ({@link BodyHtml}) printed
 * with {@code th:utext} brings its links along, noted when it passed the content policy, and is
 * written as it is. Any other {@code th:utext} value is left to Thymeleaf, which parses it into
 * elements because a post-processor is registered, so the links of the source graph's SVG or of
 * a theme's own markup are seen too. Parsing every body again had cost a tenth of a build.
 *
 * <p>The same output events carry {@code dossier:same-for} elements ({@link RepeatedMarkup}):
 * what such an element writes is kept with the links and ids noted meanwhile, and where it is
 * written as made, its links and ids are noted as if its elements had been seen. Both live here
 * because the one must know what the other noted. So does {@code #dossier} ({@link TemplateRuns}),
 * which exists for those elements.
 */
final class LinkRecordingDialect extends AbstractProcessorDialect implements IPostProcessorDialect,
        IExpressionObjectDialect {
    /** The context variable that holds the page's {@link Recorder}. */
    static final String VARIABLE = "dossierLinkRecorder";
    /** The context variable that holds the build's {@link RepeatedMarkup}. */
    static final String REPEATED = "dossierRepeatedMarkup";
    /** {@code dossier:same-for}: see {@link RepeatedMarkup}. */
    private static final String SAME_FOR_PREFIX = "dossier";
    private static final String SAME_FOR = "same-for";
    // Marking comments: the start of an element's output, its end, and an element written as made.
    private static final char BEGIN = '<';
    private static final char END = '>';
    private static final char AS_MADE = '=';
    // What an attribute is to the page's links and ids, by its name as written (roleOf).
    static final byte OTHER = 0;
    static final byte ID = 1;
    static final byte HREF = 2;
    static final byte SRC = 3;

    LinkRecordingDialect() {
        super("dossier-link-recording", StandardDialect.PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new BodyProcessor(dialectPrefix), new SameForProcessor());
    }

    /** {@code #dossier}: {@link TemplateRuns}, for lists whose runs are marked same-for. */
    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        TemplateRuns runs = new TemplateRuns();
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(TemplateRuns.NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return TemplateRuns.NAME.equals(name) ? runs : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /**
     * Runs just before the standard {@code th:utext}: a body is written unparsed and its links
     * are handed to the page's recorder; the attribute is then gone, so the standard processor
     * does not run. Any other value is left alone.
     */
    private static final class BodyProcessor extends AbstractAttributeTagProcessor {
        BodyProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, StandardUtextTagProcessor.ATTR_NAME, true,
                    StandardUtextTagProcessor.PRECEDENCE - 1, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName name, String value,
                                 IElementTagStructureHandler structure) {
            Object result = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, value).execute(context, StandardExpressionExecutionContext.RESTRICTED);
            if (result instanceof BodyHtml body) {
                if (context.getVariable(VARIABLE) instanceof Recorder recorder) {
                    recorder.pending = body;
                }
                if (body.isEmpty()) {
                    structure.removeBody();
                } else {
                    structure.setBody(new Utf8Markup(body), false);
                }
                structure.removeAttribute(name);
            }
        }
    }

    /**
     * {@code dossier:same-for="${value}"}, before any other attribute of its element: where the
     * element's markup for that value has been made, the element gives way to a comment that the
     * output handler replaces with the markup; otherwise the element is rendered between two
     * comments, and the output handler keeps what it writes between them; at a place no longer
     * marked, it is rendered as if it had no such attribute.
     */
    private static final class SameForProcessor extends AbstractAttributeModelProcessor {
        SameForProcessor() {
            super(TemplateMode.HTML, SAME_FOR_PREFIX, null, false, SAME_FOR, true, 10, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, AttributeName name, String value,
                                 IElementModelStructureHandler structure) {
            if (!(context.getVariable(REPEATED) instanceof RepeatedMarkup repeated)) {
                return;
            }
            Object same = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, value).execute(context);
            ITemplateEvent element = model.get(0);
            int number = repeated.number(new RepeatedMarkup.Place(element.getTemplateName(), element.getLine(),
                    element.getCol()), same);
            IModelFactory factory = context.getModelFactory();
            if (number == RepeatedMarkup.UNMARKED) {
                return;
            }
            if (repeated.made(number) != null) {
                model.reset();
                model.add(factory.createComment(repeated.marker() + AS_MADE + number));
            } else {
                model.insert(0, factory.createComment(repeated.marker() + BEGIN + number));
                model.add(factory.createComment(repeated.marker() + END + number));
            }
        }
    }

    /**
     * Markup kept as UTF-8 (a body's HTML, a same-for element as made) as the template engine's
     * text: the engine hands it to the page's writer whole, and {@link Utf8PageWriter} takes its
     * bytes as they are. Decoding every body and encoding it again, character by character, was
     * a twentieth of rendering. Read as characters only if something asks (an enclosing same-for
     * element being kept).
     */
    private static final class Utf8Markup implements IWritableCharSequence {
        // One of the two.
        private final BodyHtml body;
        private final byte[] utf8;
        private String decoded;

        Utf8Markup(BodyHtml body) {
            this.body = body;
            this.utf8 = null;
        }

        Utf8Markup(byte[] utf8) {
            this.body = null;
            this.utf8 = utf8;
        }

        @Override
        public void write(Writer writer) throws IOException {
            if (!(writer instanceof Utf8PageWriter page)) {
                writer.write(toString());
            } else if (body != null) {
                page.writeUtf8(body);
            } else {
                page.writeUtf8(utf8);
            }
        }

        @Override
        public int length() {
            return toString().length();
        }

        @Override
        public char charAt(int index) {
            return toString().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            if (decoded == null) {
                decoded = body != null ? body.html() : new String(utf8, StandardCharsets.UTF_8);
            }
            return decoded;
        }
    }

    /** Collects one page's links and ids. */
    static final class Recorder {
        private final PageLinks.Collector collected = new PageLinks.Collector();
        // A body set into the element being processed: its links follow the element's own.
        private BodyHtml pending;

        PageLinks links() {
            return collected.collected();
        }

        /** The links and ids noted from these counts of each on. */
        private RepeatedMarkup.Made since(int links, int ids, String html) {
            List<String> allLinks = collected.links();
            List<String> allIds = collected.ids();
            return new RepeatedMarkup.Made(html.getBytes(StandardCharsets.UTF_8),
                    List.copyOf(allLinks.subList(links, allLinks.size())),
                    List.copyOf(allIds.subList(ids, allIds.size())));
        }

        private void element(IProcessableElementTag tag) {
            note(collected, tag);
            if (pending != null) {
                collected.addAll(pending.links(), pending.ids());
                pending = null;
            }
        }

    }

    /**
     * Notes a tag's links and ids as written, for the template engine's pages; the compiled
     * theme's tags note theirs by the same roles ({@link CompiledTag.Changing#note}).
     */
    static void note(PageLinks.Collector collected, IProcessableElementTag tag) {
        // A tag's own few attributes, compared by name: looking each name up in the engine's
        // table of attribute names, as getAttributeValue does, cost a tenth of rendering.
        String id = null;
        String href = null;
        String src = null;
        for (IAttribute attribute : tag.getAllAttributes()) {
            byte role = roleOf(attribute.getAttributeCompleteName());
            if (id == null && role == ID) {
                id = attribute.getValue();
            } else if (href == null && role == HREF) {
                href = attribute.getValue();
            } else if (src == null && role == SRC) {
                src = attribute.getValue();
            }
        }
        note(collected, tag.getElementCompleteName(), id, href, src);
    }

    /**
     * Whether an attribute, by its name as written, holds an element's id, its link, its source,
     * or none of them: told here for Thymeleaf's tags and for the compiled templates' alike.
     */
    static byte roleOf(String completeName) {
        if (completeName.equalsIgnoreCase("id")) {
            return ID;
        } else if (completeName.equalsIgnoreCase("href")) {
            return HREF;
        } else if (completeName.equalsIgnoreCase("src")) {
            return SRC;
        }
        return OTHER;
    }

    /** Notes an element's link and id, their values as written in the tag. */
    static void note(PageLinks.Collector collected, String element, String id, String href, String src) {
        collected.element(element, unescape(id), unescape(href), unescape(src));
    }

    /** Attribute values are seen as written, with character references, as a browser would not. */
    private static String unescape(String value) {
        return value == null || value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
    }

    /** Whether a processor is this dialect's {@code dossier:same-for}. */
    static boolean isSameForProcessor(IProcessor processor) {
        return processor instanceof SameForProcessor;
    }

    /** Whether a processor is this dialect's {@code th:utext} of a body. */
    static boolean isBodyProcessor(IProcessor processor) {
        return processor instanceof BodyProcessor;
    }

    /**
     * Made by Thymeleaf for each page it renders, after every processor: notes the page's links
     * and ids for its recorder, keeps the markup of {@code dossier:same-for} elements, and writes
     * kept markup where a marking comment asks for it.
     */
    public static final class Handler extends AbstractTemplateHandler {
        private Recorder recorder;
        private RepeatedMarkup repeated;
        private IModelFactory factory;
        // The same-for elements being written, innermost last: their numbers, what they wrote so far, and
        // how many links and ids the page had before them.
        private final ArrayDeque<Capture> captures = new ArrayDeque<>();

        private record Capture(int number, StringWriter html, int links, int ids) {
        }

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            recorder = (Recorder) context.getVariable(VARIABLE);
            repeated = context.getVariable(REPEATED) instanceof RepeatedMarkup markup ? markup : null;
            factory = context.getModelFactory();
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (recorder != null) {
                recorder.element(tag);
            }
            capture(tag);
            super.handleOpenElement(tag);
        }

        @Override
        public void handleStandaloneElement(IStandaloneElementTag tag) {
            if (recorder != null) {
                recorder.element(tag);
            }
            capture(tag);
            super.handleStandaloneElement(tag);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            capture(tag);
            super.handleCloseElement(tag);
        }

        @Override
        public void handleText(IText text) {
            capture(text);
            super.handleText(text);
        }

        @Override
        public void handleCDATASection(ICDATASection section) {
            capture(section);
            super.handleCDATASection(section);
        }

        @Override
        public void handleProcessingInstruction(IProcessingInstruction instruction) {
            capture(instruction);
            super.handleProcessingInstruction(instruction);
        }

        @Override
        public void handleComment(IComment comment) {
            String content = repeated == null ? null : comment.getContent();
            if (content != null && content.startsWith(repeated.marker())) {
                marked(content.charAt(repeated.marker().length()),
                        Integer.parseInt(content.substring(repeated.marker().length() + 1)));
                return;
            }
            capture(comment);
            super.handleComment(comment);
        }

        private void marked(char kind, int number) {
            switch (kind) {
                case BEGIN -> captures.addLast(new Capture(number, new StringWriter(),
                        recorder == null ? 0 : recorder.collected.links().size(),
                        recorder == null ? 0 : recorder.collected.ids().size()));
                case END -> {
                    Capture done = captures.removeLast();
                    if (recorder != null) {
                        repeated.keep(done.number(), recorder.since(done.links(), done.ids(), done.html().toString()));
                    }
                }
                default -> {
                    RepeatedMarkup.Made made = repeated.made(number);
                    if (recorder != null) {
                        recorder.collected.addAll(made.links(), made.ids());
                    }
                    handleText(factory.createText(new Utf8Markup(made.utf8())));
                }
            }
        }

        /**
         * What is written while a same-for element is, is that element's markup. (Every event
         * an element can hold is seen: a document type or XML declaration cannot be in one.)
         */
        private void capture(ITemplateEvent event) {
            for (Capture capture : captures) {
                try {
                    event.write(capture.html());
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a StringWriter does not fail
                }
            }
        }
    }
}
