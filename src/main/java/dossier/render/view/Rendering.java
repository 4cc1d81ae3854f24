package dossier.render.view;

import java.util.List;

/**
 * One article's rendering of a quote, with its word differences from the reference text and
 * its similarity to it, as a whole percentage.
 */
public record Rendering(Link article, Link outlet, DateView published, String text, List<DiffPart> diff,
                        int similarity) {
}
