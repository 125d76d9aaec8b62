package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The child page: the record's sections for someone who works on one of the child's cases, the
 * correction and parent-or-carer dialogs with their history, a change made meanwhile told in words,
 * and the plain "no access" page for a raiser and for a child that does not exist, all logged; a case
 * stepped down shows its last plan as the plan before step-down, a case with its plan in force does not.
 */
class ChildPageTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Children children;
    @Autowired
    AccessLog accessLog;
    @Autowired
    ChildRecord records;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    org.partnerflow.identity.People names;

    private String raiser() {
        return people.ensure("test-child-page-raiser", Role.PRACTITIONER);
    }

    private WellbeingConcern raise(String family) {
        ProcessInstance referral = referrals.raise(raiser(), family, null, "no");
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private void openChild(long childId) {
        UI.getCurrent().navigate(ChildPage.class, new RouteParameters("childId", String.valueOf(childId)));
    }

    private String pageText() {
        return _get(ChildPage.class).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    /** A button in the first row of the parents and carers (grid cells are not in the component tree until rendered). */
    private static Button rowButton(String id) {
        return (Button) _getCellComponent(grid("child-parents-grid"), 0, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void whoeverWorksOnACaseSeesEverySectionOfTheRecordAndTheOpeningIsLogged() {
        String family = "Page" + System.nanoTime();
        WellbeingConcern concern = raise(family);
        long child = concern.getChild().getId();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        openUiAs(namedPerson);

        openChild(child);

        assertThat(_get(H2.class, s -> s.withId("child-name")).getText()).isEqualTo("Ailsa " + family);
        assertThat(_get(Paragraph.class, s -> s.withId("child-details")).getText()).isEqualTo("Born 12 Apr 2016 · no Scottish Candidate Number recorded");
        assertThat(_get(Paragraph.class, s -> s.withId("child-establishment")).getText()).contains("Eastfield Primary");
        assertThat(pageText()).contains("Parents and carers", "Concerns about the child", "No plan in force", "Chronology",
                "None: the details are as first recorded.");
        assertThat(_size(grid("child-concerns-grid"))).isEqualTo(1);
        assertThat(_getFormattedRow(grid("child-concerns-grid"), 0)).element(1).isEqualTo("Assessment");
        assertThat(_getCellComponent(grid("child-concerns-grid"), 0, "case")).isInstanceOfSatisfying(RouterLink.class,
                link -> assertThat(link.getHref()).isEqualTo("cases/" + concern.getId()));
        assertThat(_size(grid("child-chronology"))).isEqualTo(1);
        assertThat(_getFormattedRow(grid("child-chronology"), 0)).satisfies(row -> {
            assertThat(row.get(1)).isEqualTo("Case " + concern.getId());
            assertThat(row.get(2)).isEqualTo("Concern raised");
            assertThat(row.get(4)).isEqualTo("Test Child Page Raiser");
        });
        assertThat(pageText()).doesNotContain(raiser()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(accessLog.latestFor(ChildRecord.RECORD_TYPE, child, 5)).first().satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(namedPerson);
            assertThat(a.getViewName()).isEqualTo(ChildPage.VIEW_NAME);
            assertThat(a.isGranted()).isTrue();
        });

        // The case page links to the record for them, not for the raiser.
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
        assertThat(_find(RouterLink.class, s -> s.withId("child-record-link"))).hasSize(1);
        openUiAs(raiser());
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
        assertThat(_find(H2.class, s -> s.withId("case-child"))).hasSize(1);
        assertThat(_find(RouterLink.class, s -> s.withId("child-record-link"))).isEmpty();
    }

    @Test
    void aRaiserWhoseOnlyPartIsTheConcernSeesNoAccessAsForNoSuchChildAndTheRefusalIsLogged() {
        String family = "Raiser" + System.nanoTime();
        long child = raise(family).getChild().getId();
        openUiAs(raiser());

        openChild(child);

        assertThat(_get(H2.class, s -> s.withId("no-access")).getText()).isEqualTo("No access");
        assertThat(pageText()).contains("do not have access").doesNotContain(family).doesNotContain("Eastfield");
        assertThat(_find(Grid.class, s -> s.withId("child-chronology"))).isEmpty();
        assertThat(accessLog.latestFor(ChildRecord.RECORD_TYPE, child, 1)).singleElement().satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(raiser());
            assertThat(a.isGranted()).isFalse();
        });

        UI.getCurrent().navigate("children/987654320");
        assertThat(_get(H2.class, s -> s.withId("no-access")).getText()).isEqualTo("No access");
        UI.getCurrent().navigate("children/not-a-number");
        assertThat(_get(H2.class, s -> s.withId("no-access")).getText()).isEqualTo("No access");
    }

    @Test
    void theCorrectionDialogWantsAReasonThenKeepsTheHistoryAndAChangeMadeMeanwhileIsToldInWords() {
        String family = "Fix" + System.nanoTime();
        long child = raise(family).getChild().getId();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        openUiAs(namedPerson);
        openChild(child);

        _click(_get(Button.class, s -> s.withId("correct-child-details")));
        _setValue(_get(TextField.class, s -> s.withId("child-family-name")), family + "-Reid");
        _click(_get(Button.class, s -> s.withId("save-child-details")));
        TextArea reason = _get(TextArea.class, s -> s.withId("child-details-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Say why");
        assertThat(children.findById(child).orElseThrow().getFamilyName()).isEqualTo(family);

        _setValue(reason, "Birth certificate seen");
        _click(_get(Button.class, s -> s.withId("save-child-details")));

        assertThat(_get(H2.class, s -> s.withId("child-name")).getText()).isEqualTo("Ailsa " + family + "-Reid");
        assertThat(_size(grid("child-details-history"))).isEqualTo(1);
        assertThat(_getFormattedRow(grid("child-details-history"), 0)).satisfies(row -> {
            assertThat(row.get(1)).isEqualTo("Test Named Person");
            assertThat(row.get(2)).isEqualTo("Ailsa " + family + ", born 12 Apr 2016, Eastfield Primary");
            assertThat(row.get(3)).isEqualTo("Ailsa " + family + "-Reid, born 12 Apr 2016, Eastfield Primary");
            assertThat(row.get(4)).isEqualTo("Birth certificate seen");
        });
        Grid<Object> chronology = grid("child-chronology");
        assertThat(_getFormattedRow(chronology, _size(chronology) - 1).get(2)).isEqualTo("Child's details corrected");

        // Someone else corrects the record while the dialog is open: saving is refused, in words, and nothing is written.
        _click(_get(Button.class, s -> s.withId("correct-child-details")));
        Child now = children.findById(child).orElseThrow();
        people.signIn(Role.MANAGER);
        records.rectify(child, now.getVersion(), new ChildDetails("Isla", now.getFamilyName(), now.getDateOfBirth(), now.getSchool(), null),
                "Known as Isla", "test");
        people.signInAs(namedPerson);
        _setValue(_get(TextField.class, s -> s.withId("child-school")), "Westfield Academy");
        _setValue(_get(TextArea.class, s -> s.withId("child-details-reason")), "Moved school in October");
        _click(_get(Button.class, s -> s.withId("save-child-details")));
        assertThat(_get(Paragraph.class, s -> s.withId("child-details-problem")).getText()).contains("Someone else changed", "Reload");
        assertThat(children.findById(child).orElseThrow().getSchool()).isEqualTo("Eastfield Primary");
        assertThat(children.findById(child).orElseThrow().getGivenName()).isEqualTo("Isla");
    }

    @Test
    void parentsAndCarersAreAddedEditedAndEndedThroughTheirDialogsWithTheirHistoryShown() {
        long child = raise("Carers" + System.nanoTime()).getChild().getId();
        openUiAs(people.ensure(Role.NAMED_PERSON));
        openChild(child);

        _click(_get(Button.class, s -> s.withId("add-parent")));
        _click(_get(Button.class, s -> s.withId("save-parent")));
        assertThat(_get(TextField.class, s -> s.withId("parent-name")).getErrorMessage()).contains("Give the person's name");
        _setValue(_get(TextField.class, s -> s.withId("parent-name")), "Fiona Hay");
        _click(_get(Button.class, s -> s.withId("save-parent")));
        assertThat(_get(Paragraph.class, s -> s.withId("parent-problem")).getText()).contains("Choose how they are related");
        @SuppressWarnings("unchecked")
        Select<ParentOrCarer.Relationship> relationship = _get(Select.class, s -> s.withId("parent-relationship"));
        _setValue(relationship, ParentOrCarer.Relationship.MOTHER);
        _setValue(_get(TextArea.class, s -> s.withId("parent-contact")), "07700 900123");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> responsibility = _get(RadioButtonGroup.class, s -> s.withId("parent-responsibility"));
        _setValue(responsibility, "Yes");
        _click(_get(Button.class, s -> s.withId("save-parent")));

        assertThat(_size(grid("child-parents-grid"))).isEqualTo(1);
        assertThat(_getFormattedRow(grid("child-parents-grid"), 0).subList(0, 4)).containsExactly("Fiona Hay", "Mother", "07700 900123", "Yes");
        long mother = records.open(child, "test").parentsAndCarers().get(0).getId();

        _click(rowButton("edit-parent-" + mother));
        _setValue(_get(TextArea.class, s -> s.withId("parent-contact")), "fiona@example.org");
        _setValue(_get(TextArea.class, s -> s.withId("parent-reason")), "New contact details from her");
        _click(_get(Button.class, s -> s.withId("save-parent")));
        assertThat(_getFormattedRow(grid("child-parents-grid"), 0).get(2)).isEqualTo("fiona@example.org");

        _click(rowButton("end-parent-" + mother));
        _setValue(_get(TextArea.class, s -> s.withId("parent-end-reason")), "Moved away; no contact");
        _click(_get(Button.class, s -> s.withId("confirm-end-parent")));

        assertThat(_getFormattedRow(grid("child-parents-grid"), 0).get(4)).startsWith("Ended ");
        assertThat(_getCellComponent(grid("child-parents-grid"), 0, "actions").getChildren()).as("an ended person is not edited").isEmpty();
        Grid<Object> history = grid("child-parents-history");
        assertThat(_size(history)).isEqualTo(3);
        assertThat(_getFormattedRow(history, 0).get(1)).isEqualTo("Added");
        assertThat(_getFormattedRow(history, 1)).satisfies(row -> {
            assertThat(row.get(1)).isEqualTo("Edited");
            assertThat(row.get(2)).contains("fiona@example.org");
            assertThat(row.get(3)).isEqualTo("New contact details from her");
            assertThat(row.get(4)).isEqualTo("Test Named Person");
        });
        assertThat(_getFormattedRow(history, 2).get(1)).isEqualTo("Ended");
    }

    /** A single-agency case of the Named Person at its agreed plan ("Breakfast and sleep"), its review due. */
    private ProcessInstance planned(String family, String namedPerson) {
        ProcessInstance referral = referrals.raise(raiser(), family, null, "no");
        referrals.toSingleAgencyPlan(referral, namedPerson);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_ReviewDue").singleResult().getId());
        return referral;
    }

    private static String planHeading() {
        return _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("child-plan")).getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.html.H3).findFirst()
                .map(h -> ((com.vaadin.flow.component.html.H3) h).getText()).orElseThrow();
    }

    private static String planText() {
        return _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("child-plan")).getElement().getTextRecursively();
    }

    @Test
    void aSteppedDownCaseShowsItsLastPlanAsThePlanBeforeStepDown() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = planned("Stepped" + System.nanoTime(), namedPerson);
        referrals.reviewAtAMeeting(referral, namedPerson, TestReferrals.review("step-down", null));
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        assertThat(concern.getStage()).isEqualTo(CaseStage.STEPPED_DOWN);
        openUiAs(namedPerson);

        openChild(concern.getChild().getId());

        assertThat(planHeading()).isEqualTo("The plan before step-down");
        assertThat(_get(Paragraph.class, s -> s.withId("child-plan-stepped-down")).getText()).isEqualTo(
                "Stepped down to universal support under the Named Person, " + names.displayName(namedPerson)
                        + ": no Child's Plan is in force. The last plan, agreed before the step-down, is shown below as it was.");
        assertThat(planText()).contains("Version 1 of case " + concern.getId(), "Needs: Breakfast and sleep",
                "Outcome (Healthy): Eats breakfast every school day").doesNotContain("Child's Plan in force");
    }

    @Test
    void aCaseWhosePlanIsInForceShowsItAsThePlanInForceNotAsBeforeStepDown() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = planned("InForce" + System.nanoTime(), namedPerson);
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        openUiAs(namedPerson);

        openChild(concern.getChild().getId());

        assertThat(planHeading()).isEqualTo("Child's Plan in force");
        assertThat(_find(Paragraph.class, s -> s.withId("child-plan-stepped-down"))).isEmpty();
        assertThat(planText()).contains("Version 1 of case " + concern.getId(), "Needs: Breakfast and sleep")
                .doesNotContain("step-down", "Stepped down");
    }
}
