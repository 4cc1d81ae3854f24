package dossier.render;

import dossier.render.view.BodyHtml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.standard.expression.LiteralValue;
import org.thymeleaf.util.EvaluationUtils;
import org.thymeleaf.util.StringUtils;

/**
 * An expression of a compiled template, evaluated as Thymeleaf 3.1 evaluates it: its Standard
 * dialect's operators, which this class follows line by line and whose own evaluation rules
 * ({@link EvaluationUtils}, {@link LiteralValue}) it calls, over OGNL's property paths as they
 * read page models (records as {@link ViewMaps} shows them to OGNL). A value that the two might
 * treat differently (a record printed as text, a map's special names, a number added inside
 * {@code ${…}}) stops the page with {@link NotCompiled}, so that Thymeleaf renders it.
 */
sealed interface CompiledExpression {
    /**
     * The value, as Thymeleaf's public {@code execute} gives it, which every processor and
     * operator reads but {@code +}: a text literal's value as a String.
     */
    default Object evaluate(TemplateScope scope) {
        return LiteralValue.unwrap(inner(scope));
    }

    /** The value as Thymeleaf's internal {@code execute} gives it, which {@code +} reads its operands with. */
    Object inner(TemplateScope scope);

    /** A text literal (as Thymeleaf's {@link LiteralValue}), {@code null}, {@code true} or {@code false}. */
    record Constant(Object value) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            return value;
        }
    }

    /** The first name of a {@code ${…}} path: a local variable or the page model. */
    record Variable(String name) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            return scope.variable(name);
        }
    }

    /**
     * {@code target.name}, or {@code target['name']} ({@code indexed}), as OGNL reads it: a
     * record or a map by key (OGNL gives a map's {@code size}, {@code keys}, {@code keySet},
     * {@code values} and {@code isEmpty} other meanings, which are left to it), a collection's or
     * a text's {@code empty} and a collection's {@code size}, an iteration's status.
     */
    final class Property implements CompiledExpression {
        private static final Set<String> MAP_NAMES = Set.of("size", "keys", "keySet", "values", "isEmpty");
        private final CompiledExpression target;
        private final String name;
        private final boolean indexed;
        // Whether OGNL would read this name of a map its own way: known from the name alone, so
        // told once, not on each of millions of reads.
        private final boolean mapName;
        // The last record class read here and where its property is: a place reads one class.
        private volatile Seen seen;

        private record Seen(Class<?> type, RecordProperties properties, int position) {
        }

        Property(CompiledExpression target, String name, boolean indexed) {
            this.target = target;
            this.name = name;
            this.indexed = indexed;
            this.mapName = !indexed && MAP_NAMES.contains(name);
        }

        @Override
        public Object inner(TemplateScope scope) {
            Object value = target.evaluate(scope);
            if (!indexed && value instanceof IterationStatus status) {
                return status.property(name);
            }
            if (mapName && (value instanceof Record || value instanceof Map<?, ?>)) {
                throw new NotCompiled("OGNL reads '" + name + "' of a map its own way");
            }
            if (value instanceof Record record) {
                return record(record);
            }
            if (value instanceof Map<?, ?> map) {
                Object entry = map.get(name);
                if (entry == null && !map.containsKey(name)) {
                    throw new NotCompiled("there is no entry '" + name + "'");
                }
                return entry;
            }
            if (!indexed && value instanceof Collection<?> collection && name.equals("empty")) {
                return collection.isEmpty();
            }
            if (!indexed && value instanceof Collection<?> collection && name.equals("size")) {
                return collection.size();
            }
            if (!indexed && value instanceof String text && name.equals("empty")) {
                return text.isEmpty();
            }
            throw new NotCompiled("cannot read '" + name + "' of " + (value == null ? "null" : value.getClass().getName()));
        }

        private Object record(Record record) {
            Seen place = seen;
            if (place == null || place.type() != record.getClass()) {
                RecordProperties properties = RecordProperties.of(record.getClass());
                place = new Seen(record.getClass(), properties, properties.position(name));
                seen = place;
            }
            if (place.position() < 0) {
                throw new NotCompiled(place.properties().missing(name));
            }
            return place.properties().read(record, place.position());
        }
    }

    /** OGNL's {@code +} inside {@code ${…}}, for two texts; numbers are left to OGNL. */
    record Join(CompiledExpression left, CompiledExpression right) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            if (left.evaluate(scope) instanceof String first && right.evaluate(scope) instanceof String second) {
                return first + second;
            }
            throw new NotCompiled("OGNL adds only texts here");
        }
    }

    /** {@code #dossier.runs(list)}: see {@link TemplateRuns}. */
    record Runs(CompiledExpression list, TemplateRuns runs) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            if (list.evaluate(scope) instanceof List<?> items) {
                return runs.runs(items);
            }
            throw new NotCompiled("#dossier.runs takes a list");
        }
    }

    /** {@code #strings.listJoin(list, 'separator')}, as Thymeleaf's {@code Strings} joins. */
    record ListJoin(CompiledExpression list, String separator) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            Object value = list.evaluate(scope);
            if (value == null) {
                return null;
            }
            if (!(value instanceof List<?> items)) {
                throw new NotCompiled("#strings.listJoin takes a list");
            }
            items.forEach(CompiledExpression::text);
            return StringUtils.join(items, separator);
        }
    }

    /** Thymeleaf's {@code +}: numbers are added, anything else joined as text (AdditionExpression). */
    record Addition(CompiledExpression left, CompiledExpression right) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            Object leftValue = left.inner(scope);
            Object rightValue = right.inner(scope);
            if (leftValue == null) {
                leftValue = "null";
            }
            if (rightValue == null) {
                rightValue = "null";
            }
            BigDecimal leftNumber = EvaluationUtils.evaluateAsNumber(leftValue);
            if (leftNumber != null) {
                BigDecimal rightNumber = EvaluationUtils.evaluateAsNumber(rightValue);
                if (rightNumber != null) {
                    return leftNumber.add(rightNumber);
                }
            }
            return new LiteralValue(text(LiteralValue.unwrap(leftValue)) + text(LiteralValue.unwrap(rightValue)));
        }
    }

    /** Thymeleaf's {@code ==} and {@code !=} (EqualsExpression, NotEqualsExpression). */
    record Equality(CompiledExpression left, CompiledExpression right, boolean equal) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            Object leftValue = comparable(LiteralValue.unwrap(left.evaluate(scope)));
            Object rightValue = comparable(LiteralValue.unwrap(right.evaluate(scope)));
            if (leftValue == null) {
                return (rightValue == null) == equal;
            }
            BigDecimal leftNumber = EvaluationUtils.evaluateAsNumber(leftValue);
            BigDecimal rightNumber = EvaluationUtils.evaluateAsNumber(rightValue);
            boolean same;
            if (leftNumber != null && rightNumber != null) {
                same = leftNumber.compareTo(rightNumber) == 0;
            } else {
                if (leftValue instanceof Character) {
                    leftValue = leftValue.toString();
                }
                if (rightValue instanceof Character) {
                    rightValue = rightValue.toString();
                }
                same = compare(leftValue, rightValue);
            }
            return same == equal;
        }

        @SuppressWarnings("unchecked")
        private static boolean compare(Object left, Object right) {
            if (right != null && left.getClass().equals(right.getClass()) && left instanceof Comparable<?>) {
                return ((Comparable<Object>) left).compareTo(right) == 0;
            }
            return left.equals(right);
        }

        /** A value both ways compare alike: what OGNL sees as a map is compared as its record. */
        private static Object comparable(Object value) {
            if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof Character || value instanceof Record) {
                return value;
            }
            throw new NotCompiled("cannot compare " + value.getClass().getName());
        }
    }

    /** {@code !x} (NegationExpression). */
    record Not(CompiledExpression operand) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            return !EvaluationUtils.evaluateAsBoolean(operand.evaluate(scope));
        }
    }

    /** {@code x or y} and {@code x and y}, the right side evaluated only when it decides (OrExpression, AndExpression). */
    record Logical(CompiledExpression left, CompiledExpression right, boolean or) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            boolean leftValue = EvaluationUtils.evaluateAsBoolean(left.evaluate(scope));
            if (leftValue == or) {
                return leftValue;
            }
            return EvaluationUtils.evaluateAsBoolean(right.evaluate(scope));
        }
    }

    /** {@code c ? a : b} (ConditionalExpression); without {@code : b}, null. */
    record Conditional(CompiledExpression condition, CompiledExpression then, CompiledExpression otherwise)
            implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            if (EvaluationUtils.evaluateAsBoolean(condition.evaluate(scope))) {
                return then.evaluate(scope);
            }
            return otherwise == null ? null : otherwise.evaluate(scope);
        }
    }

    /** {@code ~{template :: selector(arguments)}}: the fragment, with its parameters bound to the arguments. */
    record Fragment(CompiledFragment fragment, List<CompiledExpression> arguments) implements CompiledExpression {
        @Override
        public Object inner(TemplateScope scope) {
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(scope);
            }
            // An argument may be null, as in Thymeleaf.
            return new CompiledFragment.Bound(fragment, Collections.unmodifiableList(Arrays.asList(values)));
        }
    }

    /**
     * A value as text, as Thymeleaf writes it ({@code toString}), for the values whose text is
     * the same whether OGNL saw the page model as maps or the compiled theme as records.
     */
    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof LiteralValue || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof BodyHtml) {
            return value.toString();
        }
        throw new NotCompiled("cannot write " + (value == null ? "null" : value.getClass().getName()) + " as text");
    }

    /**
     * What {@code th:each} walks: a list or a collection in order, nothing for null, and a single
     * text, number or truth value as one item. A record or a map is left to Thymeleaf, which
     * sees both as maps and walks their entries.
     */
    static List<?> items(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof TemplateRuns.Run run) {
            return run.items();
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof BodyHtml) {
            return Collections.singletonList(value);
        }
        throw new NotCompiled("cannot iterate " + value.getClass().getName());
    }

    /**
     * An iteration's status variable (Thymeleaf's IterationStatusVar). Not a record: a template
     * reads it by Thymeleaf's names, not as a page model.
     */
    final class IterationStatus {
        private final int index;
        private final int size;
        private final Object current;

        IterationStatus(int index, int size, Object current) {
            this.index = index;
            this.size = size;
            this.current = current;
        }

        Object property(String name) {
            return switch (name) {
                case "index" -> index;
                case "count" -> index + 1;
                case "size" -> size;
                case "current" -> current;
                case "even" -> (index + 1) % 2 == 0;
                case "odd" -> (index + 1) % 2 != 0;
                case "first" -> index == 0;
                case "last" -> index == size - 1;
                default -> throw new NotCompiled("an iteration has no '" + name + "'");
            };
        }
    }
}
