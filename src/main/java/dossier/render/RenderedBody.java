package dossier.render;

import dossier.render.view.BodyHtml;

/**
 * One body, rendered: the sanitised HTML its page shows, and its plain text for the search index.
 */
public record RenderedBody(BodyHtml html, String text) {
}
