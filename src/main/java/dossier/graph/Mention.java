package dossier.graph;

import dossier.markdown.Excerpt;
import dossier.model.EntityKey;
import dossier.model.Position;

/**
 * One resolved reference from an entity to another, in the metadata or in the body.
 *
 * @param field    the metadata field that holds it ({@code outlet}, {@code via}, …), or {@code body}
 * @param fragment the anchor a body link points at, or empty
 * @param context  for a body link, the sentence it stands in; {@link Excerpt#NONE} for metadata
 */
public record Mention(EntityKey from, EntityKey to, String field, String fragment, String text, Excerpt context,
                      Position position) {
    public static final String BODY = "body";

    public boolean inBody() {
        return field.equals(BODY);
    }
}
