package dossier.markdown;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * What the markdown stage hands forward for one body: the syntax tree for the render stage,
 * and the facts the graph stage needs without walking the tree again.
 *
 * @param document the CommonMark tree; read-only from here on
 * @param links    the typed links in reading order
 * @param anchors  the {@code id} every anchored block will carry (paragraphs {@code p1}, {@code p2}
 *                 …, headings by their text), so that {@code article:x#p4} can be checked before
 *                 anything is rendered
 * @param quotedPassages the passages in quotation marks not linked to a quote, which may be
 *                 renderings an editor forgot to link
 */
public record ParsedBody(Node document, List<TypedLink> links, Map<Node, String> anchors,
                         List<QuotedPassage> quotedPassages) {
    public ParsedBody {
        links = List.copyOf(links);
        quotedPassages = List.copyOf(quotedPassages);
        anchors = Collections.unmodifiableMap(new IdentityHashMap<>(anchors));
    }

    public Set<String> anchorNames() {
        return Set.copyOf(anchors.values());
    }
}
