package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page's changes of hands: buttons only for those the policy allows, refusals in words, a request sent. */
class ChangesOfHandsPanelTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    TaskService tasks;

    private WellbeingConcern assessed(String family) {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family + System.nanoTime(),
                "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", people.ensure(Role.NAMED_PERSON), TestReferrals.assessment("Healthy", 3L, false));
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private void openCase(WellbeingConcern concern) {
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
    }

    @Test
    void theRaiserSeesNoButtonsTheNamedPersonSeesThoseTheyMayUse() {
        WellbeingConcern concern = assessed("Buttons");
        openUiAs(people.ensure(Role.PRACTITIONER));
        openCase(concern);
        _assertNone(Button.class, s -> s.withId("change-named-person"));
        _assertNone(Button.class, s -> s.withId("transfer-council"));

        openUiAs(people.ensure(Role.NAMED_PERSON));
        openCase(concern);
        _get(Button.class, s -> s.withId("change-named-person"));
        _get(Button.class, s -> s.withId("transfer-council"));
        _assertNone(Button.class, s -> s.withId("change-lead-professional")); // no Lead Professional yet
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTransferIsRefusedInWordsThenSent() {
        people.ensureIn("test-np-cartside-page", List.of("renfrewshire", "named-persons.cartside-primary"), Role.NAMED_PERSON);
        WellbeingConcern concern = assessed("Page");
        openUiAs(people.ensure(Role.NAMED_PERSON));
        openCase(concern);

        _click(_get(Button.class, s -> s.withId("transfer-council")));
        ComboBox<Map<String, String>> establishment = _get(ComboBox.class, s -> s.withId("change-of-hands-establishment"));
        establishment.setValue(establishment.getListDataView().getItems().filter(o -> o.get("value").equals("cartside-primary"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("change-of-hands-send")));
        Paragraph problem = _get(Paragraph.class, s -> s.withId("change-of-hands-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Give the reason for the change");

        _setValue(_get(TextArea.class, s -> s.withId("change-of-hands-reason")), "The family moved to Paisley in November");
        _click(_get(Button.class, s -> s.withId("change-of-hands-send")));

        assertThat(tasks.createTaskQuery().processInstanceId(concern.getProcessInstanceId()).taskDefinitionKey("Activity_AcceptTransfer")
                .count()).isEqualTo(1);
        assertThat(_get(CasePage.class).getElement().getTextRecursively()).contains("Accept or decline the transfer");
    }
}
