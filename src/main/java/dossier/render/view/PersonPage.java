package dossier.render.view;

import java.util.List;

/** A person page. */
public record PersonPage(
        PageMeta meta,
        String name,
        List<String> aliases,
        List<Role> roles,
        String country,
        String wikidataUrl,
        BodyHtml bodyHtml,
        List<Entry> quotes,
        List<MentionGroup> mentions) {
}
