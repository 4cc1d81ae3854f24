package dossier.render.view;

/** One place that points at the page's entity, with the sentence it does so in (may be empty). */
public record Mention(Link link, String context) {
}
