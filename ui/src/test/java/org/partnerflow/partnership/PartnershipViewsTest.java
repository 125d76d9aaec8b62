package org.partnerflow.partnership;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.charts.LineChart;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPartnerships.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** The partnership register, the proposal, the partnership page and an organisation's page, server-side. */
class PartnershipViewsTest extends KaribuSpringTest {

    @Autowired
    TestPartnerships partnerships;
    @Autowired
    Partnerships records;
    @Autowired
    PartnershipMembers members;

    private void openPage(Partnership partnership) {
        UI.getCurrent().navigate(PartnershipPage.class, new RouteParameters("partnershipId", String.valueOf(partnership.getId())));
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    /** The "Mark done" button in the first (overdue) action's status cell, if the person may use it. */
    private java.util.Optional<Button> markDoneButton() {
        return _getCellComponent(this.<PartnershipAction>grid("action-log"), 0, "status").getChildren()
                .filter(c -> c instanceof Button).map(c -> (Button) c).findFirst();
    }

    private List<String> registerNames() {
        return _fetch(this.<Partnership>grid("partnership-register"), 0, 1000).stream().map(Partnership::getName).toList();
    }

    @Test
    void theRegisterFiltersByTypeStatusAndLocalAuthority() {
        List<Partner> partners = partnerships.partners(2);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String stamp = String.valueOf(System.nanoTime());
        partnerships.propose(lead, TestPartnerships.proposal("Cluster " + stamp, "school-cluster", partners));
        partnerships.propose(lead, TestPartnerships.proposal("Forum " + stamp, "inter-authority-forum", partners));
        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(PartnershipRegisterView.class);

        _setValue(_get(Select.class, s -> s.withId("filter-type")), PartnershipType.INTER_AUTHORITY_FORUM);
        List<Partnership> shown = _fetch(this.<Partnership>grid("partnership-register"), 0, 1000);
        assertThat(shown).extracting(Partnership::getName).contains("Forum " + stamp).doesNotContain("Cluster " + stamp);
        assertThat(shown).allMatch(p -> p.getType() == PartnershipType.INTER_AUTHORITY_FORUM);

        _setValue(_get(Select.class, s -> s.withId("filter-status")), Partnership.Status.ACTIVE);
        assertThat(registerNames()).doesNotContain("Forum " + stamp);
        _setValue(_get(Select.class, s -> s.withId("filter-status")), Partnership.Status.SETTING_UP);
        _setValue(_get(ComboBox.class, s -> s.withId("filter-local-authority")), "Glasgow City");
        assertThat(registerNames()).contains("Forum " + stamp);
        _assertNone(Button.class, s -> s.withId("propose-partnership"));
    }

    @Test
    void aLeadProposesFromTheRegisterAndIsToldAtTheFieldWhenPartnersAreTooFew() {
        List<Partner> partners = partnerships.partners(3);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        openUiAs(lead);
        UI.getCurrent().navigate(ProposePartnershipView.class);
        String name = "Proposed " + System.nanoTime();
        _setValue(_get(TextField.class, s -> s.withId("field-name")), name);
        _setValue(_get(Select.class, s -> s.withId("field-partnershipType")), "school-college-employer");
        _setValue(_get(TextField.class, s -> s.withId("field-localAuthority")), "Glasgow City");
        _setValue(_get(TextArea.class, s -> s.withId("field-purpose")), "Pathways from school to college and work");
        _setValue(_get(TextArea.class, s -> s.withId("field-aims")), "Every S4 pupil has a taster day");
        _setValue(_get(TextArea.class, s -> s.withId("field-cspPriorities")), "Positive destinations");
        _setValue(_get(TextArea.class, s -> s.withId("field-localData")), "Positive destinations 91% against 94% nationally");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> chosen = _get(CheckboxGroup.class, s -> s.withId("field-partnerOrganisations"));
        assertThat(chosen.getGenericDataView().getItems().map(chosen.getItemLabelGenerator()::apply).toList())
                .anyMatch(label -> label.startsWith(partners.get(0).organisation().getName()));

        _setValue(chosen, Set.of(String.valueOf(partners.get(0).organisation().getId())));
        _click(_get(Button.class, s -> s.withId("submit-proposal")));
        assertThat(chosen.isInvalid()).isTrue();
        assertThat(chosen.getErrorMessage()).isEqualTo("choose at least two partner organisations");
        assertThat(records.findByName(name)).isEmpty();

        _setValue(chosen, Set.of(String.valueOf(partners.get(0).organisation().getId()), String.valueOf(partners.get(1).organisation().getId()),
                String.valueOf(partners.get(2).organisation().getId())));
        _click(_get(Button.class, s -> s.withId("submit-proposal")));

        Partnership proposed = records.findByName(name).get(0);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("partnership-name")).getText()).isEqualTo(name);
        assertThat(members.findByPartnershipIdOrderByIdAsc(proposed.getId())).hasSize(3);
        assertThat(proposed.getType()).isEqualTo(PartnershipType.SCHOOL_COLLEGE_EMPLOYER);
    }

    @Test
    void thePageShowsPartnersProtocolMeetingsOverdueActionsAndTheEvaluationChart() {
        List<Partner> partners = partnerships.partners(3);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.active(lead, "Page " + System.nanoTime(), partners, "2020-01-31");
        partnerships.meet(p, lead, "Family evening; City College; 2099-02-28");
        partnerships.work(p, "Activity_FollowUpActions", lead, Map.of("followUpNotes", "Reviewed"));
        partnerships.evaluate(p, lead, partners, new int[] {4, 5, 6}, Map.of("impactEvidence", "P4 numeracy up 3 points",
                "evaluationDecision", "continue", "indicatorValues", "primary-numeracy; 81.5"));
        Partnership partnership = records.findByProcessInstanceId(p.getId()).orElseThrow();

        openUiAs(people.ensure(Role.PRACTITIONER));
        openPage(partnership);
        assertThat(_size(grid("partner-roles"))).isEqualTo(3);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("partnership-protocols")).getElement().getTextRecursively())
                .contains("Agreed by every partner", "Public task", partners.get(2).organisation().getName() + ": agreed");
        assertThat(_size(grid("meetings"))).isEqualTo(1);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("actions-summary")).getText())
                .isEqualTo("2 actions, 1 overdue.");
        assertThat(_getCellComponent(grid("action-log"), 0, "status").getElement().getTextRecursively()).isEqualTo("Overdue");
        LineChart chart = _get(LineChart.class, s -> s.withId("evaluation-chart"));
        assertThat(chart.getElement().getAttribute("aria-label")).contains("over 1 cycles", "Trust and respect 5");
        assertThat(markDoneButton()).as("only the lead or a manager follows up actions").isEmpty();
        _assertNone(Button.class, s -> s.withId("hand-over"));
        assertThat(_getFormattedRow(grid("evaluation-cycles"), 0))
                .contains("81.5 percent: Primary pupils (P1, P4, P7 combined) achieving expected levels or better in numeracy "
                        + "(baseline 78 percent in 2016-17, target 85 percent by 2020-21)");

        openUiAs(lead);
        openPage(partnership);
        _click(markDoneButton().orElseThrow());
        _click(_get(Button.class, s -> s.withId("save-action-done")));
        NotificationsKt.expectNotifications("Say how the action was followed up (up to 4,000 characters).");
        _setValue(_get(TextArea.class, s -> s.withId("action-follow-up")), "Held on 30 January");
        _click(_get(Button.class, s -> s.withId("save-action-done")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("actions-summary")).getText())
                .isEqualTo("2 actions, 0 overdue.");
    }

    @Test
    void theLeadHandsOverAContactFromThePageAndTheOrganisationKeepsItsHistory() {
        List<Partner> partners = partnerships.partners(2);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.active(lead, "Continuity " + System.nanoTime(), partners, "2099-01-31");
        Partnership partnership = records.findByProcessInstanceId(p.getId()).orElseThrow();
        String successor = people.ensure("test-page-successor-" + System.nanoTime(), Role.PRACTITIONER);

        openUiAs(lead);
        openPage(partnership);
        @SuppressWarnings("unchecked")
        Select<PartnershipMember> leaving = _get(Select.class, s -> s.withId("hand-over-member"));
        _setValue(leaving, leaving.getListDataView().getItems()
                .filter(m -> m.getOrganisationId().equals(partners.get(0).organisation().getId())).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<People.Person> next = _get(ComboBox.class, s -> s.withId("hand-over-successor"));
        _setValue(next, next.getListDataView().getItems().filter(person -> person.id().equals(successor)).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("hand-over")));

        assertThat(_size(grid("partner-roles"))).isEqualTo(3);
        UI.getCurrent().navigate(OrganisationPage.class,
                new RouteParameters("organisationId", String.valueOf(partners.get(0).organisation().getId())));
        Grid<Map.Entry<Partnership, List<PartnershipMember>>> theirs = grid("organisation-partnerships");
        assertThat(_fetch(theirs, 0, 10)).singleElement().satisfies(e -> {
            assertThat(e.getKey().getId()).isEqualTo(partnership.getId());
            assertThat(e.getValue()).extracting(PartnershipMember::getContact).containsExactly(partners.get(0).contact(), successor);
        });
    }

    @Test
    void leadsAddOrganisationsAndADuplicateIsRefusedInWords() {
        openUiAs(people.ensure(Role.PARTNERSHIP_LEAD));
        UI.getCurrent().navigate(OrganisationsView.class);
        String name = "Hillside Community Hub " + System.nanoTime();
        _setValue(_get(TextField.class, s -> s.withId("organisation-name")), name);
        _setValue(_get(Select.class, s -> s.withId("organisation-kind")), OrganisationKind.COMMUNITY_GROUP);
        _setValue(_get(TextField.class, s -> s.withId("organisation-local-authority")), "East Dunbartonshire");
        _click(_get(Button.class, s -> s.withId("add-organisation")));
        assertThat(_fetch(this.<PartnerOrganisation>grid("organisation-register"), 0, 10_000).stream().map(PartnerOrganisation::getName))
                .contains(name);

        _setValue(_get(TextField.class, s -> s.withId("organisation-name")), name);
        _click(_get(Button.class, s -> s.withId("add-organisation")));
        NotificationsKt.expectNotifications(name + " added to the register.", name + " (East Dunbartonshire) is already in the register.");

        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(OrganisationsView.class);
        _assertNone(Button.class, s -> s.withId("add-organisation"));
    }
}
