package dossier.render;

/**
 * One body, rendered: the sanitised HTML its page shows, and its plain text for the search index.
 */
public record RenderedBody(String html, String text) {
}
