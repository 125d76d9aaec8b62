package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Your actions in this plan" on the case page of a multi-agency plan: the health visitor who joined
 * sees only the actions they own, notes progress on one through the progress-note dialog (a blank note
 * told beside the field, a note from a plan changed meanwhile told in words); a team member who owns
 * no action (the Named Person; the health visitor before an action is theirs) has no such section;
 * an overdue action is told near the top of the case page, to the owner of another action too.
 */
class PlanActionsOwnedTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ChildsPlanEditing editing;
    @Autowired
    People names;

    String namedPerson;
    String leadProfessional;
    String healthVisitor;

    /**
     * A multi-agency case at its first plan: health visiting joined with its practitioner; the Lead
     * Professional owns the breakfast club, overdue since 1 November 2026.
     */
    private WellbeingConcern planWithTheHealthVisitorOnTheTeam() {
        namedPerson = people.ensure(Role.NAMED_PERSON);
        leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);
        healthVisitor = referrals.agencyPractitioner(TestReferrals.HEALTH_VISITING);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Owned" + System.nanoTime() % 1_000_000, null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Nurtured", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", namedPerson, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance, health and family support", "consentAgencies", List.of("health"), "consentDate", "2026-11-20"));
        referrals.work(referral, "Activity_AppointLeadProfessional", leadProfessional,
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));
        referrals.answerInvitation(referral, TestReferrals.HEALTH_VISITING, healthVisitor, TestReferrals.joins(healthVisitor));
        referrals.agreeAtTheTeamMeeting(referral, leadProfessional, Map.of("needsSummary", "Food and sleep",
                "outcomeHealthy", "Eats breakfast every school day",
                "planActions", "Breakfast club; " + names.displayName(leadProfessional) + "; Education; 01/11/2026",
                "reviewDate", LocalDate.now(Words.ZONE).plusDays(30).toString()));
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    /** The Lead Professional gives the health visitor an action, as the plan editor would; returns its reference. */
    private String giveTheHealthVisitorAnAction(WellbeingConcern concern) {
        people.signInAs(leadProfessional);
        try {
            ChildsPlanEditing.Plan plan = editing.plan(concern.getId()).orElseThrow();
            String owner = plan.team().stream().filter(o -> o.fullName().equals(names.displayName(healthVisitor))).findFirst()
                    .orElseThrow().id();
            return editing.addAction(concern.getId(), plan.draft().getVersion(), new ChildsPlanEditing.ActionEdit("Sleep clinic referral",
                    owner, null, plan.planDate().plusDays(20), PlanAction.Status.IN_PROGRESS));
        } finally {
            people.signOut();
        }
    }

    private void openCaseAs(String userId, WellbeingConcern concern) {
        if (UI.getCurrent() != null) {
            MockVaadin.tearDown();
        }
        openUiAs(userId);
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlanAction> myActions() {
        return _get(Grid.class, s -> s.withId("plan-my-actions-grid"));
    }

    private static List<PlanAction> rows(Grid<PlanAction> grid) {
        return _fetch(grid, 0, 100);
    }

    @Test
    void theHealthVisitorSeesOnlyTheirOwnActionAndNotesProgressOnIt() {
        WellbeingConcern concern = planWithTheHealthVisitorOnTheTeam();
        String sleep = giveTheHealthVisitorAnAction(concern);
        openCaseAs(healthVisitor, concern);

        _get(PlanActionsOwned.class);
        _assertNone(ChildsPlanEditor.class);
        assertThat(rows(myActions())).extracting(PlanAction::getWhat).containsExactly("Sleep clinic referral");
        assertThat(_getFormattedRow(myActions(), 0).subList(0, 3))
                .containsExactly("Sleep clinic referral", Words.date(editing.plan(concern.getId()).orElseThrow().planDate().plusDays(20)), "In progress");

        // A blank note is told beside the field, and nothing is written.
        _click((Button) _getCellComponent(myActions(), 0, "note"));
        TextArea note = _get(TextArea.class, s -> s.withId("plan-note-text"));
        _click(_get(Button.class, s -> s.withId("plan-note-save")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write what progress was made.");
        assertThat(editing.plan(concern.getId()).orElseThrow().notes()).doesNotContainKey(sleep);

        _setValue(note, "Referral sent to the sleep clinic");
        _click(_get(Button.class, s -> s.withId("plan-note-save")));

        assertThat(editing.plan(concern.getId()).orElseThrow().notes().get(sleep)).singleElement().satisfies(n -> {
            assertThat(n.getNotedBy()).isEqualTo(healthVisitor);
            assertThat(n.getNote()).isEqualTo("Referral sent to the sleep clinic");
            assertThat(n.getNotedOn()).isEqualTo(LocalDate.now(Words.ZONE));
        });
        assertThat(_getFormattedRow(myActions(), 0).get(3)).isEqualTo(Words.date(LocalDate.now(Words.ZONE)) + ", "
                + names.displayName(healthVisitor) + ": Referral sent to the sleep clinic");

        // The Lead Professional changes the plan meanwhile: the next note, from the plan as the page showed it, is told in words.
        long shown = editing.plan(concern.getId()).orElseThrow().draft().getVersion();
        people.signInAs(leadProfessional);
        editing.setOutcome(concern.getId(), shown, WellbeingIndicator.SAFE, "Feels safe at home");
        people.signInAs(healthVisitor);
        _click((Button) _getCellComponent(myActions(), 0, "note"));
        _setValue(_get(TextArea.class, s -> s.withId("plan-note-text")), "Appointment on Friday");
        _click(_get(Button.class, s -> s.withId("plan-note-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("plan-my-actions-problem")).getElement().getTextRecursively())
                .startsWith("Someone else changed this Child's Plan while you were working on it");
        assertThat(editing.plan(concern.getId()).orElseThrow().notes().get(sleep)).hasSize(1);
    }

    @Test
    void aTeamMemberWhoOwnsNoActionHasNoSectionOfTheirOwn() {
        WellbeingConcern concern = planWithTheHealthVisitorOnTheTeam();

        openCaseAs(healthVisitor, concern);
        _get(ChildsPlanPanel.class);
        _assertNone(PlanActionsOwned.class);
        assertThat(_get(ChildsPlanPanel.class).getElement().getTextRecursively()).doesNotContain("Your actions in this plan");

        openCaseAs(namedPerson, concern);
        _assertNone(PlanActionsOwned.class);
        _assertNone(ChildsPlanEditor.class);

        // Once an action is theirs, the health visitor has the section.
        giveTheHealthVisitorAnAction(concern);
        openCaseAs(healthVisitor, concern);
        _get(PlanActionsOwned.class);
        assertThat(rows(myActions())).extracting(PlanAction::getWhat).containsExactly("Sleep clinic referral");
    }

    @Test
    void anOverdueActionIsToldNearTheTopOfTheCasePageInWordsToEveryoneOnTheCase() {
        WellbeingConcern concern = planWithTheHealthVisitorOnTheTeam();
        giveTheHealthVisitorAnAction(concern);

        for (String reader : List.of(healthVisitor, namedPerson)) {
            openCaseAs(reader, concern);
            Div overdue = _get(Div.class, s -> s.withId("plan-overdue"));
            assertThat(overdue.isVisible()).isTrue();
            assertThat(overdue.getElement().getAttribute("role")).isEqualTo("alert");
            assertThat(overdue.getElement().getTextRecursively()).contains("Overdue actions in the Child's Plan", "1 action overdue",
                    "Breakfast club — " + names.displayName(leadProfessional) + ", due 1 Nov 2026 (Not started)")
                    .doesNotContain("Sleep clinic referral");
            // Near the top: straight after the child's name, details and stage, before the team and long before the plan.
            List<Component> page = _get(CasePage.class).getChildren().toList();
            int stage = page.indexOf(_get(Span.class, s -> s.withId("case-stage")));
            assertThat(stage).isNotNegative();
            assertThat(page.indexOf(overdue)).isEqualTo(stage + 1).isLessThan(page.indexOf(_get(ChildsPlanPanel.class)));
        }

        // Once it is no longer needed, the alert goes.
        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan plan = editing.plan(concern.getId()).orElseThrow();
        PlanAction breakfast = plan.overdue().get(0);
        editing.changeAction(concern.getId(), plan.draft().getVersion(), breakfast.getRef(), new ChildsPlanEditing.ActionEdit(
                breakfast.getWhat(), breakfast.getOwnerId(), breakfast.getAgency(), breakfast.getDueDate(), PlanAction.Status.NO_LONGER_NEEDED));
        people.signOut();
        openCaseAs(healthVisitor, concern);
        assertThat(_find(Div.class, s -> s.withId("plan-overdue"))).allMatch(d -> !d.isVisible());
        assertThat(_get(CasePage.class).getElement().getTextRecursively()).doesNotContain("Overdue actions in the Child's Plan")
                .contains("Your actions in this plan");
    }
}
