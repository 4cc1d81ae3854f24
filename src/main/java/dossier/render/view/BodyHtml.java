package dossier.render.view;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A body's HTML as it passed the content policy, with the addresses its links and images lead to
 * and the ids it holds, in document order, read from the policy's own output; or markup the
 * generator drew itself with its links and ids as it wrote them (the source graph). Templates
 * print it with {@code th:utext}, and it is written as it is: the template engine does not parse
 * it, and the link check takes its links from here. Prints as its HTML, so {@code #strings}
 * utilities see the text.
 *
 * <p>The HTML is kept as UTF-8: a Java string with one character beyond Latin-1 (a curly quote,
 * the footnotes' back arrow) takes two bytes for every character, and a large dossier holds
 * every body's HTML until its page is rendered.
 */
public final class BodyHtml {
    public static final BodyHtml EMPTY = new BodyHtml("", List.of(), List.of());

    private final byte[] utf8;
    private final List<String> links;
    private final List<String> ids;

    public BodyHtml(String html, List<String> links, List<String> ids) {
        this(html.getBytes(StandardCharsets.UTF_8), links, ids);
    }

    private BodyHtml(byte[] utf8, List<String> links, List<String> ids) {
        this.utf8 = utf8;
        this.links = List.copyOf(links);
        this.ids = List.copyOf(ids);
    }

    /**
     * HTML already encoded as UTF-8, as the body renderer writes it; the array is the body's
     * from now on, and no one else's.
     */
    public static BodyHtml ofUtf8(byte[] utf8, List<String> links, List<String> ids) {
        return new BodyHtml(utf8, links, ids);
    }

    public String html() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    public boolean isEmpty() {
        return utf8.length == 0;
    }

    /** Writes the HTML as it is kept, as UTF-8, without decoding it. */
    public void writeUtf8(OutputStream out) throws IOException {
        out.write(utf8);
    }

    public List<String> links() {
        return links;
    }

    public List<String> ids() {
        return ids;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BodyHtml body && Arrays.equals(utf8, body.utf8) && links.equals(body.links)
                && ids.equals(body.ids);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(utf8) + links.hashCode();
    }

    @Override
    public String toString() {
        return html();
    }
}
