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

    // Written out: a record's generated equals and hashCode go through method handles, slow in
    // quick-compiled code, and entity keys are the keys of the graph's and the pages' maps. The
    // hash uses the kind's ordinal, not the enum's identity hash, so it is the same in every run.
    @Override
    public boolean equals(Object other) {
        return other instanceof EntityKey key && kind == key.kind && id.equals(key.id);
    }

    @Override
    public int hashCode() {
        return 31 * kind.ordinal() + id.hashCode();
    }

    @Override
    public String toString() {
        return kind.prefix() + ":" + id;
    }
}
