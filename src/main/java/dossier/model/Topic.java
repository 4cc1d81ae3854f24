package dossier.model;

import java.util.List;

/** A theme that articles, quotes and events are filed under. */
public record Topic(String id, String path, String title) implements Entity {
    @Override
    public Kind kind() {
        return Kind.TOPIC;
    }

    @Override
    public List<Reference> references() {
        return List.of();
    }
}
