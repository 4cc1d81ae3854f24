package dossier.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every entity of a dossier, by kind and id in id order; the keys of files that exist but could
 * not be read (so that links to them are not reported a second time); and the keys of drafts
 * left out of this build (so that a link to one says so).
 */
public record ContentModel(DossierSettings settings, Map<Kind, SortedMap<String, Entity>> entities, Set<String> unreadable,
                           Set<String> drafts) {

    public ContentModel {
        EnumMap<Kind, SortedMap<String, Entity>> copy = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            copy.put(kind, Collections.unmodifiableSortedMap(new TreeMap<>(entities.getOrDefault(kind, new TreeMap<>()))));
        }
        entities = Collections.unmodifiableMap(copy);
        unreadable = Set.copyOf(unreadable);
        drafts = Set.copyOf(drafts);
    }

    public Collection<Entity> all(Kind kind) {
        return entities.get(kind).values();
    }

    public Optional<Entity> find(Kind kind, String id) {
        return Optional.ofNullable(entities.get(kind).get(id));
    }

    /** The entity a reference names: the first of the kinds it accepts that has its id. */
    public Optional<Entity> resolve(Reference reference) {
        return reference.kinds().stream().map(kind -> find(kind, reference.id())).flatMap(Optional::stream).findFirst();
    }

    public boolean exists(Kind kind, String id) {
        return entities.get(kind).containsKey(id) || unreadable.contains(key(kind, id));
    }

    public ContentModel withSettings(DossierSettings newSettings) {
        return new ContentModel(newSettings, entities, unreadable, drafts);
    }

    /** The key used in {@link #unreadable} and {@link #drafts}: {@code person:dmitry-peskov}. */
    public static String key(Kind kind, String id) {
        return kind.prefix() + ":" + id;
    }

    @SuppressWarnings("unchecked")
    public <T extends Entity> Collection<T> all(Class<T> type, Kind kind) {
        return (Collection<T>) (Collection<?>) entities.get(kind).values();
    }
}
