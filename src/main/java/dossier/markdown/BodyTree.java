package dossier.markdown;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * The CommonMark tree of one body, for the render stage, with the {@code id} of each anchored
 * block. Read-only once parsed.
 *
 * @param anchors by node identity: two equal paragraphs are still two anchors
 * @param rawHtml whether the editor wrote HTML of their own anywhere in the body
 */
public record BodyTree(Node document, Map<Node, String> anchors, boolean rawHtml) {
    public BodyTree {
        anchors = Collections.unmodifiableMap(new IdentityHashMap<>(anchors));
    }
}
