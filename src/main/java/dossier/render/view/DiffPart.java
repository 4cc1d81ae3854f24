package dossier.render.view;

/**
 * A run of words in a rendering compared with the reference text: {@code kind} is {@code same},
 * {@code added} (words the rendering adds) or {@code removed} (reference words it lacks).
 */
public record DiffPart(String kind, String text) {
}
