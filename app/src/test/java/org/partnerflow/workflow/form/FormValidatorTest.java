package org.partnerflow.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.testsupport.HostileSeed;
import org.partnerflow.testsupport.HostileValues;

/** The one server-side validator of Camunda Form submissions: every rule, type and refusal. */
class FormValidatorTest {

    private static final CamundaForm FORM = CamundaFormReader.read("""
            {"id":"rules","type":"default","components":[
              {"id":"c1","type":"textfield","key":"name","label":"Name","validate":{"required":true,"minLength":3,"maxLength":10}},
              {"id":"c2","type":"textfield","key":"code","label":"Code","validate":{"pattern":"[A-Z]{2}[0-9]+"}},
              {"id":"c3","type":"textfield","key":"email","label":"Email","validate":{"validationType":"email"}},
              {"id":"c4","type":"textfield","key":"phone","label":"Phone","validate":{"validationType":"phone"}},
              {"id":"c5","type":"textfield","key":"free","label":"Free text"},
              {"id":"c6","type":"textarea","key":"story","label":"Story"},
              {"id":"c7","type":"number","key":"count","label":"Count","validate":{"min":1,"max":3}},
              {"id":"c8","type":"checkbox","key":"consent","label":"Consent","validate":{"required":true}},
              {"id":"c9","type":"checkbox","key":"optional","label":"Optional"},
              {"id":"c10","type":"select","key":"priority","label":"Priority","values":[{"label":"Normal","value":"normal"},{"label":"High","value":"high"}]},
              {"id":"c11","type":"radio","key":"decision","label":"Decision","values":[{"label":"Yes","value":"yes"},{"label":"No","value":"no"}]},
              {"id":"c12","type":"checklist","key":"partners","label":"Partners","validate":{"required":true},"values":[{"label":"School","value":"school"},{"label":"College","value":"college"}]},
              {"id":"c13","type":"datetime","subtype":"date","key":"on","label":"On"},
              {"id":"c14","type":"datetime","subtype":"time","key":"at","label":"At"},
              {"id":"c15","type":"datetime","subtype":"datetime","key":"when","label":"When"},
              {"id":"c16","type":"textarea","key":"reason","label":"Reason","validate":{"required":true},"conditional":{"hide":"=decision != \\"no\\""}},
              {"id":"g1","type":"group","label":"Extra","conditional":{"hide":"=optional = true"},"components":[
                {"id":"c17","type":"textfield","key":"extra","label":"Extra","validate":{"required":true}}
              ]},
              {"id":"c18","type":"textfield","key":"broken","label":"Broken condition","validate":{"required":true},"conditional":{"hide":"=this is not feel ((("}},
              {"id":"c19","type":"text","text":"Just text"},
              {"id":"c20","type":"number","key":"rating","label":"Rating","decimalDigits":0,"validate":{"min":1,"max":6}},
              {"id":"c21","type":"number","key":"amount","label":"Amount","decimalDigits":2},
              {"id":"c22","type":"number","key":"whole","label":"Whole","decimalDigits":0}
            ]}""");

