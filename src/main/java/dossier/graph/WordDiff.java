package dossier.graph;

import java.util.List;

/**
 * How a rendering differs from a quote's reference text, word by word, and how alike they are.
 *
 * @param parts      the rendering's words and the reference's missing words, in reading order
 * @param similarity the share of words the two have in common, in order: twice the common
 *                   words over the words of both (1 for the same words, 0 for none alike)
 * @param coverage   the share of the rendering's words found, in order, in the reference: low
 *                   coverage means the linked words are not this quote at all
 */
public record WordDiff(List<Part> parts, double similarity, double coverage) {

    /** What a run of words is, seen from the reference text. */
    public enum Change {
        SAME, ADDED, REMOVED
    }

    /** A run of words; their text keeps the rendering's (or, when removed, the reference's) punctuation. */
    public record Part(Change change, String text) {
    }

    public WordDiff {
        parts = List.copyOf(parts);
    }

    /** The similarity as a whole percentage, for people: "87%". */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
