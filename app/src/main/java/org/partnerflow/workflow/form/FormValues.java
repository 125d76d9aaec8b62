package org.partnerflow.workflow.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Converts between the values a form holds and the variables the engine stores. Variables are
 * primitives or JSON (Java serialization is off): a checklist becomes a Spin JSON array, exactly
 * as Camunda Tasklist submits it.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    /**
     * A value of a type no form field holds (bytes, a file, XML, a serialized Java object, a JSON scalar):
     * kept opaque so the validator refuses it by type, rather than read as text and stored as something
     * the services cannot read.
     */
    public record NotAFormValue(String kind) {
    }

    /**
     * A variable as the engine or REST hands it over → a plain Java value (String, Number, Boolean, Date,
     * List, Map), or {@link NotAFormValue}.
     */
    public static Object plain(Object value) {
        Object v = value;
        if (v instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            // A submitted Java object (Camunda's "Object" type, in any format) is no form's value, even
            // when its JSON would read as a list: a checklist is sent as "Json", as Tasklist sends it.
            return ValueType.OBJECT.equals(serializable.getType()) ? new NotAFormValue("Java object")
                    : parseJson(serializable.getValueSerialized());
        }
        if (v instanceof TypedValue typed) {
            try {
                v = typed.getValue();
            } catch (RuntimeException e) {
                return new NotAFormValue("unreadable " + typed.getType().getName()); // e.g. JSON that does not parse
            }
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Collection<?> || v instanceof Map<?, ?> || v instanceof java.util.Date) {
            return v;
        }
        if (v instanceof Object[] array) {
            return List.of(array);
        }
        if (v instanceof Spin<?>) {
            return parseJson(v.toString()); // a deserialized Spin JSON (or XML) value
        }
        return new NotAFormValue(v.getClass().getSimpleName());
    }

    public static Map<String, Object> plain(Map<String, ?> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (variables instanceof VariableMap typed) {
            // A variable map's plain values are deserialized on reading, which throws for values that do
            // not parse: read the typed values, so nothing submitted is deserialized before it is checked.
            typed.keySet().forEach(k -> out.put(k, plain((Object) typed.<TypedValue>getValueTyped(k))));
        } else if (variables != null) {
            variables.forEach((k, v) -> out.put(k, plain(v)));
        }
        return out;
    }

    /**
     * The number exactly as submitted (a Double through its shortest decimal form, so 2.5 stays 2.5 and
     * 3.0 is whole), or null for what is no finite number.
     */
    static BigDecimal exact(Number number) {
        if (number instanceof BigDecimal big) {
            return big;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The whole numbers of a valid submission as Longs, for the fields whose form says they are whole
     * ({@code decimalDigits: 0}) and whose value came as another kind of number (3.0, an Integer): the
     * engine then stores the same whole number the case record keeps, whichever door it came by.
     */
    public static Map<String, Object> wholeNumbers(CamundaForm form, Map<String, Object> submitted) {
        Map<String, Object> out = new LinkedHashMap<>();
        form.inputFieldsByKey().forEach((key, field) -> {
            if (field.whole() && submitted.get(key) instanceof Number n && !(n instanceof Long)) {
                try {
                    out.put(key, exact(n).longValueExact());
                } catch (ArithmeticException | NullPointerException e) {
                    // not whole, or no number: the validator refuses it; nothing to normalise
                }
            }
        });
        return out;
    }

    /** Form values → engine variables: lists become JSON arrays; everything else stays a primitive. */
    public static Map<String, Object> toVariables(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Collection<?> list) {
                out.put(k, SpinValues.jsonValue(toJson(new ArrayList<>(list))).create());
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value cannot be stored as JSON", e);
        }
    }

    private static Object parseJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            Object parsed = JSON.readValue(json, Object.class);
            // Forms hold lists (checklists) as JSON; a JSON scalar is never a form's value.
            return parsed == null || parsed instanceof Collection<?> || parsed instanceof Map<?, ?> ? parsed : new NotAFormValue("JSON scalar");
        } catch (JsonProcessingException e) {
            // Not JSON (XML, a serialized Java object): opaque, so the validator refuses it by type.
            return new NotAFormValue("serialized value");
        }
    }
}
