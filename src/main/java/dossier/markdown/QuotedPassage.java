package dossier.markdown;

import dossier.model.Position;

/** Words in quotation marks that are not linked to a quote, and where the opening mark stands. */
public record QuotedPassage(String text, Position position) {
}
