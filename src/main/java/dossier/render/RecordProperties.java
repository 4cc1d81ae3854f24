package dossier.render;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a template may read of a page-model record: its components, and its public methods
 * without parameters (such as {@code fullTitle}), by name and in order; a text the record lacks
 * (null) reads as empty. Both ways of rendering a template read records through this one class
 * ({@link ViewMaps} for Thymeleaf, {@link CompiledTemplate} for the compiled theme), so they
 * cannot read a page model differently. Made once per record class.
 */
record RecordProperties(Class<?> type, List<Method> methods, Map<String, Integer> index,
                        List<Function<Object, Object>> readers) {
    // Made once for each record class while it lives: the functions that read a record are
    // classes of their own, which the JVM keeps for as long as the class loader that defined
    // them, so making them again for each build would fill the class space in a long serve.
    private static final ClassValue<RecordProperties> OF_CLASS = new ClassValue<>() {
        @Override
        protected RecordProperties computeValue(Class<?> type) {
            return make(type);
        }
    };

    static RecordProperties of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    private static RecordProperties make(Class<?> type) {
        List<Method> methods = accessorsOf(type);
        Map<String, Integer> index = new HashMap<>();
        List<Function<Object, Object>> readers = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            index.put(methods.get(i).getName(), i);
            readers.add(reader(methods.get(i)));
        }
        return new RecordProperties(type, methods, Map.copyOf(index), List.copyOf(readers));
    }

    /**
     * A function that calls the accessor directly: Method.invoke finds its caller's class on
     * every call, walking the stack (a tenth of rendering a compiled page at 10,000 articles).
     * Where the accessor cannot be linked so, it is invoked by reflection.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(accessor.getDeclaringClass(), MethodHandles.lookup());
            MethodHandle target = lookup.unreflect(accessor);
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(target.type().wrap().returnType(), accessor.getDeclaringClass()))
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            return record -> invoke(accessor, record);
        }
    }

    /** The property's position, or -1 when the record has no such property. */
    int position(String name) {
        Integer at = index.get(name);
        return at == null ? -1 : at;
    }

    /** The value at a position, a missing text being empty. */
    Object read(Object record, int position) {
        Object value;
        try {
            value = readers.get(position).apply(record);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + methods.get(position) + " of a page model", e);
        }
        return value == null && methods.get(position).getReturnType() == String.class ? "" : value;
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

    /** Calls the accessor by reflection, throwing what the accessor threw. */
    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
