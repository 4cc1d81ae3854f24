package dossier.render;

import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.Objects;

/**
 * One thing a page model was made from that a later build may change: an entity's metadata, the
 * members of a kind, what points at an entity, and so on. serve keeps the facts each page read
 * and renders again only the pages that read a fact that changed.
 */
final class Fact {
    enum Aspect {
        /** An entity's metadata, or that there is no such entity; not its body. */
        ENTITY,
        /** Which entities of a kind there are, and the metadata of each. */
        MEMBERS,
        /** The mentions of an entity. */
        INCOMING,
        /** An entity's own mentions of others, in the order written. */
        OUTGOING,
        /** A quote's renderings. */
        RENDERINGS,
        /** An article's source chains. */
        CHAIN,
        /** How widely a quote or event is carried. */
        CORROBORATION,
        /** An entity's body as rendered. */
        BODY
    }

    // No id is written so: the key of "every entity" in facts of one aspect.
    private static final EntityKey EVERY = new EntityKey(Kind.PAGE, "*");

    private final Aspect aspect;
    private final EntityKey key;
    // A class rather than a record for this: after a title edit at 10,000 articles the three
    // pages that list every article copy, merge and look up sets of 50,000 facts or more, and a
    // record's hash (through method handles, and the key's id hashed afresh where the id is a
    // new string) made copying them three times as costly, and the edit's pages a fifth more in
    // CPU samples (docs/benchmarks.md). The aspect's ordinal, not the enum's identity hash,
    // keeps the hash the same in every run.
    private final int hash;

    Fact(Aspect aspect, EntityKey key) {
        this.aspect = Objects.requireNonNull(aspect);
        this.key = Objects.requireNonNull(key);
        this.hash = 31 * aspect.ordinal() + key.hashCode();
    }

    Aspect aspect() {
        return aspect;
    }

    EntityKey key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Fact fact && hash == fact.hash && aspect == fact.aspect
                && key.equals(fact.key);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return aspect + " " + key;
    }

    static Fact members(Kind kind) {
        return new Fact(Aspect.MEMBERS, new EntityKey(kind, ""));
    }

    /** This aspect of every entity: what a page that draws the whole dossier reads. */
    static Fact everyOf(Aspect aspect) {
        return new Fact(aspect, EVERY);
    }
}
