package org.partnerflow.workflow.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Field key → the message a person should read next to that field. */
public final class FieldErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** One field's error, for checks the form's own rules cannot express (e.g. a number that belongs to someone else). */
    public static FieldErrors of(String field, String message) {
        FieldErrors errors = new FieldErrors();
        errors.add(field, message);
        return errors;
    }

    void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    @Override
    public String toString() {
        return byField.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
