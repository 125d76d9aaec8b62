package org.partnerflow.workflow.form;

import java.util.Arrays;

/** The form-js component types Partnerflow renders; {@link #UNSUPPORTED} for the rest. */
public enum FormComponentType {
    TEXTFIELD("textfield", true),
    TEXTAREA("textarea", true),
    NUMBER("number", true),
    SELECT("select", true),
    RADIO("radio", true),
    CHECKBOX("checkbox", true),
    CHECKLIST("checklist", true),
    TAGLIST("taglist", true),
    DATETIME("datetime", true),
    TEXT("text", false),
    GROUP("group", false),
    SPACER("spacer", false),
    SEPARATOR("separator", false),
    UNSUPPORTED("", false);

    private final String jsonName;
    private final boolean input;

    FormComponentType(String jsonName, boolean input) {
        this.jsonName = jsonName;
        this.input = input;
    }

    public boolean isInput() {
        return input;
    }

    /** Values of these types are lists of option values. */
    public boolean isMultiValue() {
        return this == CHECKLIST || this == TAGLIST;
    }

    /** Values of these types must be one of the component's options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST || this == TAGLIST;
    }

    public static FormComponentType of(String jsonName) {
        return Arrays.stream(values())
                .filter(t -> t.jsonName.equals(jsonName))
                .findFirst()
                .orElse(UNSUPPORTED);
    }
}
