package dossier.render.view;

import java.util.List;

/** The mentions of one kind ("Articles", "People", …) on a page's "mentioned in" list. */
public record MentionGroup(String heading, List<Mention> mentions) {
}
