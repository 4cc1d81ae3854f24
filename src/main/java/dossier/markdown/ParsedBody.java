package dossier.markdown;

import java.util.List;
import java.util.Set;

/**
 * What the graph stage needs of one body, without its syntax tree: a dossier of thousands of
 * bodies keeps these facts, while each tree lives only until its HTML is rendered.
 *
 * @param links          the typed links in reading order
 * @param anchorNames    the {@code id} every anchored block will carry (paragraphs {@code p1},
 *                       {@code p2} …, headings by their text), so that {@code article:x#p4} can
 *                       be checked before anything is rendered
 * @param quotedPassages the passages in quotation marks not linked to a quote, which may be
 *                       renderings an editor forgot to link
 */
public record ParsedBody(List<TypedLink> links, Set<String> anchorNames, List<QuotedPassage> quotedPassages) {
    public ParsedBody {
        links = List.copyOf(links);
        anchorNames = Set.copyOf(anchorNames);
        quotedPassages = List.copyOf(quotedPassages);
    }
}
