package dossier.graph;

import dossier.model.Position;

/** How one article renders one quote: the linked span's text, where it is, and its anchor. */
public record Rendering(String quoteId, String articleId, String text, Position position) {
}
