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

    private static void collectInputs(List<FormComponent> components, List<FormComponent> out) {
        for (FormComponent c : components) {
            if (c.type().isInput() && c.key() != null) {
                out.add(c);
            }
            collectInputs(c.components(), out);
        }
    }
}
