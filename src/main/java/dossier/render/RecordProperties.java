package dossier.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template may read of a page-model record: its components, and its public methods
 * without parameters (such as {@code fullTitle}), by name and in order; a text the record lacks
 * (null) reads as empty. Both ways of rendering a template read records through this one class
 * ({@link ViewMaps} for Thymeleaf, {@link CompiledTemplate} for the compiled theme), so they
 * cannot read a page model differently. Made once per record class.
 */
record RecordProperties(Class<?> type, List<Method> methods, Map<String, Integer> index) {
    static RecordProperties of(Class<?> type) {
        List<Method> methods = accessorsOf(type);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            index.put(methods.get(i).getName(), i);
        }
        return new RecordProperties(type, methods, Map.copyOf(index));
    }

    /** The property's position, or -1 when the record has no such property. */
    int position(String name) {
        Integer at = index.get(name);
        return at == null ? -1 : at;
    }

    /** The value at a position, a missing text being empty. */
    Object read(Object record, int position) {
        Method accessor = methods.get(position);
        Object value = invoke(accessor, record);
        return value == null && accessor.getReturnType() == String.class ? "" : value;
    }

    /** The message for a property the record lacks, as a template error shows it. */
    String missing(String name) {
        return "the page model " + type.getSimpleName() + " has no property '" + name + "'";
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
