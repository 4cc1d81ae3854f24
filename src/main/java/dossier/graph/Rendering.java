package dossier.graph;

import dossier.model.Position;

/**
 * How one article renders one quote: the linked words (fragments joined with " … "), where they
 * start, and how they differ from the quote's reference text.
 */
public record Rendering(String quoteId, String articleId, String text, Position position, WordDiff diff) {
}
