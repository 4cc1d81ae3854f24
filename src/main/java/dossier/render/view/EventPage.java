package dossier.render.view;

import java.util.List;

/** A background event page. */
public record EventPage(
        PageMeta meta,
        String title,
        DateView start,
        DateView end,
        String place,
        List<Link> topics,
        List<String> sources,
        BodyHtml bodyHtml,
        String corroboration,
        List<MentionGroup> mentions) {
}
