package org.partnerflow.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of {@link FormValidator} over every form in {@code forms/}: whatever bytes
 * become the submission, it answers with field messages and never throws. A normal test run replays
 * the committed inputs under {@code FormValidatorFuzzTestInputs}; {@code -Pfuzz} fuzzes (see app/pom.xml).
 * The random-input properties are in {@link HostileFormInputTest}; this one follows the code's branches.
 */
class FormValidatorFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void validatorAnswersEverySubmissionInFieldMessages(FuzzedDataProvider data) {
        CamundaForm form = data.pickValue(HostileFormInputTest.FORMS).form();
        List<FormComponent> fields = form.inputFields();
        Map<String, Object> values = new LinkedHashMap<>();
        int count = data.consumeInt(0, fields.size() + 2);
        for (int i = 0; i < count; i++) {
            String key = fields.isEmpty() || data.consumeBoolean() && data.consumeBoolean()
                    ? data.consumeString(40) : data.pickValue(fields).key();
            values.put(key, value(data));
        }

        Map<String, String> errors = FormValidator.validate(form, values, Map.of()).asMap();

        assertThat(errors.values()).allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(errors.keySet()).allSatisfy(key -> assertThat(values.containsKey(key) || form.inputFieldsByKey().containsKey(key)).isTrue());
    }

    /** A value of any kind a submission can hold once read (see FormValues#plain). */
    private static Object value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 7)) {
            case 0 -> data.consumeString(300);
            case 1 -> data.consumeLong();
            case 2 -> data.consumeDouble();
            case 3 -> data.consumeBoolean();
            case 4 -> {
                List<Object> list = new ArrayList<>();
                int size = data.consumeInt(0, 4);
                for (int i = 0; i < size; i++) {
                    list.add(data.consumeBoolean() ? data.consumeString(40) : data.consumeInt());
                }
                yield list;
            }
            case 5 -> Map.of(data.consumeString(10), data.consumeString(10));
            case 6 -> new java.util.Date(data.consumeLong());
            default -> null;
        };
    }
}
