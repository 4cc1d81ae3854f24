package dossier.render;

import java.lang.reflect.Method;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Turns a page record into nested maps before Thymeleaf sees it. OGNL reads a record's
 * accessors by reflection on every access, uncached, which made it the largest cost of
 * rendering; a map it reads with one hash lookup. A record's components, and its public methods
 * without parameters (such as {@code fullTitle}), become entries. Accessors are looked up once
 * per class. A text a record lacks (null) becomes empty, so that a template may test it with
 * {@code ${x} != ''}, which Thymeleaf compares itself, instead of
 * {@code ${!#strings.isEmpty(x)}}, an OGNL method call made by reflection (see README on the
 * default theme). Safe to share between threads.
 *
 * <p>A record's map reads each entry when it is first asked for, and a list's items become
 * maps one by one as they are reached: in serve, the long lists whose runs are written as made
 * ({@code dossier:same-for}) are never read item by item. A record's map is equal to another
 * record's map when the records are equal, and hashes as its record, so that finding a run's
 * markup does not walk every entry of its items.
 */
final class ViewMaps {
    Object of(Object value) {
        if (value instanceof Record record) {
            return new RecordMap(record, RecordProperties.of(record.getClass()));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new StrictMap<>(map.size());
            map.forEach((key, entry) -> copy.put(key, of(entry)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ListOfMaps(list);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object item : collection) {
                list.add(of(item));
            }
            return list;
        }
        return value;
    }

    /** The record a value shows, if it is a record shown as a map; else the value itself. */
    static Object shown(Object value) {
        return value instanceof RecordMap map ? map.record : value;
    }

    /**
     * A record as a map that refuses a key the record does not have: a template that asks for a
     * property the page model lacks is an error at its line, not an empty text.
     */
    // Map is named again although AbstractMap implements it: OGNL looks for a collection
    // interface among a class's own interfaces on every property read, and then its superclass's.
    private final class RecordMap extends AbstractMap<String, Object> implements Map<String, Object> {
        private static final Object UNREAD = new Object();
        private final Record record;
        private final RecordProperties shape;
        // Each entry as read, or UNREAD; a page's maps are read by the one thread that renders it.
        private final Object[] values;

        RecordMap(Record record, RecordProperties shape) {
            this.record = record;
            this.shape = shape;
            this.values = new Object[shape.methods().size()];
            Arrays.fill(values, UNREAD);
        }

        @Override
        public Object get(Object key) {
            int at = key instanceof String name ? shape.position(name) : -1;
            if (at < 0) {
                throw new IllegalArgumentException(shape.missing(String.valueOf(key)));
            }
            Object value = values[at];
            if (value == UNREAD) {
                value = of(shape.read(record, at));
                values[at] = value;
            }
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            return shape.index().containsKey(key);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Method method : shape.methods()) {
                entries.put(method.getName(), get(method.getName()));
            }
            return Collections.unmodifiableMap(entries).entrySet();
        }

        @Override
        public boolean equals(Object other) {
            if (other instanceof RecordMap map) {
                return record.equals(map.record);
            }
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return record.hashCode();
        }
    }

    /** A list whose items become maps as they are reached. */
    private final class ListOfMaps extends AbstractList<Object> implements RandomAccess {
        private final List<?> items;
        private final Object[] converted;

        ListOfMaps(List<?> items) {
            this.items = items;
            this.converted = new Object[items.size()];
        }

        @Override
        public Object get(int index) {
            Object item = converted[index];
            if (item == null) {
                item = of(items.get(index));
                converted[index] = item;
            }
            return item;
        }

        @Override
        public int size() {
            return converted.length;
        }
    }

    /** A map of the page model that refuses a key it does not have. */
    private static final class StrictMap<K, V> extends LinkedHashMap<K, V> implements Map<K, V> {
        StrictMap(int entries) {
            super(entries * 4 / 3 + 1);
        }

        @Override
        public V get(Object key) {
            V value = super.get(key);
            if (value == null && !containsKey(key)) {
                throw new IllegalArgumentException("there is no entry '" + key + "'");
            }
            return value;
        }
    }
}
