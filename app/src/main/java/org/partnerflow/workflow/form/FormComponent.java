package org.partnerflow.workflow.form;

import java.util.List;

/**
 * One component of a Camunda Form: an input field bound to a process variable by {@code key},
 * a static text, or a group holding further components.
 *
 * @param hideWhen  the FEEL expression of {@code conditional.hide} without its leading '=', or null
 * @param valuesKey for options that come from a variable rather than the form (form-js {@code valuesKey}),
 *                  or null; see {@link CamundaForm#withOptionsFrom}
 * @param decimalDigits a number field's form-js {@code decimalDigits}: how many digits after the point it
 *                  takes, 0 for a whole number; null where the form does not say
 * @param searchable a select's form-js {@code searchable}: the person types to filter its options, for
 *                  lists too long to scroll (every school of a council)
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
        Integer decimalDigits,
        List<Option> values,
        String valuesKey,
        boolean searchable,
        Validation validation,
        String hideWhen,
        boolean readonly,
        List<FormComponent> components) {

    public FormComponent {
        values = values == null ? List.of() : List.copyOf(values);
        components = components == null ? List.of() : List.copyOf(components);
        validation = validation == null ? Validation.NONE : validation;
    }

    /** Whether the options come from a variable that was not supplied: they are then unknown here. */
    public boolean optionsUnknown() {
        return valuesKey != null && values.isEmpty();
    }

    FormComponent withValues(List<Option> options) {
        return new FormComponent(id, type, key, label, description, defaultValue, text, subtype, decimalDigits, options, valuesKey, searchable, validation,
                hideWhen, readonly, components);
    }

    FormComponent withComponents(List<FormComponent> children) {
        return new FormComponent(id, type, key, label, description, defaultValue, text, subtype, decimalDigits, values, valuesKey, searchable, validation,
                hideWhen, readonly, children);
    }

    /** A number field whose form says it takes whole numbers only ({@code decimalDigits: 0}). */
    public boolean whole() {
        return type == FormComponentType.NUMBER && decimalDigits != null && decimalDigits == 0;
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
