package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.audit.RecordAccess;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

/** A child's case page: the people on the case see it; nobody else sees anything; every opening is logged. */
class CasePageTest extends KaribuSpringTest {

    @Autowired
    ManagementService managementService;

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    AccessLog accessLog;
    @Autowired
    Chronology chronology;
    @Autowired
    ChildsCases cases;

    private WellbeingConcern raise(String raisedBy, String family) {
        ProcessInstance referral = referrals.raise(raisedBy, family, null, "no");
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    /** Clicks an entry's "Correct" action: a button drawn in the chronology grid's last column. */
    @SuppressWarnings("unchecked")
    private void clickCorrect(ChronologyEntry entry) {
        Grid<ChronologyEntry> grid = _get(Grid.class, s -> s.withId("case-chronology"));
        int row = _fetch(grid, 0, 100).stream().map(ChronologyEntry::getId).toList().indexOf(entry.getId());
        Button correct = (Button) _getCellComponent(grid, row, "correct");
        assertThat(correct.getId()).contains("correct-entry-" + entry.getId());
        correct.click();
    }

    private void openCase(WellbeingConcern concern) {
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
    }

    /** The text the case page shows (grids excluded: their rows are data, checked separately). */
    private String pageText() {
        return _get(CasePage.class).getElement().getTextRecursively();
    }

    @Test
    void whoeverRaisedTheConcernSeesTheCaseAndTheOpeningIsLogged() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String family = "Seen" + System.nanoTime();
        WellbeingConcern concern = raise(practitioner, family);
        openUiAs(practitioner);

        openCase(concern);

        assertThat(_get(H2.class, s -> s.withId("case-child")).getText()).isEqualTo("Ailsa " + family);
        assertThat(pageText()).contains("Stage: Assessment", "Named Person assessment", "Eastfield Primary");
        // People by full name, groups by their role's name, dates British: never a user or group id, never ISO.
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("case-team")).getElement().getTextRecursively())
                .contains("Concern raised by: Test Practitioner").doesNotContain(practitioner);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("case-next-steps")).getElement().getTextRecursively())
                .contains("Named Person assessment — any Named Person").doesNotContain("group ").doesNotContain("named-person");
        @SuppressWarnings("unchecked")
        Grid<ChronologyEntry> chronologyGrid = _get(Grid.class, s -> s.withId("case-chronology"));
        assertThat(_size(chronologyGrid)).isEqualTo(1);
        assertThat(_getFormattedRow(chronologyGrid, 0)).satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("18 Nov 2026"); // when it happened: the day the concern was observed
            assertThat(row.get(1)).isEqualTo("Concern raised");
            assertThat(row.get(3)).isEqualTo("Test Practitioner");
            assertThat(row.get(4)).isEqualTo("School or nursery");
            assertThat(row.get(5)).isEqualTo(org.partnerflow.words.Words.dateTime(_fetch(chronologyGrid, 0, 1).get(0).getRecordedAt()))
                    .matches("\\d{1,2} [A-Z][a-z]{2,3} \\d{4} \\d{2}:\\d{2}");
        });
        assertThat(_fetch(chronologyGrid, 0, 1).get(0).getKind()).isEqualTo(ChronologyEntry.Kind.CONCERN_RAISED);
        assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, concern.getId(), 5)).first()
                .satisfies(a -> {
                    assertThat(a.getUserId()).isEqualTo(practitioner);
                    assertThat(a.getViewName()).isEqualTo(CasePage.VIEW_NAME);
                    assertThat(a.isGranted()).isTrue();
                });
    }

    @Test
    void someoneNotOnTheCaseSeesNoDataAndTheRefusalIsLogged() {
        String family = "Hidden" + System.nanoTime();
        WellbeingConcern concern = raise(people.ensure(Role.PRACTITIONER), family);
        String outsider = people.ensure("test-outsider", Role.PRACTITIONER, Role.PARTNERSHIP_LEAD);
        openUiAs(outsider);

        openCase(concern);

        assertThat(_get(H2.class, s -> s.withId("no-access")).getText()).isEqualTo("No access");
        assertThat(pageText()).contains("do not have access").doesNotContain(family).doesNotContain("Eastfield").doesNotContain("hungry");
        assertThat(_find(Grid.class, s -> s.withId("case-chronology"))).isEmpty();
        RecordAccess refused = accessLog.latestFor(CaseAccess.RECORD_TYPE, concern.getId(), 1).get(0);
        assertThat(refused.getUserId()).isEqualTo(outsider);
        assertThat(refused.isGranted()).isFalse();
    }

    @Test
    void aCaseThatDoesNotExistLooksTheSameAsOneYouMayNotSee() {
        openUiAs(people.ensure(Role.PRACTITIONER));

        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", "999999999"));

        assertThat(_get(H2.class, s -> s.withId("no-access")).getText()).isEqualTo("No access");
    }

    @Test
    void managersAndTheNamedPersonGroupOfferedItsTaskMayOpenIt() {
        WellbeingConcern concern = raise(people.ensure(Role.PRACTITIONER), "Offered" + System.nanoTime());

        openUiAs(people.ensure(Role.MANAGER));
        openCase(concern);
        assertThat(_find(H2.class, s -> s.withId("case-child"))).hasSize(1);

        openUiAs(people.ensure(Role.NAMED_PERSON));
        openCase(concern);
        assertThat(_find(H2.class, s -> s.withId("case-child"))).hasSize(1);
    }

    @Test
    void aPractitionerAddsAFactToTheChronology() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        WellbeingConcern concern = raise(practitioner, "Note" + System.nanoTime());
        openUiAs(practitioner);
        openCase(concern);

        _click(_get(Button.class, s -> s.withId("open-chronology-note")));
        _setValue(_get(TextArea.class, s -> s.withId("chronology-note")), "Mother phoned: appointment with GP on Friday.");
        _setValue(_get(DatePicker.class, s -> s.withId("chronology-note-date")), java.time.LocalDate.now(Words.ZONE).plusDays(1));
        _click(_get(Button.class, s -> s.withId("add-chronology-note")));
        assertThat(_get(Paragraph.class, s -> s.withId("chronology-note-problem")).getText())
                .startsWith("The date it happened cannot be in the future");
        _setValue(_get(DatePicker.class, s -> s.withId("chronology-note-date")), java.time.LocalDate.of(2026, 11, 25));
        _click(_get(Button.class, s -> s.withId("add-chronology-note")));
        assertThat(_get(Paragraph.class, s -> s.withId("chronology-note-problem")).getText()).startsWith("Say whom the information came from");
        _setValue(_get(ComboBox.class, s -> s.withId("chronology-note-source")), InformationSource.PARENT_CARER);
        _click(_get(Button.class, s -> s.withId("add-chronology-note")));

        assertThat(chronology.of(concern)).extracting(ChronologyEntry::getKind)
                .containsExactly(ChronologyEntry.Kind.CONCERN_RAISED, ChronologyEntry.Kind.PRACTITIONER_NOTE);
        assertThat(chronology.of(concern).get(1)).satisfies(note -> {
            assertThat(note.getEventDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 25));
            assertThat(note.getSource()).isEqualTo(InformationSource.PARENT_CARER);
        });
        @SuppressWarnings("unchecked")
        Grid<ChronologyEntry> shown = _get(Grid.class, s -> s.withId("case-chronology"));
        assertThat(_fetch(shown, 0, 10)).extracting(ChronologyEntry::getSummary).contains("Mother phoned: appointment with GP on Friday.");
    }

    @Test
    void searchFindsOnlyCasesThePersonMayOpen() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String family = "Findable" + System.nanoTime();
        raise(practitioner, family);

        openUiAs(people.ensure("test-searcher", Role.PARTNER_AGENCY));
        UI.getCurrent().navigate(CaseloadView.class);
        _setValue(_get(TextField.class, s -> s.withId("case-search")), family);
        @SuppressWarnings("unchecked")
        Grid<CaseAccess.ListedCase> results = _get(Grid.class, s -> s.withId("case-search-results"));
        assertThat(_size(results)).isZero();

        openUiAs(practitioner);
        UI.getCurrent().navigate(CaseloadView.class);
        _setValue(_get(TextField.class, s -> s.withId("case-search")), family.toLowerCase());
        @SuppressWarnings("unchecked")
        Grid<CaseAccess.ListedCase> mine = _get(Grid.class, s -> s.withId("case-search-results"));
        assertThat(_size(mine)).isEqualTo(1);
    }

    @Test
    void theCasePageShowsConsentAndTheCurrentChildsPlan() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(practitioner, "Planned" + System.nanoTime(), null, "no");
        referrals.toSingleAgencyPlan(referral, namedPerson);
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        openUiAs(namedPerson);

        openCase(concern);

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("case-consent")).getElement().getTextRecursively())
                .contains("Consent given by Mother on 20 Nov 2026", "agencies: Health");
        assertThat(_get(AssessmentPanel.class).getElement().getTextRecursively())
                .contains("Assessed by Test Named Person", "What can I do now?Recorded by the test", "Help from other agencies is neededNo")
                .doesNotContain("My wider world: strengths");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("case-plan")).getElement().getTextRecursively())
                .contains("Needs: Breakfast and sleep", "Outcome (Healthy): Eats breakfast every school day", "Review on 1 Feb 2027");
        @SuppressWarnings("unchecked")
        Grid<PlanAction> actions = _get(Grid.class, s -> s.withId("plan-actions"));
        assertThat(_fetch(actions, 0, 10)).singleElement().satisfies(a -> {
            assertThat(a.getWhat()).isEqualTo("Breakfast club");
            assertThat(a.getWho()).isEqualTo("Mrs Hay");
        });
        assertThat(pageText()).contains("Stage: Review", "Review date reached").doesNotContain("Lead Professional: Test Named Person");
    }

    @Test
    void theCasePageSaysWhatWasSharedWithWhomAndWhy() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        ProcessInstance referral = referrals.raise(practitioner, "Shared" + System.nanoTime(), null, "yes");
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        openUiAs(practitioner);

        openCase(concern);

        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("case-sharing-decisions"))
                .getElement().getTextRecursively())
                .contains("shared with Child protection (child protection concern)", "Immediate risk of significant harm",
                        "by Test Practitioner").doesNotContain(practitioner);
    }

    @Test
    void managersSeeMissedTimescalesOnOpenCasesOthersDoNot() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String family = "Overdue" + System.nanoTime();
        ProcessInstance referral = referrals.raise(practitioner, family, null, "no");
        Job overdue = managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_AssessmentOverdue").singleResult();
        managementService.executeJob(overdue.getId());

        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(CaseloadView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseAccess.TimescaleAlert> alerts = _get(Grid.class, s -> s.withId("timescale-alerts"));
        assertThat(_fetch(alerts, 0, 100)).anySatisfy(a -> {
            assertThat(a.concern().getChild().getFamilyName()).isEqualTo(family);
            assertThat(a.entry().getSummary()).isEqualTo("Named Person assessment: Assessment overdue. Managers alerted.");
        });

        openUiAs(people.ensure(Role.NAMED_PERSON));
        UI.getCurrent().navigate(CaseloadView.class);
        _assertNone(Grid.class, s -> s.withId("timescale-alerts"));
    }

    @Test
    void theRaiserOfAPossibleMatchSeesOnlyWhatTheyTypedBeforeAndAfterTheNamedPersonJoinsTheRecords() {
        String family = "Typed" + System.nanoTime();
        String scn = String.valueOf(100_000_000L + Math.floorMod(System.nanoTime(), 900_000_000L));
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String raiser = people.ensure("test-raiser-b", Role.PRACTITIONER);
        ProcessInstance first = referrals.raise(people.ensure("test-raiser-a", Role.PRACTITIONER), "Ailsa", family, "Eastfield Primary",
                scn, "no");
        long recorded = concerns.findByProcessInstanceId(first.getId()).orElseThrow().getChild().getId();
        ProcessInstance second = referrals.raise(raiser, "Ailsa", family, "Westfield Academy", null, "no");
        WellbeingConcern concern = concerns.findByProcessInstanceId(second.getId()).orElseThrow();

        openUiAs(raiser);
        openCase(concern);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("case-child-details")).getText())
                .isEqualTo("Born 12 Apr 2016 · Westfield Academy");
        assertThat(pageText()).contains("Check a possible match").doesNotContain("Eastfield").doesNotContain(scn);

        referrals.work(second, "Activity_CheckPossibleMatch", namedPerson, java.util.Map.of("matchDecision", "same",
                "matchedChild", String.valueOf(recorded), "matchReason", "Confirmed with both schools"));

        openUiAs(raiser);
        openCase(concern);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("case-child-details")).getText())
                .isEqualTo("Born 12 Apr 2016 · Westfield Academy");
        assertThat(pageText()).doesNotContain("Eastfield").doesNotContain(scn);
        UI.getCurrent().navigate(CaseloadView.class);
        _setValue(_get(TextField.class, s -> s.withId("case-search")), family.toLowerCase());
        @SuppressWarnings("unchecked")
        Grid<CaseAccess.ListedCase> found = _get(Grid.class, s -> s.withId("case-search-results"));
        assertThat(_fetch(found, 0, 10)).extracting(c -> c.child().school()).containsExactly("Westfield Academy");

        openUiAs(namedPerson);
        openCase(concern);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("case-child-details")).getText())
                .isEqualTo("Born 12 Apr 2016 · Eastfield Primary · SCN " + scn);
    }

    @Test
    void theNamedPersonCorrectsAnEntryTheOldOneIsStruckThroughAndTheCorrectionSaysWhatItCorrects() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Fixed" + System.nanoTime(), null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 3L, false));
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        ChronologyEntry raised = chronology.of(concern).get(0);
        openUiAs(namedPerson);
        openCase(concern);
        assertThat(_get(Paragraph.class, s -> s.withId("case-chronology-review")).getText())
                .startsWith("Next chronology review: " + Words.date(chronology.today().plusMonths(3)));

        clickCorrect(raised);
        _setValue(_get(TextArea.class, s -> s.withId("chronology-correct-text")), "Concern raised by the school: observed on 17 November.");
        _click(_get(Button.class, s -> s.withId("chronology-correct-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("chronology-correct-problem")).getText())
                .isEqualTo("Say why the entry is wrong: a correction needs its reason.");
        _setValue(_get(TextArea.class, s -> s.withId("chronology-correct-reason")), "The class teacher's log says 17 November");
        _setValue(_get(DatePicker.class, s -> s.withId("chronology-correct-date")), java.time.LocalDate.of(2026, 11, 17));
        _click(_get(Button.class, s -> s.withId("chronology-correct-save")));

        @SuppressWarnings("unchecked")
        Grid<ChronologyEntry> grid = _get(Grid.class, s -> s.withId("case-chronology"));
        java.util.List<ChronologyEntry> shown = _fetch(grid, 0, 20);
        int wrongRow = shown.stream().map(ChronologyEntry::getId).toList().indexOf(raised.getId());
        String struck = _getCellComponent(grid, wrongRow, "details").getElement().getTextRecursively();
        assertThat(struck).contains(raised.getSummary(), "Corrected on " + Words.date(chronology.today()) + " by Test Named Person: "
                + "The class teacher's log says 17 November").doesNotContain(namedPerson);
        assertThat(_getCellComponent(grid, wrongRow, "details").getChildren().filter(Span.class::isInstance)
                .anyMatch(c -> "line-through".equals(((Span) c).getStyle().get("text-decoration")))).isTrue();
        assertThat(_getCellComponent(grid, wrongRow, "correct")).isNotInstanceOf(Button.class);
        int correctionRow = shown.stream().map(ChronologyEntry::getKind).toList().indexOf(ChronologyEntry.Kind.CORRECTION);
        assertThat(shown.get(correctionRow).getEventDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 17));
        assertThat(_getCellComponent(grid, correctionRow, "details").getElement().getTextRecursively())
                .isEqualTo("Corrects the entry of 18 Nov 2026 (Concern raised): Concern raised by the school: observed on 17 November.");
    }

    @Test
    void correctingAnEntrySomeoneCorrectedMeanwhileIsRefusedInWords() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Raced" + System.nanoTime(), null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 3L, false));
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        ChronologyEntry raised = chronology.of(concern).get(0);
        openUiAs(namedPerson);
        openCase(concern);
        clickCorrect(raised);
        // Meanwhile a manager corrects the same entry.
        String manager = people.signIn(Role.MANAGER);
        cases.correctEntry(concern.getId(), raised.getId(), "Observed on 16 November", "School office checked", java.time.LocalDate.of(2026, 11, 16));
        people.signInAs(namedPerson);

        _setValue(_get(TextArea.class, s -> s.withId("chronology-correct-reason")), "Typed the wrong day");
        _click(_get(Button.class, s -> s.withId("chronology-correct-save")));

        assertThat(_get(Paragraph.class, s -> s.withId("chronology-correct-problem")).getText())
                .startsWith("This entry was already corrected by Test Manager on ").contains("reload the page").doesNotContain(manager);
        assertThat(chronology.of(concern)).filteredOn(e -> raised.getId().equals(e.getCorrectsEntryId())).hasSize(1);
    }

    @Test
    void whoeverOnlyRaisedTheConcernSeesCorrectionsButHasNoCorrectAction() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        WellbeingConcern concern = raise(practitioner, "Reader" + System.nanoTime());
        ChronologyEntry raised = chronology.of(concern).get(0);
        people.signIn(Role.MANAGER);
        cases.correctEntry(concern.getId(), raised.getId(), "Observed on 16 November", "School office checked", java.time.LocalDate.of(2026, 11, 16));
        people.signOut();
        openUiAs(practitioner);

        openCase(concern);

        assertThat(_find(Button.class, s -> s.withId("correct-entry-" + raised.getId()))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ChronologyEntry> grid = _get(Grid.class, s -> s.withId("case-chronology"));
        assertThat(grid.getColumnByKey("correct")).isNull();
        int wrongRow = _fetch(grid, 0, 20).stream().map(ChronologyEntry::getId).toList().indexOf(raised.getId());
        assertThat(_getCellComponent(grid, wrongRow, "details").getElement().getTextRecursively())
                .contains("Corrected on ", "by Test Manager: School office checked");
    }

    @Test
    void theOpenCasesTeamSeesTheConcernsThatJoinedIt() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String scn = String.valueOf(100_000_000L + Math.floorMod(System.nanoTime(), 900_000_000L));
        ProcessInstance first = referrals.raise(practitioner, "Joined" + scn, scn, "no");
        referrals.toSingleAgencyPlan(first, namedPerson);
        ProcessInstance second = referrals.raise(practitioner, "Joined" + scn, scn, "no");
        referrals.work(second, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Safe", 3L, false));
        WellbeingConcern joined = concerns.findByProcessInstanceId(second.getId()).orElseThrow();
        openUiAs(namedPerson);

        openCase(concerns.findByProcessInstanceId(first.getId()).orElseThrow());

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("case-joined-concerns")).getElement().getTextRecursively())
                .contains("Concerns joined to this case", "Raised on " + org.partnerflow.words.Words.date(joined.getRaisedAt())
                        + " by Test Practitioner", "observed on 18 Nov 2026", "Healthy, Nurtured")
                .doesNotContain(practitioner);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("case-next-steps")).getElement().getTextRecursively())
                .contains("Consider the new concern — Test Named Person");

        openCase(joined);

        assertThat(pageText()).contains("Stage: Joined to the child's open case",
                "This concern joined the child's open case: that case's coordinator considers it there.");
    }
}
