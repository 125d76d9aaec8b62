package org.partnerflow.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class AnswersTest {

    enum Decision { CONTINUE, STEP_DOWN }

    enum Colour { RED, GREEN }

    record Review(LocalDate nextReviewDate, Decision reviewDecision, Integer rating, BigDecimal value, Boolean agreed,
                  Set<Colour> colours, List<String> agencies, String note) {
    }

    @Test
    void formJsValuesBecomeTheRecordsTypes() {
        Map<String, Object> values = Map.of("nextReviewDate", "2027-03-04", "reviewDecision", "step-down", "rating", 4.0,
                "value", 2.5, "agreed", true, "colours", SpinValues.jsonValue("[\"red\",\"green\"]").create(),
                "agencies", List.of("health"), "note", "seen");
        Review review = Answers.read(Review.class, FormValues.plain(Variables.fromMap(values)));
        assertThat(review).isEqualTo(new Review(LocalDate.of(2027, 3, 4), Decision.STEP_DOWN, 4, new BigDecimal("2.5"), true,
                Set.of(Colour.RED, Colour.GREEN), List.of("health"), "seen"));
    }

    @Test
    void absentValuesAreNullOrEmptyAndAnEmptiedOptionalDateIsNull() {
        Review review = Answers.read(Review.class, Map.of("nextReviewDate", ""));
        assertThat(review).isEqualTo(new Review(null, null, null, null, null, Set.of(), List.of(), null));
    }

    @Test
    void aValueOfTheWrongKindNamesTheComponent() {
        assertThatThrownBy(() -> Answers.read(Review.class, Map.of("rating", 2.5)))
                .hasMessageStartingWith("Review.rating");
        assertThatThrownBy(() -> Answers.read(Review.class, Map.of("reviewDecision", "escalate")))
                .hasMessageContaining("'escalate' is not one of");
    }

    @Test
    void writingPutsBackWhatReadingTakes() {
        Review review = new Review(LocalDate.of(2027, 3, 4), Decision.STEP_DOWN, 4, new BigDecimal("2.5"), false,
                Set.of(Colour.GREEN), List.of("health"), null);
        Map<String, Object> written = new HashMap<>();
        org.camunda.bpm.engine.delegate.VariableScope scope = org.mockito.Mockito.mock(org.camunda.bpm.engine.delegate.VariableScope.class);
        org.mockito.Mockito.doAnswer(call -> written.put(call.getArgument(0), call.getArgument(1)))
                .when(scope).setVariable(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.any());
        Answers.write(scope, review);
        assertThat(written).containsEntry("reviewDecision", "step-down").containsEntry("nextReviewDate", "2027-03-04")
                .containsEntry("colours", List.of("green"));
        assertThat(Answers.read(Review.class, FormValues.plain(written))).isEqualTo(review);
    }
}
