package dossier.render.view;

import java.util.List;

/** A topic page: its description and everything filed under it. */
public record TopicPage(PageMeta meta, String title, BodyHtml bodyHtml, List<MentionGroup> mentions) {
}
