package dossier.graph;

import dossier.model.EntityKey;
import java.util.List;

/**
 * Where an article's information comes from: each path runs from the article's outlet through
 * the outlets and articles it relies on ({@code via}, followed through articles), and the
 * statements the article renders name whom the chain ends at.
 *
 * @param paths    each a list of outlets and articles, starting with the article's outlet
 * @param speakers the people (or, for documents, the events) whose words the article renders
 */
public record SourceChain(List<List<EntityKey>> paths, List<EntityKey> speakers) {
    public SourceChain {
        paths = paths.stream().map(List::copyOf).toList();
        speakers = List.copyOf(speakers);
    }
}
