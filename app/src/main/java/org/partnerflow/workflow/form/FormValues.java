package org.partnerflow.workflow.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
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

    /** A variable as the engine or REST hands it over → a plain Java value (String, Number, Boolean, List, Map). */
    public static Object plain(Object value) {
        Object v = value;
        if (v instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return parseJson(serializable.getValueSerialized());
        }
        if (v instanceof TypedValue typed) {
            v = typed.getValue();
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Collection<?> || v instanceof Map<?, ?> || v instanceof java.util.Date) {
            return v;
        }
        if (v instanceof Object[] array) {
            return List.of(array);
        }
        // Spin JSON nodes and any other structured value: read them as JSON.
        return parseJson(v.toString());
    }

    public static Map<String, Object> plain(Map<String, ?> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((k, v) -> out.put(k, plain(v)));
        }
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
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            // Not JSON (e.g. a serialized Java object): keep it as opaque text so the validator rejects it by type.
            return json;
        }
    }
}
