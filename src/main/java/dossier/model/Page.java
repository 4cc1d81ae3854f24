package dossier.model;

import java.util.List;

/** A free page such as "About" or "Method", published at {@code /ID/}. */
public record Page(String id, String path, String title) implements Entity {
    @Override
    public Kind kind() {
        return Kind.PAGE;
    }

    @Override
    public List<Reference> references() {
        return List.of();
    }
}