    /** A submission that passes every rule; each test breaks one thing. */
    private static Map<String, Object> valid() {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "Ailsa");
        v.put("consent", true);
        v.put("partners", List.of("school"));
        v.put("extra", "x");
        v.put("broken", "x");
        return v;
    }

    private static Map<String, String> errors(Map<String, Object> submitted) {
        return FormValidator.validate(FORM, submitted, Map.of()).asMap();
    }

    private static Map<String, String> errorsWith(String key, Object value) {
        Map<String, Object> v = valid();
        v.put(key, value);
        return errors(v);
    }

    @Test
    void aCompleteValidSubmissionPasses() {
        assertThat(errors(valid())).isEmpty();
    }

    /** form-js {@code readonly} / {@code disabled}: the field keeps the value the task had, whatever a client sends. */
    @Nested
    @ExtendWith(HostileSeed.class)
    class ReadOnly {
        private static final CamundaForm SHOWN = CamundaFormReader.read("""
                {"id":"shown","type":"default","components":[
                  {"id":"r1","type":"select","key":"recommended","label":"Recommended pathway","readonly":true,
                   "values":[{"label":"Universal","value":"UNIVERSAL"},{"label":"Targeted","value":"TARGETED"}]},
                  {"id":"r2","type":"number","key":"score","label":"Score","disabled":true},
                  {"id":"r3","type":"checklist","key":"agencies","label":"Agencies","readonly":true,
                   "values":[{"label":"Health","value":"health"},{"label":"Housing","value":"housing"}]},
                  {"id":"r4","type":"textfield","key":"note","label":"Note"}
                ]}""");
        private static final Map<String, Object> HAD = Map.of("recommended", "UNIVERSAL", "score", 4L,
                "agencies", List.of("health", "housing"));

        @Test
        void theValueItHadMayBeSentAgainOrLeftOut() {
            assertThat(FormValidator.validate(SHOWN, Map.of("note", "x"), HAD).asMap()).isEmpty();
            assertThat(FormValidator.validate(SHOWN, Map.of("recommended", "UNIVERSAL", "score", 4.0,
                    "agencies", List.of("housing", "health")), HAD).asMap()).as("2 is 2.0, choices in any order").isEmpty();
        }

        @Test
        void anotherValueIsRefusedNamingTheFieldByItsLabel() {
            Map<String, String> errors = FormValidator.validate(SHOWN, Map.of("recommended", "TARGETED", "score", 5L,
                    "agencies", List.of("health")), HAD).asMap();
            assertThat(errors).containsOnlyKeys("recommended", "score", "agencies");
            assertThat(errors.get("recommended")).contains("Recommended pathway", "reading only");
            assertThat(errors.get("score")).contains("Score", "reading only");
        }

        @Test
        void clearingItIsChangingIt() {
            Map<String, Object> cleared = new HashMap<>();
            cleared.put("recommended", null);
            assertThat(FormValidator.validate(SHOWN, cleared, HAD).asMap()).containsKey("recommended");
            assertThat(FormValidator.validate(SHOWN, Map.of("recommended", "UNIVERSAL"), Map.of()).asMap())
                    .as("a field the task had no value for takes none").containsKey("recommended");
        }

        @RepeatedTest(200)
        void whateverAHostileClientSendsForItIsRefusedUnlessItIsTheValueItHad(HostileValues hostile) {
            String key = hostile.random().oneOf(List.of("recommended", "score", "agencies"));
            Object sent = hostile.random().trueOrFalse() ? hostile.anything() : hostile.hostileList();
            Map<String, Object> submitted = new HashMap<>();
            submitted.put(key, sent);
            Map<String, String> errors = FormValidator.validate(SHOWN, submitted, HAD).asMap();
            boolean theSame = sent.equals(HAD.get(key)) || (sent instanceof Number n && key.equals("score") && n.doubleValue() == 4.0);
            if (!theSame) {
                assertThat(errors).as("sent %s for %s", sent, key).containsKey(key);
            }
        }
    }

    @Nested
    class Required {
        @Test
        void missingBlankAndEmptyValuesOfRequiredFieldsAreRefused() {
            Map<String, Object> v = valid();
            v.remove("name");
            v.put("partners", List.of());
            assertThat(errors(v)).containsEntry("name", "is required").containsEntry("partners", "is required");
            assertThat(errorsWith("name", "   ")).containsEntry("name", "is required");
        }

        @Test
        void aRequiredCheckboxMustBeTicked() {
            assertThat(errorsWith("consent", false)).containsEntry("consent", "must be ticked");
        }

        @Test
        void valuesTheTaskAlreadyHasSatisfyRequiredFieldsNotSubmittedNow() {
            Map<String, Object> v = valid();
            v.remove("name");
            assertThat(FormValidator.validate(FORM, v, Map.of("name", "Kept")).asMap()).isEmpty();
        }
    }

    @Nested
    class Lengths {
        @Test
        void minLengthAndMaxLength() {
            assertThat(errorsWith("name", "Al")).containsEntry("name", "must be at least 3 characters");
            assertThat(errorsWith("name", "A".repeat(11))).containsEntry("name", "must be at most 10 characters");
            assertThat(errorsWith("name", "A".repeat(10))).isEmpty();
        }

        @Test
        void textHasACapEvenWhereTheFormSetsNone() {
            assertThat(errorsWith("free", "x".repeat(FormValidator.DEFAULT_TEXTFIELD_MAX))).isEmpty();
            assertThat(errorsWith("free", "x".repeat(FormValidator.DEFAULT_TEXTFIELD_MAX + 1)))
                    .containsEntry("free", "must be at most " + FormValidator.DEFAULT_TEXTFIELD_MAX + " characters");
            assertThat(errorsWith("story", "x".repeat(FormValidator.DEFAULT_TEXTAREA_MAX + 1)))
                    .containsEntry("story", "must be at most " + FormValidator.DEFAULT_TEXTAREA_MAX + " characters");
        }
    }

    @Nested
    class Formats {
        @Test
        void patternIsAPartialMatchAsInJavaScript() {
            assertThat(errorsWith("code", "AB123")).isEmpty();
            assertThat(errorsWith("code", "ref AB1 here")).isEmpty();
            assertThat(errorsWith("code", "ab123")).containsEntry("code", "is not in the expected format");
        }

        @Test
        void email() {
            assertThat(errorsWith("email", "morag.campbell@school.example.org")).isEmpty();
            assertThat(errorsWith("email", "not-an-email")).containsEntry("email", "must be a valid email address");
            assertThat(errorsWith("email", "a@b")).containsEntry("email", "must be a valid email address");
        }

        @Test
        void phone() {
            assertThat(errorsWith("phone", "+44 141 287 2000")).isEmpty();
            assertThat(errorsWith("phone", "0141-287-2000")).isEmpty();
            assertThat(errorsWith("phone", "call me")).containsEntry("phone", "must be a valid phone number");
        }

        @Test
        void controlCharactersAreRefusedAndNewlinesOnlyInTextareas() {
            assertThat(errorsWith("free", "bell\u0007")).containsEntry("free", "contains characters that are not allowed");
            assertThat(errorsWith("free", "two\nlines")).containsEntry("free", "contains characters that are not allowed");
            assertThat(errorsWith("story", "two\nlines\tand a tab")).isEmpty();
            assertThat(errorsWith("story", "nul\u0000")).containsEntry("story", "contains characters that are not allowed");
        }
    }

    @Nested
    class Numbers {
        @Test
        void minAndMax() {
            assertThat(errorsWith("count", 1)).isEmpty();
            assertThat(errorsWith("count", 3.0)).isEmpty();
            assertThat(errorsWith("count", 0)).containsEntry("count", "must be at least 1");
            assertThat(errorsWith("count", 4L)).containsEntry("count", "must be at most 3");
        }

        @Test
        void textAndNotANumberAreRefused() {
            assertThat(errorsWith("count", "2")).containsEntry("count", "must be a number");
            assertThat(errorsWith("count", Double.NaN)).containsEntry("count", "must be a number");
            assertThat(errorsWith("count", Double.POSITIVE_INFINITY)).containsEntry("count", "must be a number");
        }

        @Test
        void aWholeNumberFieldRefusesFractionsAndTakesWholeNumbersOfAnyKind() {
            assertThat(errorsWith("rating", 2.5d)).containsEntry("rating", "must be a whole number");
            assertThat(errorsWith("rating", 3.0000000001d)).containsEntry("rating", "must be a whole number");
            assertThat(errorsWith("rating", new java.math.BigDecimal("2.50"))).containsEntry("rating", "must be a whole number");
            assertThat(errorsWith("rating", 2.5f)).containsEntry("rating", "must be a whole number");
            for (Object whole : List.of(3, 3L, (short) 3, 3.0d, new java.math.BigDecimal("3.00"))) {
                assertThat(errorsWith("rating", whole)).as("%s (%s)", whole, whole.getClass().getSimpleName()).isEmpty();
            }
            // form-js, the Vaadin form and Tasklist send numbers as JSON numbers: a number in text is refused, as everywhere.
            assertThat(errorsWith("rating", "2.0")).containsEntry("rating", "must be a number");
            assertThat(errorsWith("whole", 1e19)).containsEntry("whole", "is too large");
            assertThat(errorsWith("count", 2.5d)).as("a field whose form does not say decimalDigits takes fractions").isEmpty();
        }

        @Test
        void decimalDigitsAboveZeroBoundTheDigitsAfterThePoint() {
            assertThat(errorsWith("amount", 1.25d)).isEmpty();
            assertThat(errorsWith("amount", 1.255d)).containsEntry("amount", "must have at most 2 digits after the decimal point");
        }
    }

    @Nested
    class Types {
        @Test
        void textFieldsTakeOnlyText() {
            assertThat(errorsWith("name", 12345)).containsEntry("name", "must be text");
        }

        /** Every kind of value Camunda REST can hand over, at every kind of field: only the field's own kind passes. */
        @Test
        void everyFieldTakesOnlyItsOwnKindOfValue() {
            Map<String, Object> wrong = new java.util.LinkedHashMap<>();
            wrong.put("Date", new java.util.Date());
            wrong.put("Integer", 2);
            wrong.put("Double", 2.5d);
            wrong.put("Boolean", true);
            wrong.put("String", "yes");
            wrong.put("Json list", List.of("school"));
            wrong.put("Json object", Map.of("k", "v"));
            wrong.put("Bytes", new FormValues.NotAFormValue("bytes"));
            wrong.put("Object", new FormValues.NotAFormValue("Java object"));
            Map<String, List<String>> own = Map.of("name", List.of("String"), "count", List.of("Integer", "Double"), "consent", List.of("Boolean"),
                    "decision", List.of("String"), "partners", List.of("Json list"), "on", List.of(), "rating", List.of("Integer"));
            own.forEach((field, ownKinds) -> wrong.forEach((kind, value) -> {
                if (!ownKinds.contains(kind)) {
                    assertThat(errorsWith(field, value)).as("%s at %s", kind, field).containsKey(field);
                }
            }));
        }

        @Test
        void checkboxesTakeOnlyBooleans() {
            assertThat(errorsWith("consent", "true")).containsEntry("consent", "must be true or false");
        }

        @Test
        void choicesMustBeAmongTheOptions() {
            assertThat(errorsWith("priority", "high")).isEmpty();
            assertThat(errorsWith("priority", "urgent")).containsEntry("priority", "must be one of: normal, high");
            assertThat(errorsWith("decision", 1)).containsEntry("decision", "must be one of: yes, no");
        }

        @Test
        void checklistsTakeAListOfTheirOptions() {
            assertThat(errorsWith("partners", List.of("school", "college"))).isEmpty();
            assertThat(errorsWith("partners", "school")).containsEntry("partners", "must be a list of choices");
            assertThat(errorsWith("partners", List.of("school", "army"))).containsEntry("partners", "must contain only: school, college");
            assertThat(errorsWith("partners", List.of(1))).containsEntry("partners", "must contain only: school, college");
        }
    }

    @Nested
    class Dates {
        @Test
        void realDatesTimesAndDateTimesPass() {
            Map<String, Object> v = valid();
            v.put("on", "2028-02-29");
            v.put("at", "23:59");
            v.put("when", "2026-12-03T09:15");
            assertThat(errors(v)).isEmpty();
            assertThat(errorsWith("when", "2026-12-03T09:15:00Z")).isEmpty();
        }

        @Test
        void impossibleDatesAreRefused() {
            assertThat(errorsWith("on", "2026-02-30")).containsEntry("on", "must be a real date (YYYY-MM-DD)");
            assertThat(errorsWith("on", "30/02/2026")).containsEntry("on", "must be a real date (YYYY-MM-DD)");
            assertThat(errorsWith("at", "25:00")).containsEntry("at", "must be a time (HH:MM)");
            assertThat(errorsWith("when", "tomorrow")).containsEntry("when", "must be a date and time (YYYY-MM-DDTHH:MM)");
            assertThat(errorsWith("on", 20260230)).containsEntry("on", "must be a real date (YYYY-MM-DD)");
        }

        @Test
        void aDateValueIsRefusedAsFormJsWritesDatesAsText() {
            // Camunda's "Date" type skipped the four-digit-year rule and reached delegates that read text: a 500.
            assertThat(errorsWith("on", new java.util.Date())).containsEntry("on", "must be a real date (YYYY-MM-DD)");
            assertThat(errorsWith("at", new java.util.Date())).containsEntry("at", "must be a time (HH:MM)");
            assertThat(errorsWith("when", new java.util.Date())).containsEntry("when", "must be a date and time (YYYY-MM-DDTHH:MM)");
        }
    }

    @Nested
    class Conditions {
        @Test
        void aHiddenFieldIsNotValidatedAndAShownOneIs() {
            assertThat(errorsWith("decision", "yes")).doesNotContainKey("reason");
            assertThat(errorsWith("decision", "no")).containsEntry("reason", "is required");
        }

        @Test
        void aValueSentForAHiddenFieldIsRefusedNotStoredUnchecked() {
            Map<String, Object> v = valid();
            v.put("decision", "yes");
            v.put("reason", "Because");
            assertThat(errors(v)).containsEntry("reason", "is not asked for with these answers: leave it out");
            v.put("reason", "x".repeat(50_000));
            assertThat(errors(v)).containsEntry("reason", "must be at most 20000 characters");
            v.put("reason", "\u0000 ");
            assertThat(errors(v)).containsEntry("reason", "contains characters that are not allowed");
        }

        @Test
        void aHiddenCheckboxTakesOnlyTrueOrFalse() {
            Map<String, Object> v = valid();
            v.put("optional", true); // hides the group
            v.remove("extra");
            assertThat(errors(v)).isEmpty();
        }

        @Test
        void aHiddenGroupHidesItsFields() {
            Map<String, Object> v = valid();
            v.remove("extra");
            assertThat(errors(v)).containsEntry("extra", "is required");
            v.put("optional", true);
            assertThat(errors(v)).doesNotContainKey("extra");
        }

        @Test
        void aBrokenConditionLeavesTheFieldVisibleAndValidated() {
            Map<String, Object> v = valid();
            v.remove("broken");
            assertThat(errors(v)).containsEntry("broken", "is required");
        }
    }

    @Test
    void fieldsTheFormDoesNotDefineAreRefused() {
        assertThat(errorsWith("isAdmin", true)).containsEntry("isAdmin", "is not a field of this form");
        // Static text has no value to submit.
        assertThat(FORM.inputFieldsByKey()).doesNotContainKey(null);
    }

    /** Options named by valuesKey come from the task's variables, as in form-js; never from the submission. */
    @Nested
    class DynamicOptions {

        private final CamundaForm form = CamundaFormReader.read("""
                {"id":"dyn","type":"default","components":[
                  {"id":"d1","type":"checklist","key":"organisations","label":"Organisations","valuesKey":"organisationOptions",
                   "validate":{"required":true}}
                ]}""");
        private final Map<String, Object> options = Map.of("organisationOptions",
                List.of(Map.of("label", "Eastfield Primary", "value", "7"), Map.of("label", "City College", "value", "9")));

        @Test
        void choicesAreCheckedAgainstTheOptionsTheTaskWasGiven() {
            assertThat(FormValidator.validate(form, Map.of("organisations", List.of("7", "9")), options).asMap()).isEmpty();
            assertThat(FormValidator.validate(form, Map.of("organisations", List.of("7", "13")), options).asMap())
                    .containsEntry("organisations", "must contain only: 7, 9");
            assertThat(form.withOptionsFrom(options).field("organisations").orElseThrow().values())
                    .extracting(FormComponent.Option::label).containsExactly("Eastfield Primary", "City College");
        }

        @Test
        void optionsCannotBeWidenedBySubmittingThem() {
            Map<String, Object> submitted = new HashMap<>(options);
            submitted.put("organisations", List.of("13"));

            assertThat(FormValidator.validate(form, submitted, Map.of()).asMap())
                    .containsEntry("organisationOptions", "is not a field of this form");
        }

        @Test
        void withoutTheOptionsTheRequiredRuleStillHolds() {
            assertThat(FormValidator.validate(form, Map.of(), Map.of()).asMap()).containsEntry("organisations", "is required");
            assertThat(form.field("organisations").orElseThrow().optionsUnknown()).isTrue();
        }
    }
}
