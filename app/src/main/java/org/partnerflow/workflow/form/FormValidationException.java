package org.partnerflow.workflow.form;

import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Raised inside the engine command when submitted values break the task's form rules. It extends
 * the engine's own form validation exception so Camunda REST (and Tasklist through it) answers
 * 400 with the messages; the Vaadin UI reads {@link #fieldErrors()} to mark each field.
 */
public class FormValidationException extends FormFieldValidationException {

    private final transient FieldErrors errors;
    private final String formId;

    public FormValidationException(String formId, FieldErrors errors) {
        super(formId, "Form " + formId + " has invalid values: " + errors);
        this.formId = formId;
        this.errors = errors;
    }

    public Map<String, String> fieldErrors() {
        return errors.asMap();
    }

    public String formId() {
        return formId;
    }
}
