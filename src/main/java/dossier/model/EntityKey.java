package dossier.model;

/** Names one entity: its kind and id. Written {@code person:dmitry-peskov}. */
public record EntityKey(Kind kind, String id) implements Comparable<EntityKey> {
    public static EntityKey of(Entity entity) {
        return new EntityKey(entity.kind(), entity.id());
    }

    @Override
    public int compareTo(EntityKey other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return kind.prefix() + ":" + id;
    }
}
