package org.partnerflow.agency;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.CasePage;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invitation in the browser: the Lead Professional chooses among the child's council's agencies;
 * the invited agency's practitioner sees only what they need to decide, chooses who joins from the
 * agency's people, and then opens the case; before that the case page is refused.
 */
class InvitationTaskPageTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    People identity;
    @Autowired
    WellbeingConcerns concerns;

    private static void open(Task task) {
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", task.getId()));
    }

    private Task at(ProcessInstance referral, String activity) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadProfessionalInvitesAHealthVisitingTeamWhosePractitionerSeesLittleUntilJoining() {
        String family = "Invite" + System.nanoTime();
        String np = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family, "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", np, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", np, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", np, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance and health", "consentAgencies", List.of("health"), "consentDate", "2026-11-20"));
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();

        // The Lead Professional's choice: the child's council's agencies, by name and kind.
        String lead = people.ensure(Role.LEAD_PROFESSIONAL);
        Task appoint = at(referral, "Activity_AppointLeadProfessional");
        taskService.claim(appoint.getId(), lead);
        openUiAs(lead);
        open(appoint);
        MultiSelectComboBox<String> agencies = _get(MultiSelectComboBox.class, s -> s.withId("field-invitedAgencies"));
        assertThat(agencies.getListDataView().getItems().toList()).contains(TestReferrals.HEALTH_VISITING, TestReferrals.POLICE)
                .doesNotContain("police-scotland-k-division");
        assertThat(agencies.getItemLabelGenerator().apply(TestReferrals.HEALTH_VISITING))
                .isEqualTo("NHS Greater Glasgow and Clyde health visiting (North East) (Health)");
        _setValue(agencies, Set.of(TestReferrals.HEALTH_VISITING));
        _click(_get(Button.class, s -> s.withId("complete-task")));
        assertThat(at(referral, "Activity_AppointLeadProfessional")).isNull();

        // The health visitor: the invitation shows the child's first name, never the family name or the concern.
        String healthVisitor = referrals.agencyPractitioner(TestReferrals.HEALTH_VISITING);
        Task invitation = at(referral, "Activity_AgencyResponse");
        openUiAs(healthVisitor);
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(caseId)));
        assertThat(((com.vaadin.flow.component.Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .getElement().getTextRecursively()).as("invited is not on the case").contains("No access")
                .doesNotContain(family);
        taskService.claim(invitation.getId(), healthVisitor);
        open(invitation);
        Div summary = _get(Div.class, s -> s.withId("subject-summary"));
        assertThat(summary.getElement().getTextRecursively()).contains("Child: Ailsa, ", "(case " + caseId + ")", "Note to the agencies")
                .doesNotContain(family, "Eastfield", "Arrived hungry");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("field-agencyDecision")), "accept");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("field-joining")), "agency-practitioner");
        ComboBox<String> joining = _get(ComboBox.class, s -> s.withId("field-practitionerJoining"));
        assertThat(joining.getItemLabelGenerator().apply(healthVisitor)).as("by full name").isEqualTo(identity.displayName(healthVisitor));
        _setValue(joining, healthVisitor);
        _click(_get(Button.class, s -> s.withId("complete-task")));
        assertThat(at(referral, "Activity_AgencyResponse")).isNull();

        // Joined: the case opens for them, naming the agency and who joined.
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(caseId)));
        assertThat(_get(Div.class, s -> s.withId("case-team")).getElement().getTextRecursively())
                .contains("NHS Greater Glasgow and Clyde health visiting (North East) (Health): " + identity.displayName(healthVisitor));
    }
}
