package dossier.render.view;

import java.util.List;

/**
 * A body's HTML as it passed the content policy, with the addresses its links and images lead to
 * and the ids it holds, in document order, read from the policy's own output. Templates print it
 * with {@code th:utext}; the link check then takes its links from here instead of parsing the
 * HTML again. Prints as its HTML, so {@code #strings} utilities see the text.
 */
public record BodyHtml(String html, List<String> links, List<String> ids) {
    public static final BodyHtml EMPTY = new BodyHtml("", List.of(), List.of());

    public BodyHtml {
        links = List.copyOf(links);
        ids = List.copyOf(ids);
    }

    @Override
    public String toString() {
        return html;
    }
}
