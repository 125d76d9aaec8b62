package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerflow.workflow.form.CamundaForm;
import org.partnerflow.workflow.form.CamundaFormReader;
import org.partnerflow.workflow.form.FormComponent;

/** The agency names shown on case pages and messages are the ones the referral forms offer, code for code. */
class PartnerAgencyTest {

    @ParameterizedTest
    @CsvSource({"record-consent, consentAgencies", "record-consent, agenciesWithoutConsent"})
    void everyAgencyAFormOffersHasItsNameHere(String formId, String field) throws Exception {
        CamundaForm form;
        try (InputStream json = getClass().getResourceAsStream("/forms/referral/" + formId + ".form")) {
            form = CamundaFormReader.read(json);
        }
        FormComponent checklist = form.inputFields().stream().filter(c -> field.equals(c.key())).findFirst().orElseThrow();

        assertThat(checklist.values()).isNotEmpty().allSatisfy(option ->
                assertThat(PartnerAgency.nameOf(option.value())).as(option.value()).isEqualTo(option.label()));
    }

    /** Consent names kinds; an agency's kind is one of them, in the same words: coverage is checked by the code. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(org.partnerflow.agency.AgencyKind.class)
    void everyKindOfAgencyIsOneTheConsentCanName(org.partnerflow.agency.AgencyKind kind) {
        assertThat(PartnerAgency.valueOf(kind.name()).code()).isEqualTo(kind.code());
        assertThat(org.partnerflow.words.Words.of(kind)).isEqualTo(PartnerAgency.nameOf(kind.code()));
    }

    @Test
    void anUnknownCodeIsShownAsItIs() {
        assertThat(PartnerAgency.nameOf("youth-justice")).isEqualTo("youth-justice");
        assertThat(PartnerAgency.namesOf(List.of("health", "cld"))).isEqualTo("Health, Community learning and development");
    }
}
