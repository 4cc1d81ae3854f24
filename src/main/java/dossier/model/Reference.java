package dossier.model;

import java.util.List;

/**
 * A pointer from content to an entity, not yet checked: the metadata field it is written in,
 * an id, the kinds it may name (a
 * {@code via} entry names an outlet or an article), and where it was written. The graph stage
 * resolves it or reports it.
 */
public record Reference(String field, List<Kind> kinds, String id, Position position) {
    public Reference {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a reference names at least one kind");
        }
    }

    public static Reference to(String field, Kind kind, String id, Position position) {
        return new Reference(field, List.of(kind), id, position);
    }
}
