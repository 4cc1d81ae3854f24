package dossier.render;

import dossier.render.view.BodyHtml;

/**
 * One body, rendered: the sanitised HTML its page shows, and its plain text for the search index,
 * without white space at either end. Both are kept as UTF-8: a build holds every body's until its
 * pages and index are written.
 */
public record RenderedBody(BodyHtml html, Utf8Text text) {
}
