package dossier.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a page record into nested maps before Thymeleaf sees it. OGNL reads a record's
 * accessors by reflection on every access, uncached, which made it the largest cost of
 * rendering; a map it reads with one hash lookup. A record's components, and its public methods
 * without parameters (such as {@code fullTitle}), become entries. Accessors are looked up once
 * per class. A text a record lacks (null) becomes empty, so that a template may test it with
 * {@code ${x} != ''}, which Thymeleaf compares itself, instead of
 * {@code ${!#strings.isEmpty(x)}}, an OGNL method call made by reflection (see README on the
 * default theme). Safe to share between threads.
 */
final class ViewMaps {
    private final Map<Class<?>, List<Method>> accessors = new ConcurrentHashMap<>();

    Object of(Object value) {
        if (value instanceof Record record) {
            List<Method> methods = accessors.computeIfAbsent(record.getClass(), ViewMaps::accessorsOf);
            Map<String, Object> map = new StrictMap<>(methods.size(), record.getClass());
            for (Method accessor : methods) {
                Object component = invoke(accessor, record);
                map.put(accessor.getName(), component == null && accessor.getReturnType() == String.class ? "" : of(component));
            }
            return map;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new StrictMap<>(map.size(), null);
            map.forEach((key, entry) -> copy.put(key, of(entry)));
            return copy;
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

    /**
     * A map that refuses a key it does not have, as the record it stands for would: a template
     * that asks for a property the page model lacks is an error at its line, not an empty text.
     */
    // Map is named again although LinkedHashMap implements it: OGNL looks for a collection
    // interface among a class's own interfaces on every property read, and then its superclass's.
    private static final class StrictMap<K, V> extends LinkedHashMap<K, V> implements Map<K, V> {
        // The record the map stands for, or null for a map of the page model; named only in the error.
        private final Class<?> record;

        StrictMap(int entries, Class<?> record) {
            super(entries * 4 / 3 + 1);
            this.record = record;
        }

        @Override
        public V get(Object key) {
            V value = super.get(key);
            if (value == null && !containsKey(key)) {
                throw new IllegalArgumentException((record == null ? "there is no entry"
                        : "the page model " + record.getSimpleName() + " has no property") + " '" + key + "'");
            }
            return value;
        }
    }

    private static List<Method> accessorsOf(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            methods.add(component.getAccessor());
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !List.of("toString", "hashCode").contains(method.getName())
                    && methods.stream().noneMatch(m -> m.getName().equals(method.getName()))) {
                methods.add(method);
            }
        }
        return List.copyOf(methods);
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a page model", e);
        }
    }
}
