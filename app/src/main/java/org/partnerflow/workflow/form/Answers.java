package org.partnerflow.workflow.form;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.partnerflow.words.Words;

/**
 * The one reader and writer between engine variables and typed records. A record's components are
 * variable names; form-js values are converted here and nowhere else: ISO dates to {@link LocalDate},
 * numbers to the component's number type, checklists (Spin JSON arrays) to lists or enum sets, and
 * option values ({@code step-down}) to enum constants ({@code STEP_DOWN}).
 */
public final class Answers {

    private Answers() {
    }

    /** The record read from an execution's or a task's variables. */
    public static <T extends Record> T of(VariableScope scope, Class<T> type) {
        return read(type, FormValues.plain(scope.getVariablesTyped()));
    }

    /** The record read from plain values (see {@link FormValues#plain(Map)}). */
    public static <T extends Record> T read(Class<T> type, Map<String, ?> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            try {
                args[i] = convert(FormValues.plain(values.get(c.getName())), c.getType(), c.getGenericType());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + ": " + e.getMessage(), e);
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + type.getSimpleName() + " from its variables", e);
        }
    }

    /**
     * Sets each component as a variable of that name, as a form would have sent it: enums as option
     * values ({@code step-down}), dates as ISO text, instants as {@link Date}s (timers read those), lists
     * as Java lists (stored as JSON). Null components are set too: a record states every variable it owns.
     */
    public static void write(VariableScope scope, Record values) {
        asVariables(values).forEach(scope::setVariable);
    }

    /**
     * As {@link #write}, on this scope only: for what belongs to one instance of a multi-instance
     * activity (one agency's invitation), which a sibling instance must not overwrite.
     */
    public static void writeLocal(VariableScope scope, Record values) {
        asVariables(values).forEach(scope::setVariableLocal);
    }

    /** The record as variables, as {@link #write} sets them: for a message, a start or a completion. */
    public static Map<String, Object> asVariables(Record values) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (RecordComponent c : values.getClass().getRecordComponents()) {
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                out.put(c.getName(), variable(accessor.invoke(values)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName(), e);
            }
        }
        return out;
    }

    /** The variable names a record reads: for fetching only those ({@code RuntimeService.getVariables(id, names)}). */
    public static List<String> names(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** An enum constant as a form's option value: {@code STEP_DOWN} → {@code step-down}. */
    public static String optionValue(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Object variable(Object value) {
        if (value instanceof Enum<?> constant) {
            return optionValue(constant);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(variable(v)));
            return out;
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object convert(Object value, Class<?> type, Type generic) {
        if (value instanceof FormValues.NotAFormValue not) {
            throw new IllegalArgumentException("holds " + not.kind() + ", no form's value");
        }
        if (value instanceof String s && s.isEmpty() && type != String.class) {
            value = null; // form-js sends an emptied optional field as ""
        }
        if (value == null) {
            if (type == boolean.class) {
                return false;
            }
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("has no value");
            }
            if (type == List.class) {
                return List.of();
            }
            if (type == Set.class) {
                return Set.of();
            }
            return null;
        }
        if (type == String.class) {
            return value instanceof Date date ? Words.dateTime(date) : String.valueOf(value);
        }
        if (type == LocalDate.class) {
            if (value instanceof Date date) {
                return date.toInstant().atZone(Words.ZONE).toLocalDate();
            }
            return LocalDate.parse(String.valueOf(value).strip());
        }
        if (type == Instant.class) {
            return value instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(value));
        }
        if (type == Date.class) {
            return value instanceof Date date ? date : Date.from(Instant.parse(String.valueOf(value)));
        }
        if (type == Boolean.class || type == boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            String text = String.valueOf(value);
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.parseBoolean(text);
            }
            throw new IllegalArgumentException("'" + text + "' is not true or false");
        }
        if (Number.class.isAssignableFrom(boxed(type))) {
            BigDecimal number = value instanceof Number n ? FormValues.exact(n) : new BigDecimal(String.valueOf(value).strip());
            if (number == null) {
                throw new IllegalArgumentException("is not a finite number");
            }
            Class<?> box = boxed(type);
            if (box == Integer.class) {
                return number.intValueExact();
            }
            if (box == Long.class) {
                return number.longValueExact();
            }
            if (box == Double.class) {
                return number.doubleValue();
            }
            if (box == BigDecimal.class) {
                return number;
            }
            throw new IllegalArgumentException("number type " + type.getSimpleName() + " is not one a form holds");
        }
        if (type.isEnum()) {
            return constant((Class<? extends Enum>) type, String.valueOf(value));
        }
        if (type == List.class || type == Set.class) {
            if (!(value instanceof Collection<?> items)) {
                throw new IllegalArgumentException("is not a list");
            }
            Class<?> element = elementType(generic);
            Collection<Object> out = type == List.class ? new ArrayList<>()
                    : element.isEnum() ? (Collection<Object>) (Collection<?>) EnumSet.noneOf((Class<? extends Enum>) element)
                    : new LinkedHashSet<>();
            for (Object item : items) {
                out.add(convert(item, element, element));
            }
            return type == List.class ? List.copyOf(out) : out;
        }
        if (type == Object.class) {
            return value;
        }
        throw new IllegalArgumentException("type " + type.getSimpleName() + " is not one a form holds");
    }

    /** {@code step-down}, {@code STEP_DOWN} or {@code stepDown}'s constant. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <E extends Enum<E>> E constant(Class<E> type, String optionValue) {
        String wanted = normalised(optionValue);
        for (E e : type.getEnumConstants()) {
            if (normalised(e.name()).equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + optionValue + "' is not one of " + List.of(type.getEnumConstants()));
    }

    private static String normalised(String text) {
        return text.strip().replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return String.class;
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == double.class ? Double.class
                : type == boolean.class ? Boolean.class : type;
    }
}
