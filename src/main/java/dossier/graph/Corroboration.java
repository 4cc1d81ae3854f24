package dossier.graph;

import dossier.model.EntityKey;
import java.util.List;

/**
 * How widely a quote or an event is carried: by which articles, from how many outlets and how
 * many owners, and how many distinct sources (and owners of sources) those articles rely on.
 * Outlets of one group count as one owner, so two state outlets of one holding are not two
 * independent confirmations.
 */
public record Corroboration(List<EntityKey> articles, List<String> outlets, int owners,
                            List<String> sources, int sourceOwners) {
    public Corroboration {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        sources = List.copyOf(sources);
    }
}
