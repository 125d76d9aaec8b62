package org.partnerflow.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads the form-js JSON of a {@code .form} file into a {@link CamundaForm}. */
public final class CamundaFormReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CamundaFormReader() {
    }

    public static CamundaForm read(InputStream json) {
        try (json) {
            return read(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable Camunda Form: " + e.getMessage(), e);
        }
    }

    public static CamundaForm read(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable Camunda Form: " + e.getMessage(), e);
        }
    }

    private static CamundaForm read(JsonNode root) {
        if (root == null || !root.isObject() || !root.has("components")) {
            throw new IllegalArgumentException("Not a Camunda Form: no components");
        }
        return new CamundaForm(text(root, "id"), components(root.get("components")));
    }

    private static List<FormComponent> components(JsonNode array) {
        List<FormComponent> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> out.add(component(node)));
        }
        return out;
    }

    private static FormComponent component(JsonNode node) {
        FormComponentType type = FormComponentType.of(text(node, "type"));
        return new FormComponent(
                text(node, "id"),
                type,
                text(node, "key"),
                text(node, "label"),
                text(node, "description"),
                defaultValue(node.get("defaultValue")),
                text(node, "text"),
                subtype(node, type),
                node.hasNonNull("decimalDigits") ? node.get("decimalDigits").asInt() : null,
                options(node.get("values")),
                text(node, "valuesKey"),
                node.path("searchable").asBoolean(false),
                validation(node.get("validate")),
                hideWhen(node.get("conditional")),
                node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false),
                components(node.get("components")));
    }

    private static String subtype(JsonNode node, FormComponentType type) {
        if (type == FormComponentType.DATETIME) {
            return node.path("subtype").asText("date");
        }
        return text(node, "subtype");
    }

    private static Object defaultValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return values;
        }
        return node.asText();
    }

    private static List<FormComponent.Option> options(JsonNode array) {
        List<FormComponent.Option> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(o -> out.add(new FormComponent.Option(o.path("label").asText(o.path("value").asText()),
                    o.path("value").asText())));
        }
        return out;
    }

    private static FormComponent.Validation validation(JsonNode node) {
        if (node == null || !node.isObject()) {
            return FormComponent.Validation.NONE;
        }
        return new FormComponent.Validation(
                node.path("required").asBoolean(false),
                node.hasNonNull("min") ? node.get("min").asDouble() : null,
                node.hasNonNull("max") ? node.get("max").asDouble() : null,
                node.hasNonNull("minLength") ? node.get("minLength").asInt() : null,
                node.hasNonNull("maxLength") ? node.get("maxLength").asInt() : null,
                text(node, "pattern"),
                text(node, "validationType"));
    }

    private static String hideWhen(JsonNode conditional) {
        if (conditional == null || !conditional.hasNonNull("hide")) {
            return null;
        }
        String hide = conditional.get("hide").asText().trim();
        return hide.startsWith("=") ? hide.substring(1).trim() : hide;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
