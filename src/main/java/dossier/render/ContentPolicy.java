package dossier.render;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one gate between content-derived HTML and a page: an allow-list of the elements and
 * attributes that Markdown and our renderers produce, with links limited to http, https,
 * mailto and relative addresses. Raw HTML an editor writes passes the same gate, so a script,
 * an event handler or a {@code javascript:} URL cannot reach a reader's browser.
 */
public final class ContentPolicy {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,100}");
    private static final Pattern CLASSES = Pattern.compile("[A-Za-z0-9_ -]{0,200}");
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
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private ContentPolicy() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
