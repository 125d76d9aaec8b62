package org.partnerflow.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    @Test
    void listsAreStoredAsJsonArraysAndReadBackAsLists() {
        Map<String, Object> variables = FormValues.toVariables(Map.of("partners", List.of("school", "college"), "count", 2L));

        assertThat(variables.get("partners")).isInstanceOf(JsonValue.class);
        assertThat(((JsonValue) variables.get("partners")).getValueSerialized()).isEqualTo("[\"school\",\"college\"]");
        assertThat(variables.get("count")).isEqualTo(2L);
        assertThat(FormValues.plain(variables.get("partners"))).isEqualTo(List.of("school", "college"));
    }

    @Test
    void typedValuesAsRestHandsThemOverBecomePlainValues() {
        TypedValue number = Variables.integerValue(3);
        TypedValue json = SpinValues.jsonValue("[\"a\"]").create();

        assertThat(FormValues.plain(number)).isEqualTo(3);
        assertThat(FormValues.plain(json)).isEqualTo(List.of("a"));
        assertThat(FormValues.plain((Object) null)).isNull();
        assertThat(FormValues.plain(new String[] {"x", "y"})).isEqualTo(List.of("x", "y"));
    }

    @Test
    void aSubmittedJavaObjectIsNoFormValueEvenWhenItsJsonReadsAsAList() {
        TypedValue object = Variables.serializedObjectValue("[\"org-1\"]").objectTypeName("java.util.ArrayList")
                .serializationDataFormat("application/json").create();

        assertThat(FormValues.plain(object)).isInstanceOf(FormValues.NotAFormValue.class);
    }

    @Test
    void wholeNumbersOfAWholeFieldAreStoredAsLongsAndOtherNumbersAsSent() {
        CamundaForm form = CamundaFormReader.read("""
                {"id":"f","components":[
                  {"id":"a","type":"number","key":"rating","label":"Rating","decimalDigits":0},
                  {"id":"b","type":"number","key":"amount","label":"Amount","decimalDigits":2},
                  {"id":"c","type":"number","key":"free","label":"Free"}
                ]}""");

        assertThat(FormValues.wholeNumbers(form, Map.of("rating", 3.0d, "amount", 2.0d, "free", 4.0d))).isEqualTo(Map.of("rating", 3L));
        assertThat(FormValues.wholeNumbers(form, Map.of("rating", 3))).isEqualTo(Map.of("rating", 3L));
        assertThat(FormValues.wholeNumbers(form, Map.of("rating", 3L))).isEmpty();
        assertThat(FormValues.wholeNumbers(form, Map.of("rating", 2.5d))).as("refused by the validator, never rounded").isEmpty();
    }
}
