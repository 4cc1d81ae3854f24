package dossier.render.view;

/** One article's rendering of a quote. */
public record Rendering(Link article, Link outlet, DateView published, String text) {
}
