package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.oversight.OversightView;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.OversightFigure;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Information sharing on the case page (issue 18): consent withdrawn through the page by the Named
 * Person, marked on the page, refused in words; the pathway decision shown; and the oversight page's
 * override rate per recommended pathway.
 */
class InformationSharingPanelTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Chronology chronology;

    private WellbeingConcern consented(String family, String pathwayAnswer) {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family + System.nanoTime(),
                "Eastfield Primary", null, "no");
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", namedPerson, pathwayAnswer.equals("accept") ? Map.of("pathwayChoice", "accept")
                : Map.of("pathwayChoice", "override", "overridePathway", pathwayAnswer, "overrideReason", "Health alone can help for now"));
        if (pathwayAnswer.equals("accept")) {
            referrals.work(referral, "Activity_RecordConsent", namedPerson, Map.of("consentGiven", "yes", "consentGivenBy",
                    "Mrs Moira Kerr (mother)", "consentScope", "Attendance and health", "consentAgencies", List.of("health", "police"),
                    "consentDate", "2026-11-20", "familyViews", "Ailsa is glad the nurse will know"));
        }
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private void openCase(WellbeingConcern concern) {
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNamedPersonRecordsConsentWithdrawnAndThePageMarksIt() {
        WellbeingConcern concern = consented("WithdrawPage", "accept");

        openUiAs(people.ensure(Role.PRACTITIONER));
        openCase(concern);
        _assertNone(Button.class, s -> s.withId("withdraw-consent"));
        assertThat(_get(Div.class, s -> s.withId("case-consent")).getElement().getTextRecursively())
                .contains("lawful basis: Consent", "their views: Ailsa is glad the nurse will know");

        openUiAs(people.ensure(Role.NAMED_PERSON));
        openCase(concern);
        assertThat(_get(Div.class, s -> s.withId("case-pathway-decisions")).getElement().getTextRecursively())
                .contains("Multi-agency · as the rules recommended");
        _click(_get(Button.class, s -> s.withId("withdraw-consent")));
        CheckboxGroup<String> agencies = _get(CheckboxGroup.class, s -> s.withId("withdraw-consent-agencies"));
        assertThat(agencies.getListDataView().getItems().toList()).containsExactly("health", "police");
        agencies.setValue(Set.of("police"));
        _click(_get(Button.class, s -> s.withId("withdraw-consent-save")));
        Paragraph problem = _get(Paragraph.class, s -> s.withId("withdraw-consent-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Say who withdrew consent");

        _setValue(_get(TextField.class, s -> s.withId("withdraw-consent-by")), "Mrs Moira Kerr (mother)");
        _click(_get(Button.class, s -> s.withId("withdraw-consent-save")));

        String consent = _get(Div.class, s -> s.withId("case-consent")).getElement().getTextRecursively();
        assertThat(consent).contains("Consent withdrawn for Police by Mrs Moira Kerr (mother) on ");
        assertThat(chronology.of(concern)).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(ChronologyEntry.Kind.CONSENT_WITHDRAWN);
            assertThat(e.getSummary()).startsWith("Consent withdrawn by Mrs Moira Kerr (mother)");
        });
        // Health is still covered, so the button stays, offering only Health.
        _click(_get(Button.class, s -> s.withId("withdraw-consent")));
        assertThat(_get(CheckboxGroup.class, s -> s.withId("withdraw-consent-agencies")).getListDataView().getItems().toList())
                .containsExactly("health");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOversightPageShowsTheOverrideRatePerRecommendedPathway() {
        consented("OverrideShown", "TARGETED_SINGLE_AGENCY");
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(OversightView.class);
        Grid<OversightFigure.Row> rates = _get(Grid.class, s -> s.withId("pathway-overrides"));
        assertThat(_fetch(rates, 0, 100)).anySatisfy(row -> {
            assertThat(row.cells().get(0)).isEqualTo("Multi-agency");
            assertThat(Long.parseLong(row.cells().get(2))).isPositive();
            assertThat(row.cells().get(3)).isEqualTo(ReferralOversight.rate(Long.parseLong(row.cells().get(2)),
                    Long.parseLong(row.cells().get(1))));
        });
    }
}
