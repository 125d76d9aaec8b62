package org.partnerflow.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CamundaFormReaderTest {

    @Test
    void readsTheDeployedFormsOnTheClasspath() {
        CamundaForm enquiry = CamundaFormReader.read(getClass().getResourceAsStream("/forms/fixture/partnership-enquiry.form"));

        assertThat(enquiry.id()).isEqualTo("partnership-enquiry");
        assertThat(enquiry.inputFieldsByKey()).containsKeys("name", "purpose", "partnerTypes", "meetingsPerYear",
                "contactEmail", "contactPhone");
        FormComponent meetings = enquiry.field("meetingsPerYear").orElseThrow();
        assertThat(meetings.type()).isEqualTo(FormComponentType.NUMBER);
        assertThat(meetings.validation().min()).isEqualTo(1.0);
        assertThat(meetings.validation().max()).isEqualTo(3.0);
        assertThat(meetings.defaultValue()).isEqualTo(3);

        CamundaForm review = CamundaFormReader.read(getClass().getResourceAsStream("/forms/fixture/review-partnership-enquiry.form"));
        assertThat(review.field("decisionReason").orElseThrow().hideWhen()).isEqualTo("decision != \"decline\"");
    }

    @Test
    void refusesWhatIsNotAForm() {
        assertThatThrownBy(() -> CamundaFormReader.read("{\"id\":\"x\"}")).hasMessageContaining("no components");
        assertThatThrownBy(() -> CamundaFormReader.read("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
