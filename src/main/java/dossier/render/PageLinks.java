package dossier.render;

import java.util.List;

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
}
