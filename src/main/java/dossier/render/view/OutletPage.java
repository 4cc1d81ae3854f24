package dossier.render.view;

import java.util.List;

/** An outlet page. */
public record OutletPage(
        PageMeta meta,
        String name,
        String kind,
        String url,
        String country,
        String language,
        String owner,
        Link parent,
        String reliabilityGrade,
        String reliabilityRationale,
        BodyHtml bodyHtml,
        List<Entry> articles,
        List<Link> reliesOn,
        List<Entry> reliedOnBy,
        List<Link> members,
        List<MentionGroup> mentions) {
}
