package org.partnerflow.workflow.form;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Evaluates a form component's {@code conditional.hide} FEEL expression, as form-js does in the
 * browser, with the engine's own FEEL implementation, so the UI, the validator and Camunda
 * Tasklist agree on which fields are shown.
 */
public final class FormConditions {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private FormConditions() {
    }

    /**
     * True if the component is hidden for these values. A failing or non-boolean expression
     * leaves the field visible (form-js behaves the same), so a broken condition never hides a
     * required field from validation.
     */
    public static boolean isHidden(FormComponent component, CamundaForm form, Map<String, Object> values) {
        if (component.hideWhen() == null || component.hideWhen().isBlank()) {
            return false;
        }
        Map<String, Object> context = new HashMap<>();
        form.inputFields().forEach(f -> context.put(f.key(), null));
        context.putAll(values);
        try {
            Object result = FEEL.evaluateSimpleExpression(component.hideWhen(),
                    Variables.fromMap(context).asVariableContext());
            return Boolean.TRUE.equals(result);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
