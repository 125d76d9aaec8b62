package org.partnerflow.workflow.form;

import java.util.List;

/**
 * One component of a Camunda Form: an input field bound to a process variable by {@code key},
 * a static text, or a group holding further components.
 *
 * @param hideWhen the FEEL expression of {@code conditional.hide} without its leading '=', or null
 */
public record FormComponent(
        String id,
        FormComponentType type,
        String key,
        String label,
        String description,
        Object defaultValue,
        String text,
        String subtype,
        List<Option> values,
        Validation validation,
        String hideWhen,
        boolean readonly,
        List<FormComponent> components) {

    public FormComponent {
        values = values == null ? List.of() : List.copyOf(values);
        components = components == null ? List.of() : List.copyOf(components);
        validation = validation == null ? Validation.NONE : validation;
    }

    public String labelOrKey() {
        return label != null && !label.isBlank() ? label : key;
    }

    /** One choice of a select, radio or checklist. */
    public record Option(String label, String value) {
    }

    /**
     * The form-js {@code validate} block.
     *
     * @param validationType "email" or "phone", or null
     */
    public record Validation(boolean required, Double min, Double max, Integer minLength, Integer maxLength,
                             String pattern, String validationType) {
        public static final Validation NONE = new Validation(false, null, null, null, null, null, null);
    }
}
