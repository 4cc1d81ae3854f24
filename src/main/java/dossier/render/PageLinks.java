package dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The addresses a page links to ({@code href} of {@code a} and {@code link}, {@code src} of
 * {@code img} and {@code script}) and the ids it holds, in document order, as its markup was
 * written. The link check needs no more of a page.
 */
public record PageLinks(List<String> links, List<String> ids) {
    public PageLinks {
        links = List.copyOf(links);
        ids = List.copyOf(ids);
    }

    /**
     * Notes, element by element in document order, the links and ids of markup as it is written:
     * by the template engine, the sanitizer, or the Markdown renderer. The one place that says
     * which attribute of which element is a link.
     */
    static final class Collector {
        private final List<String> links = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();

        /**
         * One element, given the values of its attributes that can hold an id or a link, as
         * written and decoded, or null where it has none.
         */
        void element(String name, String id, String href, String src) {
            if (id != null) {
                ids.add(id);
            }
            String link = switch (name.toLowerCase(Locale.ROOT)) {
                case "a", "link" -> href;
                case "img", "script" -> src;
                default -> null;
            };
            if (link != null) {
                links.add(link);
            }
        }

        /** Links and ids written as a whole, such as a body's, after those noted so far. */
        void addAll(List<String> moreLinks, List<String> moreIds) {
            links.addAll(moreLinks);
            ids.addAll(moreIds);
        }

        List<String> links() {
            return links;
        }

        List<String> ids() {
            return ids;
        }

        PageLinks collected() {
            return new PageLinks(links, ids);
        }
    }
}
