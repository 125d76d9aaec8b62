package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
 * The plan editor on the case page: the Named Person of a single-agency plan (no Lead Professional)
 * changes an action's owner and status, rewords and meets an outcome, and sees what changed; a due
 * date before the plan's date is told beside the field; a change from a plan someone else changed
 * meanwhile is told in words; the raiser sees no editor; overdue actions show on the case page and in
 * their owner's caseload. The needs and what will help (services) are reworded in the editor, told as
 * changes in the draft and, once the review agrees the next version, between the versions; a blank
 * needs is told beside its field, and a save from a plan changed meanwhile is told, not written over it.
 */
class ChildsPlanEditorTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ChildsPlanEditing editing;
    @Autowired
    People names;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    String namedPerson;
    String practitioner;
    ProcessInstance referral;

    /** A single-agency plan whose one action is owned, by name, by the Named Person. */
    private WellbeingConcern planned(String actionDue) {
        practitioner = people.ensure(Role.PRACTITIONER);
        namedPerson = people.ensure(Role.NAMED_PERSON);
        referral = referrals.raise(practitioner, "Edited" + System.nanoTime() % 1_000_000, null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 3L, false));
        referrals.work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", namedPerson, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "School and health information", "consentAgencies", List.of("health"), "consentDate", "2026-11-20"));
        referrals.work(referral, "Activity_SingleAgencyPlan", namedPerson, Map.of("needsSummary", "Breakfast and sleep",
                "outcomeHealthy", "Eats breakfast every school day",
                "planActions", "Breakfast club; " + names.displayName(namedPerson) + "; Education; " + actionDue,
                "reviewDate", "2027-02-01"));
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private void openCase(WellbeingConcern concern) {
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
    }

    private String text(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private void clickInActionRow(int row, int button) {
        Grid<PlanAction> grid = _get(Grid.class, s -> s.withId("plan-editor-actions"));
        HorizontalLayout buttons = (HorizontalLayout) _getCellComponent(grid, row, "edit");
        ((Button) buttons.getComponentAt(button)).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNamedPersonChangesAnActionAndAnOutcomeAndSeesWhatChanged() {
        WellbeingConcern concern = planned("31/01/2027");
        openUiAs(namedPerson);
        openCase(concern);
        assertThat(text("plan-draft-changes")).contains("No changes yet since version 1.");

        clickInActionRow(0, 0);
        _setValue(_get(Select.class, s -> s.withId("plan-action-status")), PlanAction.Status.IN_PROGRESS);
        _setValue(_get(TextField.class, s -> s.withId("plan-action-agency")), "Eastfield Primary");
        _click(_get(Button.class, s -> s.withId("plan-action-save")));

        _setValue(_get(TextField.class, s -> s.withId("plan-outcome-HEALTHY")), "Eats breakfast and is ready to learn");
        _click(_get(Button.class, s -> s.withId("plan-outcome-save-HEALTHY")));
        _click(_get(Button.class, s -> s.withId("plan-outcome-met-HEALTHY")));

        clickInActionRow(0, 1);
        _setValue(_get(TextArea.class, s -> s.withId("plan-note-text")), "Came every day this week");
        _click(_get(Button.class, s -> s.withId("plan-note-save")));

        assertThat(text("plan-draft-changes")).contains(
                "Outcome reworded (Healthy): was \"Eats breakfast every school day\", now \"Eats breakfast and is ready to learn\"",
                "Outcome met (Healthy) on " + Words.date(LocalDate.now(Words.ZONE)),
                "Action \"Breakfast club\": Not started → In progress",
                "Action \"Breakfast club\": agency Education → Eastfield Primary");
        Grid<PlanAction> actions = _get(Grid.class, s -> s.withId("plan-editor-actions"));
        assertThat(_fetch(actions, 0, 10)).singleElement().satisfies(a -> assertThat(a.getStatus()).isEqualTo(PlanAction.Status.IN_PROGRESS));
        assertThat(_get(ChildsPlanEditor.class).getElement().getTextRecursively())
                .contains("Met on " + Words.date(LocalDate.now(Words.ZONE)));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(actions, 0).get(5))
                .isEqualTo(Words.date(LocalDate.now(Words.ZONE)) + ", " + names.displayName(namedPerson) + ": Came every day this week");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDueDateBeforeThePlansDateIsToldBesideTheFieldAndNothingIsAdded() {
        WellbeingConcern concern = planned("31/01/2027");
        openUiAs(namedPerson);
        openCase(concern);
        _click(_get(Button.class, s -> s.withId("plan-action-add")));
        _setValue(_get(TextArea.class, s -> s.withId("plan-action-what")), "Home visit");
        ComboBox<PlanOwner> owner = _get(ComboBox.class, s -> s.withId("plan-action-owner"));
        _setValue(owner, owner.getListDataView().getItems().findFirst().orElseThrow());
        DatePicker due = _get(DatePicker.class, s -> s.withId("plan-action-due"));
        due.setMin(null);
        LocalDate yesterday = LocalDate.now(Words.ZONE).minusDays(1);
        _setValue(due, yesterday);
        _click(_get(Button.class, s -> s.withId("plan-action-save")));

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("The due date " + Words.date(yesterday) + " is before the plan's date, "
                + Words.date(LocalDate.now(Words.ZONE)) + ": give a date on or after it.");
        _get(Paragraph.class, s -> s.withId("plan-action-problem"));
        assertThat(editing.plan(concern.getId()).orElseThrow().draft().getActions()).hasSize(1);
    }

    @Test
    void aChangeFromAPlanSomeoneElseChangedMeanwhileIsToldInWords() {
        WellbeingConcern concern = planned("31/01/2027");
        openUiAs(namedPerson);
        openCase(concern);
        long read = editing.plan(concern.getId()).orElseThrow().draft().getVersion();
        editing.setOutcome(concern.getId(), read, WellbeingIndicator.SAFE, "Feels safe at home"); // another tab, say

        _setValue(_get(TextField.class, s -> s.withId("plan-outcome-ACTIVE")), "Swims every week");
        _click(_get(Button.class, s -> s.withId("plan-outcome-save-ACTIVE")));

        assertThat(_get(Paragraph.class, s -> s.withId("plan-editor-problem")).getElement().getTextRecursively())
                .startsWith("Someone else changed this Child's Plan while you were working on it");
        _click(_get(Button.class, s -> s.withId("plan-editor-reload")));
        assertThat(_get(TextField.class, s -> s.withId("plan-outcome-SAFE")).getValue()).isEqualTo("Feels safe at home");
        assertThat(_get(TextField.class, s -> s.withId("plan-outcome-ACTIVE")).getValue()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void overdueActionsShowOnTheCasePageAndInTheOwnersCaseloadButNoEditorForTheRaiser() {
        WellbeingConcern concern = planned("01/11/2026");
        openUiAs(practitioner);
        openCase(concern);
        _assertNone(ChildsPlanEditor.class);
        assertThat(text("plan-overdue")).contains("Breakfast club — " + names.displayName(namedPerson) + ", due 1 Nov 2026 (Not started)");

        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        openUiAs(namedPerson);
        UI.getCurrent().navigate(CaseloadView.class);
        Grid<ChildsPlanEditing.OverdueAction> mine = _get(Grid.class, s -> s.withId("my-overdue-plan-actions"));
        assertThat(_fetch(mine, 0, 200)).filteredOn(o -> o.concernId() == concern.getId())
                .singleElement().satisfies(o -> assertThat(o.action().getWhat()).isEqualTo("Breakfast club"));
    }

    @Test
    void theNeedsAndWhatWillHelpAreSavedFromTheEditorAndToldAsChangesThenBetweenTheAgreedVersions() {
        WellbeingConcern concern = planned("31/01/2027");
        openUiAs(namedPerson);
        openCase(concern);
        assertThat(_get(TextArea.class, s -> s.withId("plan-needs")).getValue()).isEqualTo("Breakfast and sleep");
        assertThat(_get(TextArea.class, s -> s.withId("plan-services")).getValue()).isEmpty();

        _setValue(_get(TextArea.class, s -> s.withId("plan-needs")), "Breakfast, sleep and getting to school on time");
        _setValue(_get(TextArea.class, s -> s.withId("plan-services")), "Breakfast club daily; the school nurse's sleep clinic");
        _click(_get(Button.class, s -> s.withId("plan-needs-save")));

        ChildsPlanEditing.Plan saved = editing.plan(concern.getId()).orElseThrow();
        assertThat(saved.draft().getNeedsSummary()).isEqualTo("Breakfast, sleep and getting to school on time");
        assertThat(saved.draft().getServices()).isEqualTo("Breakfast club daily; the school nurse's sleep clinic");
        assertThat(saved.changesInDraft()).extracting(ChildsPlanChanges.Change::kind)
                .containsExactly(ChildsPlanChanges.Kind.NEEDS_REWORDED, ChildsPlanChanges.Kind.SERVICES_REWORDED);
        assertThat(saved.versions()).as("nothing agreed before the review").hasSize(1);
        // The editor is shown again from what was saved.
        assertThat(_get(TextArea.class, s -> s.withId("plan-needs")).getValue()).isEqualTo("Breakfast, sleep and getting to school on time");
        assertThat(_get(TextArea.class, s -> s.withId("plan-services")).getValue()).isEqualTo("Breakfast club daily; the school nurse's sleep clinic");
        String needsReworded = "Needs reworded: was \"Breakfast and sleep\", now \"Breakfast, sleep and getting to school on time\"";
        String servicesAdded = "What will help (services) added: Breakfast club daily; the school nurse's sleep clinic";
        assertThat(text("plan-draft-changes")).contains(needsReworded, servicesAdded).doesNotContain("No changes yet");

        // The review agrees version 2 from the draft: the case page says what changed from version 1, in the same words.
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_ReviewDue").singleResult().getId());
        referrals.reviewAtAMeeting(referral, namedPerson, TestReferrals.review("continue", LocalDate.now(Words.ZONE).plusDays(120).toString()));
        openUiAs(namedPerson);
        openCase(concern);
        assertThat(text("plan-version-changes")).contains("What changed from version 1", needsReworded, servicesAdded);
        assertThat(_get(ChildsPlanPanel.class).getElement().getTextRecursively()).contains(
                "Needs: Breakfast, sleep and getting to school on time", "Services: Breakfast club daily; the school nurse's sleep clinic");
        assertThat(text("plan-draft-changes")).contains("No changes yet since version 2.");
    }

    @Test
    void blankNeedsAreToldBesideTheFieldAndASaveFromAPlanChangedMeanwhileIsToldNotWrittenOverIt() {
        WellbeingConcern concern = planned("31/01/2027");
        openUiAs(namedPerson);
        openCase(concern);
        long read = editing.plan(concern.getId()).orElseThrow().draft().getVersion();

        TextArea needs = _get(TextArea.class, s -> s.withId("plan-needs"));
        _setValue(needs, "   ");
        _setValue(_get(TextArea.class, s -> s.withId("plan-services")), "Breakfast club daily");
        _click(_get(Button.class, s -> s.withId("plan-needs-save")));
        assertThat(needs.isInvalid()).isTrue();
        assertThat(needs.getErrorMessage()).isEqualTo("Say what the child's wellbeing needs are, with the child's and parents' views.");
        ChildsPlanDraft unchanged = editing.plan(concern.getId()).orElseThrow().draft();
        assertThat(unchanged.getVersion()).as("nothing written").isEqualTo(read);
        assertThat(unchanged.getServices()).isNull();

        // A second editor (another tab, say) rewords the needs from the same version first.
        editing.describe(concern.getId(), read, "Breakfast and sleep; mum works nights", "Breakfast club daily");
        _setValue(needs, "Breakfast only");
        _click(_get(Button.class, s -> s.withId("plan-needs-save")));

        assertThat(_get(Paragraph.class, s -> s.withId("plan-editor-problem")).getElement().getTextRecursively())
                .startsWith("Someone else changed this Child's Plan while you were working on it (version " + (read + 1)
                        + ", you had " + read + "). Reload to see their changes, then try again.");
        assertThat(editing.plan(concern.getId()).orElseThrow().draft().getNeedsSummary()).as("the first save stands")
                .isEqualTo("Breakfast and sleep; mum works nights");
        _click(_get(Button.class, s -> s.withId("plan-editor-reload")));
        assertThat(_get(TextArea.class, s -> s.withId("plan-needs")).getValue()).isEqualTo("Breakfast and sleep; mum works nights");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, s -> s.withId("plan-editor-problem")))
                .allMatch(shown -> !shown.isVisible());
    }
}
