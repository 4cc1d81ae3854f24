package dossier.markdown;

import dossier.model.Kind;
import dossier.model.Position;
import java.util.Optional;

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

    /**
     * Where a typed link's destination points: its kind, its id (which may be empty, an error the
     * markdown stage reports) and the anchor after {@code #}, or empty.
     */
    public record Destination(Kind kind, String id, String fragment) {
    }

    /**
     * A link's destination read as a typed link's, {@code KIND:ID} or {@code KIND:ID#FRAGMENT}
     * with KIND one of the link kinds; empty for any other. Read as the pattern
     * {@code ([a-z]+):([^#]*)(?:#(.*))?} matches, whose {@code .} stops at a line terminator, but
     * by hand: the markdown and render stages read every link's destination, and matching the
     * pattern took each a matcher and its groups' strings.
     */
    public static Optional<Destination> destination(String destination) {
        int colon = destination.indexOf(':');
        // Every kind's prefix is a word of a-z, as the pattern's first group asks.
        Optional<Kind> kind = colon > 0 ? Kind.byPrefix(destination.substring(0, colon)) : Optional.empty();
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        int hash = destination.indexOf('#', colon + 1);
        if (hash < 0) {
            return Optional.of(new Destination(kind.get(), destination.substring(colon + 1), ""));
        }
        for (int i = hash + 1; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return Optional.empty();
            }
        }
        return Optional.of(new Destination(kind.get(), destination.substring(colon + 1, hash),
                destination.substring(hash + 1)));
    }
}
