package org.partnerflow.workflow;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.workflow.form.CamundaForm;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValidator;
import org.partnerflow.workflow.form.FormValues;

/**
 * The form half of {@link EngineCommandGuard}: whether submitted values satisfy the Camunda Form of
 * the task or the start event (the engine itself does not enforce a form's rules). Each check returns
 * the submission's whole numbers, to be stored as Longs as the case records read them.
 */
final class FormCheck {

    /** The engine stores a business key in 255 characters; a longer one is the caller's mistake, refused before anything is written. */
    static final int BUSINESS_KEY_MAX = 255;

    private final TaskForms taskForms;

    FormCheck(TaskForms taskForms) {
        this.taskForms = taskForms;
    }

    /** @return the submission's whole numbers (empty if the task has no form) */
    Map<String, Object> task(Task task, Map<String, Object> submitted, Supplier<Map<String, Object>> currentVariables) {
        CamundaForm form = taskForms.formOf(task).orElse(null);
        if (form == null) {
            return Map.of();
        }
        Map<String, Object> values = FormValues.plain(submitted);
        reject(form, FormValidator.validate(form, values, FormValues.plain(currentVariables.get())));
        return FormValues.wholeNumbers(form, values);
    }

    /**
     * A process with a start form starts only through that form, so nobody skips the form's checks by
     * choosing a plain start (REST {@code /start}) instead.
     *
     * @return the submission's whole numbers (empty if the process has no start form)
     */
    Map<String, Object> start(ProcessDefinition process, String businessKey, Map<String, Object> submitted, boolean throughItsForm) {
        CamundaForm form = taskForms.startFormOf(process.getId()).orElse(null);
        if (form == null) {
            return Map.of();
        }
        if (!throughItsForm) {
            throw new AuthorizationException("'" + PermissionCheck.nameOf(process)
                    + "' is started through its start form (submit-form), so that the form's rules apply.");
        }
        checkBusinessKey(businessKey);
        Map<String, Object> values = FormValues.plain(submitted);
        reject(form, FormValidator.validate(form, values, Map.of()));
        return FormValues.wholeNumbers(form, values);
    }

    /** Refused as a form value is, so that every door answers it as one (REST: 400). */
    private static void checkBusinessKey(String businessKey) {
        if (businessKey != null && businessKey.length() > BUSINESS_KEY_MAX) {
            throw new FormFieldValidationException("businessKey", "The business key must be at most " + BUSINESS_KEY_MAX + " characters; this one has "
                    + businessKey.length() + ".");
        }
    }

    private static void reject(CamundaForm form, FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new FormValidationException(form.id(), errors);
        }
    }
}
