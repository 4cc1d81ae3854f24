package dossier.markdown;

import dossier.model.Kind;
import dossier.model.Position;

/**
 * A link written as {@code [text](KIND:ID#fragment)} in a Markdown body.
 *
 * @param fragment the anchor after {@code #}, or empty
 * @param text     the link's text as a reader sees it; for a quote link, the article's rendering
 * @param context  the sentence the link stands in, for "mentioned in" lists
 */
public record TypedLink(Kind kind, String id, String fragment, String text, Excerpt context, Position position) {
    public boolean isQuoteRendering() {
        return kind == Kind.QUOTE;
    }
}
