package dossier.render.view;

import java.util.List;

/** A free page such as "About". */
public record FreePage(PageMeta meta, String title, BodyHtml bodyHtml, List<MentionGroup> mentions) {
}
