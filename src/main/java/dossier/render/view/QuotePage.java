package dossier.render.view;

import java.util.List;

/** A quote page: the statement once, and every rendering of it. */
public record QuotePage(
        PageMeta meta,
        String title,
        Link speaker,
        Link document,
        DateView said,
        String occasion,
        String medium,
        String language,
        String languageName,
        String original,
        String text,
        String sourceUrl,
        List<Link> topics,
        BodyHtml bodyHtml,
        List<Rendering> renderings,
        String corroboration,
        List<MentionGroup> mentions) {
}
