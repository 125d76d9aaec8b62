package org.partnerflow.workflow;

import java.util.Locale;

/** A constant as people read it: {@code MULTI_AGENCY} becomes "Multi agency". */
public final class PlainWords {

    private PlainWords() {
    }

    public static String of(Enum<?> constant) {
        return of(constant.name());
    }

    public static String of(String constant) {
        String text = constant.toLowerCase(Locale.UK).replace('_', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
