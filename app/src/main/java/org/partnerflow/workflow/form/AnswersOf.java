package org.partnerflow.workflow.form;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as one form's answers: its components are the form's input keys, with Java types
 * that match the fields ({@code FormContractTest} reads every {@code .form} and checks both ways).
 * Read them with {@link Answers#of}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnswersOf {

    /** The form's id, as in its {@code .form} file and the BPMN's {@code camunda:formRef}. */
    String value();
}
