package dossier.render.view;

/**
 * One place that points at the page's entity, with the sentence it does so in (may be empty).
 *
 * @param cut whether the sentence goes on after {@code context}, which is then shown with an ellipsis
 */
public record Mention(Link link, String context, boolean cut) {
}
