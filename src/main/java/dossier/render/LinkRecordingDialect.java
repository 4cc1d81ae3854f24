package dossier.render;

import dossier.render.view.BodyHtml;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
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
 */
final class LinkRecordingDialect extends AbstractProcessorDialect implements IPostProcessorDialect {
    /** The context variable that holds the page's {@link Recorder}. */
    static final String VARIABLE = "dossierLinkRecorder";

    LinkRecordingDialect() {
        super("dossier-link-recording", StandardDialect.PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new BodyProcessor(dialectPrefix));
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
     * A body's HTML as the template engine's text: the engine hands it to the page's writer
     * whole, and {@link Utf8PageWriter} takes its UTF-8 bytes as they are. Decoding every body
     * and encoding it again, character by character, was a twentieth of rendering. Read as
     * characters only if something asks.
     */
    private static final class Utf8Markup implements IWritableCharSequence {
        private final BodyHtml body;
        private String decoded;

        Utf8Markup(BodyHtml body) {
            this.body = body;
        }

        @Override
        public void write(Writer writer) throws IOException {
            if (writer instanceof Utf8PageWriter page) {
                page.writeUtf8(body);
            } else {
                writer.write(toString());
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
                decoded = body.html();
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

        private void element(IProcessableElementTag tag) {
            // A tag's own few attributes, compared by name: looking each name up in the engine's
            // table of attribute names, as getAttributeValue does, cost a tenth of rendering.
            IAttribute[] attributes = tag.getAllAttributes();
            collected.element(tag.getElementCompleteName(), name -> {
                for (IAttribute attribute : attributes) {
                    if (attribute.getAttributeCompleteName().equalsIgnoreCase(name)) {
                        return unescape(attribute.getValue());
                    }
                }
                return null;
            });
            if (pending != null) {
                collected.addAll(pending.links(), pending.ids());
                pending = null;
            }
        }

        /** Attribute values are seen as written, with character references, as a browser would not. */
        private static String unescape(String value) {
            return value == null || value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
        }
    }

    /** Made by Thymeleaf for each page it renders; finds the page's recorder in the context. */
    public static final class Handler extends AbstractTemplateHandler {
        private Recorder recorder;

        @Override
        public void setContext(org.thymeleaf.context.ITemplateContext context) {
            super.setContext(context);
            recorder = (Recorder) context.getVariable(VARIABLE);
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (recorder != null) {
                recorder.element(tag);
            }
            super.handleOpenElement(tag);
        }

        @Override
        public void handleStandaloneElement(IStandaloneElementTag tag) {
            if (recorder != null) {
                recorder.element(tag);
            }
            super.handleStandaloneElement(tag);
        }
    }
}
