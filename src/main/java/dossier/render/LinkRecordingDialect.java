package dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Records each page's links and ids from the template engine's own output events, so that the
 * link check does not parse thousands of written pages again. Thymeleaf parses {@code th:utext}
 * values into elements when a post-processor is registered, so the links of bodies and of the
 * source graph's SVG are seen too.
 */
final class LinkRecordingDialect extends AbstractDialect implements IPostProcessorDialect {
    /** The context variable that holds the page's {@link Recorder}. */
    static final String VARIABLE = "dossierLinkRecorder";

    LinkRecordingDialect() {
        super("dossier-link-recording");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** Collects one page's links and ids. */
    static final class Recorder {
        private final List<String> links = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();

        PageLinks links() {
            return new PageLinks(links, ids);
        }

        private void element(IProcessableElementTag tag) {
            String id = tag.getAttributeValue("id");
            if (id != null) {
                ids.add(unescape(id));
            }
            String name = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
            String link = switch (name) {
                case "a", "link" -> tag.getAttributeValue("href");
                case "img", "script" -> tag.getAttributeValue("src");
                default -> null;
            };
            if (link != null) {
                links.add(unescape(link));
            }
        }

        /** Attribute values are seen as written, with character references, as a browser would not. */
        private static String unescape(String value) {
            return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
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
