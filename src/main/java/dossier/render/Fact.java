package dossier.render;

import dossier.model.EntityKey;
import dossier.model.Kind;

/**
 * One thing a page model was made from that a later build may change: an entity's metadata, the
 * members of a kind, what points at an entity, and so on. serve keeps the facts each page read
 * and renders again only the pages that read a fact that changed.
 */
record Fact(Aspect aspect, EntityKey key) {
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

    static Fact members(Kind kind) {
        return new Fact(Aspect.MEMBERS, new EntityKey(kind, ""));
    }

    /** This aspect of every entity: what a page that draws the whole dossier reads. */
    static Fact everyOf(Aspect aspect) {
        return new Fact(aspect, EVERY);
    }
}
