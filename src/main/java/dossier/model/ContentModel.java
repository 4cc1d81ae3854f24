package dossier.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every entity of a dossier, by kind and id in id order; the keys of files that exist but could
 * not be read (so that links to them are not reported a second time); and the keys of drafts
 * left out of this build (so that a link to one says so).
 *
 * <p>A class rather than a record only to keep a hash index beside the sorted maps: every link
 * on every page looks an entity up, and at 10,000 articles a tree lookup was a seventh of the
 * cost of building page models.
 */
public final class ContentModel {
    private final DossierSettings settings;
    private final Map<Kind, SortedMap<String, Entity>> entities;
    private final Set<String> unreadable;
    private final Set<String> drafts;
    private final Map<Kind, Map<String, Entity>> byId;

    public ContentModel(DossierSettings settings, Map<Kind, SortedMap<String, Entity>> entities, Set<String> unreadable,
                        Set<String> drafts) {
        EnumMap<Kind, SortedMap<String, Entity>> copy = new EnumMap<>(Kind.class);
        EnumMap<Kind, Map<String, Entity>> index = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            SortedMap<String, Entity> ofKind = new TreeMap<>(entities.getOrDefault(kind, new TreeMap<>()));
            copy.put(kind, Collections.unmodifiableSortedMap(ofKind));
            index.put(kind, new HashMap<>(ofKind));
        }
        this.settings = Objects.requireNonNull(settings);
        this.entities = Collections.unmodifiableMap(copy);
        this.byId = index;
        this.unreadable = Set.copyOf(unreadable);
        this.drafts = Set.copyOf(drafts);
    }

    public DossierSettings settings() {
        return settings;
    }

    /** Every entity by kind, each kind's in id order. */
    public Map<Kind, SortedMap<String, Entity>> entities() {
        return entities;
    }

    public Set<String> unreadable() {
        return unreadable;
    }

    public Set<String> drafts() {
        return drafts;
    }

    public Collection<Entity> all(Kind kind) {
        return entities.get(kind).values();
    }

    public Optional<Entity> find(Kind kind, String id) {
        return Optional.ofNullable(byId.get(kind).get(id));
    }

    /** The entity a reference names: the first of the kinds it accepts that has its id. */
    public Optional<Entity> resolve(Reference reference) {
        for (Kind kind : reference.kinds()) {
            Entity entity = byId.get(kind).get(reference.id());
            if (entity != null) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }

    public boolean exists(Kind kind, String id) {
        return byId.get(kind).containsKey(id) || unreadable.contains(key(kind, id));
    }

    /** The same entities under other settings; what is immutable is shared, not copied. */
    public ContentModel withSettings(DossierSettings newSettings) {
        return new ContentModel(newSettings, this);
    }

    private ContentModel(DossierSettings settings, ContentModel same) {
        this.settings = Objects.requireNonNull(settings);
        this.entities = same.entities;
        this.byId = same.byId;
        this.unreadable = same.unreadable;
        this.drafts = same.drafts;
    }

    /**
     * The same model with this entity in place of the one of its kind and id, which it must
     * have: serve's model after an edit to one file's metadata. That kind's maps are copied, in
     * one pass each; the other kinds' are shared.
     *
     * @throws IllegalArgumentException when the model has no entity of that kind and id
     */
    public ContentModel withEntity(Entity entity) {
        if (!byId.get(entity.kind()).containsKey(entity.id())) {
            throw new IllegalArgumentException("no " + key(entity.kind(), entity.id()) + " to replace");
        }
        return new ContentModel(this, entity);
    }

    private ContentModel(ContentModel same, Entity entity) {
        Kind kind = entity.kind();
        TreeMap<String, Entity> ofKind = new TreeMap<>(same.entities.get(kind));
        ofKind.put(entity.id(), entity);
        Map<String, Entity> index = new HashMap<>(same.byId.get(kind));
        index.put(entity.id(), entity);
        EnumMap<Kind, SortedMap<String, Entity>> copy = new EnumMap<>(same.entities);
        copy.put(kind, Collections.unmodifiableSortedMap(ofKind));
        EnumMap<Kind, Map<String, Entity>> byKind = new EnumMap<>(same.byId);
        byKind.put(kind, index);
        this.settings = same.settings;
        this.entities = Collections.unmodifiableMap(copy);
        this.byId = byKind;
        this.unreadable = same.unreadable;
        this.drafts = same.drafts;
    }

    /** The key used in {@link #unreadable} and {@link #drafts}: {@code person:dmitry-peskov}. */
    public static String key(Kind kind, String id) {
        return kind.prefix() + ":" + id;
    }

    @SuppressWarnings("unchecked")
    public <T extends Entity> Collection<T> all(Class<T> type, Kind kind) {
        return (Collection<T>) (Collection<?>) entities.get(kind).values();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentModel that && settings.equals(that.settings) && entities.equals(that.entities)
                && unreadable.equals(that.unreadable) && drafts.equals(that.drafts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, entities, unreadable, drafts);
    }

    @Override
    public String toString() {
        return "ContentModel[settings=" + settings + ", entities=" + entities + ", unreadable=" + unreadable
                + ", drafts=" + drafts + "]";
    }
}
