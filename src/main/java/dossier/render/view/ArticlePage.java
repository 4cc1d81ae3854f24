package dossier.render.view;

import java.util.List;

/**
 * An article page. {@code chains} are its source chains, each from its outlet through what it
 * relies on; {@code reports} are the speakers whose words it renders.
 */
public record ArticlePage(
        PageMeta meta,
        String title,
        Link outlet,
        String outletKind,
        DateView published,
        List<String> authors,
        String url,
        String archiveUrl,
        DateView accessed,
        String language,
        String languageName,
        String translation,
        List<Link> via,
        List<Link> topics,
        String summary,
        List<String> inferred,
        String contentSha256,
        BodyHtml bodyHtml,
        List<Entry> quotes,
        List<List<Link>> chains,
        List<Link> reports,
        List<MentionGroup> mentions) {
}
