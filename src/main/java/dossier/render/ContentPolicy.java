package dossier.render;

import dossier.render.view.BodyHtml;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * The one gate between content-derived HTML and a page: an allow-list of the elements and
 * attributes that Markdown and our renderers produce, with links limited to http, https,
 * mailto and relative addresses. Raw HTML an editor writes passes the same gate, so a script,
 * an event handler or a {@code javascript:} URL cannot reach a reader's browser.
 */
public final class ContentPolicy {
    // Any id the Markdown stage gives a heading or a note ("2022-talks", "песков", "fn-ü"), and the like in raw HTML.
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,300}");
    /** The link schemes a body may use; anything else is refused by the markdown stage too. */
    public static final List<String> URL_SCHEMES = List.of("http", "https", "mailto");
    // Code blocks are classed by their language: language-c++, language-f#, language-objective-c.
    static final Pattern CLASSES = Pattern.compile("[A-Za-z0-9_ +#.-]{0,200}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final Pattern ALIGN = Pattern.compile("left|right|center");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "del", "s", "ins", "code", "pre", "kbd", "samp",
                    "blockquote", "q", "cite", "abbr", "mark", "small", "sub", "sup", "span", "div", "section",
                    "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
                    "a", "img", "figure", "figcaption", "details", "summary", "label", "input")
            .allowAttributes("id").matching(ID).globally()
            .allowAttributes("class").matching(CLASSES).globally()
            .allowAttributes("lang").matching(LANGUAGE).globally()
            .allowAttributes("title").globally()
            .allowAttributes("href").onElements("a")
            .allowAttributes("aria-label").onElements("a", "section", "div", "span", "input")
            .allowAttributes("aria-labelledby").matching(ID).onElements("section")
            // Side notes open with a checkbox and its label; no other kind of input is let through.
            .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
            .allowAttributes("for").matching(ID).onElements("label")
            .allowAttributes("role").matching(Pattern.compile("note|doc-noteref|doc-backlink|doc-endnotes")).globally()
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("open").onElements("details")
            .allowUrlProtocols(URL_SCHEMES.toArray(String[]::new))
            .toFactory();

    private ContentPolicy() {
    }

    /** Whether an id, one of ours or an editor's, passes the policy. */
    static boolean keepsId(String id) {
        // Most ids are ASCII letters, digits and hyphens, which the pattern keeps: they need no regular expression.
        if (!id.isEmpty() && id.length() <= 300) {
            boolean plain = true;
            for (int i = 0; i < id.length() && plain; i++) {
                char c = id.charAt(i);
                plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            }
            if (plain) {
                return true;
            }
        }
        return ID.matcher(id).matches();
    }

    /** Whether a class list passes the policy. */
    /** {@link #CLASSES} as a loop: every character it admits is ASCII, so characters and code points agree. */
    static boolean keepsClasses(String classes) {
        if (classes.length() > 200) {
            return false;
        }
        for (int i = 0; i < classes.length(); i++) {
            char c = classes.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ' '
                    || c == '+' || c == '#' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static String sanitize(String html) {
        return sanitizeRecordingLinks(html).html();
    }

    /**
     * Sanitizes, and notes where the links and images that passed lead and which ids passed, from
     * the policy's own output events: the values are those the written HTML holds, decoded.
     */
    public static BodyHtml sanitizeRecordingLinks(String html) {
        StringBuilder out = new StringBuilder(html.length());
        LinkRecorder recorder = new LinkRecorder(HtmlStreamRenderer.create(out, Handler.DO_NOTHING));
        HtmlSanitizer.sanitize(html, POLICY.apply(recorder));
        return new BodyHtml(out.toString(), recorder.collected.links(), recorder.collected.ids());
    }

    /** Passes every event on to the renderer, noting links and ids on the way. */
    private static final class LinkRecorder implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver renderer;
        private final PageLinks.Collector collected = new PageLinks.Collector();

        LinkRecorder(HtmlStreamEventReceiver renderer) {
            this.renderer = renderer;
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            collected.element(element, valueOf(attributes, "id"), valueOf(attributes, "href"), valueOf(attributes, "src"));
            renderer.openTag(element, attributes);
        }

        /** Attributes come as name, value, name, value, already decoded. */
        private static String valueOf(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals(name)) {
                    return attributes.get(i + 1);
                }
            }
            return null;
        }

        @Override
        public void openDocument() {
            renderer.openDocument();
        }

        @Override
        public void closeDocument() {
            renderer.closeDocument();
        }

        @Override
        public void closeTag(String element) {
            renderer.closeTag(element);
        }

        @Override
        public void text(String text) {
            renderer.text(text);
        }
    }
}
