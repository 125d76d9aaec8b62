package org.partnerflow.workflow.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Camunda Form (form-js schema) as read from a {@code .form} file. Only the parts Partnerflow
 * renders and validates are modelled; anything else in the JSON is ignored.
 */
public record CamundaForm(String id, List<FormComponent> components) {

    public CamundaForm {
        components = List.copyOf(components);
    }

    /** Every input field in document order, groups flattened. */
    public List<FormComponent> inputFields() {
        List<FormComponent> out = new ArrayList<>();
        collectInputs(components, out);
        return Collections.unmodifiableList(out);
    }

    public Map<String, FormComponent> inputFieldsByKey() {
        Map<String, FormComponent> byKey = new LinkedHashMap<>();
        inputFields().forEach(f -> byKey.put(f.key(), f));
        return byKey;
    }

    public Optional<FormComponent> field(String key) {
        return Optional.ofNullable(inputFieldsByKey().get(key));
    }

    /**
     * The form with the options of {@code valuesKey} fields taken from the variables, as form-js does:
     * each option a map with {@code label} and {@code value}. A key with no variable leaves the options
     * unknown, and the field's value is then checked by whoever supplies them (e.g. the service task).
     */
    public CamundaForm withOptionsFrom(Map<String, Object> variables) {
        return new CamundaForm(id, resolve(components, variables));
    }

    private static List<FormComponent> resolve(List<FormComponent> components, Map<String, Object> variables) {
        List<FormComponent> out = new ArrayList<>();
        for (FormComponent c : components) {
            FormComponent resolved = c.components().isEmpty() ? c : c.withComponents(resolve(c.components(), variables));
            if (c.valuesKey() != null && variables.get(c.valuesKey()) instanceof java.util.Collection<?> options) {
                List<FormComponent.Option> values = new ArrayList<>();
                for (Object o : options) {
                    if (o instanceof Map<?, ?> m && m.get("value") != null) {
                        values.add(new FormComponent.Option(String.valueOf(m.get("label") != null ? m.get("label") : m.get("value")),
                                String.valueOf(m.get("value"))));
                    }
                }
                resolved = resolved.withValues(values);
            }
            out.add(resolved);
        }
        return out;
    }

    private static void collectInputs(List<FormComponent> components, List<FormComponent> out) {
        for (FormComponent c : components) {
            if (c.type().isInput() && c.key() != null) {
                out.add(c);
            }
            collectInputs(c.components(), out);
        }
    }
}
