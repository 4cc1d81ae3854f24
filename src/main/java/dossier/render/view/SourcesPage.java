package dossier.render.view;

import java.util.List;

/**
 * The page of the whole dossier's source chains: the graph as an inline SVG the generator drew
 * (its labels escaped there), and the same chains as text, article by article.
 */
public record SourcesPage(PageMeta meta, String title, BodyHtml svg, List<ArticleChains> articles) {

    /** One article's chains, as on its own page. */
    public record ArticleChains(Link article, List<List<Link>> chains, List<Link> reports) {
    }
}
