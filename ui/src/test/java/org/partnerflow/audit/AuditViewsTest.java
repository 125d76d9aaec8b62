package org.partnerflow.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.BpmnDiagram;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.audit.TimelineEvent.Kind;
import org.partnerflow.identity.Role;
import org.partnerflow.oversight.OversightView;
import org.partnerflow.referral.CasePage;
import org.partnerflow.referral.CaseRetention;
import org.partnerflow.referral.RetentionView;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The managers' views: a case's timeline with filters and export, the access log, the dashboard, retention. */
class AuditViewsTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerReadsFiltersAndExportsACasesTimeline() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise("Timeline" + System.nanoTime());
        referrals.toSingleAgencyPlan(referral, namedPerson);
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();

        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(caseId)));
        assertThat(_get(Anchor.class, s -> s.withId("history-link")).getHref()).isEqualTo("audit/case/" + caseId);
        UI.getCurrent().navigate(HistoryTimelineView.class, new RouteParameters(new RouteParam("type", "case"), new RouteParam("id", String.valueOf(caseId))));
        assertThat(_get(H2.class, s -> s.withId("timeline-title")).getText()).startsWith("History: Case " + caseId + ": Ailsa Timeline");
        @SuppressWarnings("unchecked")
        Grid<TimelineEvent> grid = _get(Grid.class, s -> s.withId("timeline"));
        List<TimelineEvent> all = _fetch(grid, 0, 5000);
        assertThat(all.get(0).what()).isEqualTo("Started GIRFEC referral: team around the child");
        assertThat(all).anySatisfy(e -> assertThat(e.what()).isEqualTo("Task completed: Named Person assessment"));

        @SuppressWarnings("unchecked")
        ComboBox<String> who = _get(ComboBox.class, s -> s.withId("timeline-who"));
        _setValue(who, namedPerson);
        assertThat(_fetch(grid, 0, 5000)).isNotEmpty().allSatisfy(e -> assertThat(e.who()).isEqualTo(namedPerson));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Kind> kinds = _get(MultiSelectComboBox.class, s -> s.withId("timeline-kinds"));
        _setValue(kinds, Set.of(Kind.TASK));
        List<TimelineEvent> shown = _fetch(grid, 0, 5000);
        assertThat(shown).isNotEmpty().allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Kind.TASK);
            assertThat(e.who()).isEqualTo(namedPerson);
        });
        assertThat(_get(Span.class, s -> s.withId("timeline-count")).getText()).isEqualTo(shown.size() + " of " + all.size() + " events");
        // People by name and dates British, in Scottish time: never a user id or an ISO date.
        assertThat(who.getItemLabelGenerator().apply(namedPerson)).isEqualTo("Test Named Person");
        List<String> firstRow = _getFormattedRow(grid, 0);
        assertThat(firstRow.get(0)).isEqualTo(Words.dateTimeSeconds(shown.get(0).at())).matches("\\d{1,2} [A-Z][a-z]{2,3} \\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(firstRow.get(2)).isEqualTo("Test Named Person");

        HistoryTimelineView view = _get(HistoryTimelineView.class);
        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(shown.size() + 1).first().isEqualTo("When,Kind,Who,What,Detail");
        assertThat(csv).contains("Task completed: Named Person assessment", ",Test Named Person,");
        assertThat(_get(Anchor.class, s -> s.withId("timeline-print")).getHref()).isEqualTo("audit/case/" + caseId + "/print");

        UI.getCurrent().navigate(PrintableTimelineView.class, new RouteParameters(new RouteParam("type", "case"), new RouteParam("id", String.valueOf(caseId))));
        assertThat(_get(Div.class, s -> s.withId("printable-timeline")).getElement().getProperty("innerHTML"))
                .contains("Started GIRFEC referral: team around the child", "Task completed: Named Person assessment", "<td>Test Named Person</td>");
    }

    @Test
    void otherRolesCannotOpenTheManagersViews() {
        ProcessInstance referral = referrals.raise("NotYours" + System.nanoTime());
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        openUiAs(people.ensure(Role.PRACTITIONER));
        // The views' @RolesAllowed refuses the navigation itself; the services refuse again underneath.
        for (Runnable forbidden : new Runnable[] {
            () -> UI.getCurrent().navigate(HistoryTimelineView.class,
                    new RouteParameters(new RouteParam("type", "case"), new RouteParam("id", String.valueOf(caseId)))),
            () -> UI.getCurrent().navigate(AccessLogView.class),
            () -> UI.getCurrent().navigate(OversightView.class),
            () -> UI.getCurrent().navigate(RetentionView.class)}) {
            assertThatThrownBy(forbidden::run).hasMessageContaining("Access is denied");
        }
        assertThat(_find(HistoryTimelineView.class)).isEmpty();
    }

    @Test
    void theAccessLogFlagsRepeatedRefusalsAndFiltersByPerson() {
        ProcessInstance referral = referrals.raise("Watched" + System.nanoTime());
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        String outsider = people.ensure("outsider-" + System.nanoTime(), Role.PRACTITIONER);
        openUiAs(outsider);
        for (int i = 0; i < 3; i++) {
            UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(caseId)));
        }
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(AccessLogView.class);
        @SuppressWarnings("unchecked")
        Grid<AccessLog.PersonActivity> unusual = _get(Grid.class, s -> s.withId("unusual-access"));
        assertThat(_fetch(unusual, 0, 100)).anySatisfy(p -> {
            assertThat(p.userId()).isEqualTo(outsider);
            assertThat(p.refusals()).isEqualTo(3L);
        });
        _setValue(_get(TextField.class, s -> s.withId("access-user")), outsider);
        _click(_get(Button.class, s -> s.withId("access-apply")));
        @SuppressWarnings("unchecked")
        Grid<RecordAccess> log = _get(Grid.class, s -> s.withId("access-log"));
        assertThat(_fetch(log, 0, 100)).hasSize(3).allSatisfy(a -> {
            assertThat(a.getRecordId()).isEqualTo(String.valueOf(caseId));
            assertThat(a.isGranted()).isFalse();
        });
    }

    @Test
    void anotherCouncilsManagerAndTheRegionSeeNoChildOfGlasgowOnTheManagersViews() {
        ProcessInstance referral = referrals.raise("Glasgows" + System.nanoTime());
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        openUiAs(people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER));
        UI.getCurrent().navigate("audit/case/" + caseId);
        assertThat(_get(H2.class, s -> s.withText("No access"))).isNotNull();
        assertThat(_find(Grid.class, s -> s.withId("timeline"))).isEmpty();
        assertThat(_find(BpmnDiagram.class)).isEmpty();
        UI.getCurrent().navigate("audit/case/" + caseId + "/print");
        assertThat(_find(Div.class, s -> s.withId("printable-timeline"))).isEmpty();
        assertThat(_get(H2.class, s -> s.withText("No access"))).isNotNull();
        UI.getCurrent().navigate(AccessLogView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("access-own-council")).getText())
                .startsWith("Your council's rows");

        openUiAs(people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER));
        UI.getCurrent().navigate(AccessLogView.class);
        assertThat(_find(Grid.class, s -> s.withId("access-log"))).as("no row of the log for the region").isEmpty();
        assertThat(_find(Grid.class, s -> s.withId("unusual-access"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<AccessLog.Tally> tallies = _get(Grid.class, s -> s.withId("access-tallies"));
        assertThat(_fetch(tallies, 0, 100)).anySatisfy(t -> assertThat(t.recordType()).isEqualTo("child-case"));
        UI.getCurrent().navigate(RetentionView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("retention-not-yours")).getText())
                .contains("you oversee no council's children's records");
        assertThat(_fetch(_get(Grid.class, s -> s.withId("retention-due")), 0, 100)).isEmpty();
        UI.getCurrent().navigate(OversightView.class);
        assertThat(_fetch(_get(Grid.class, s -> s.withId("open-cases-by-council")), 0, 100)).isNotEmpty();
    }

    @Test
    void theDashboardShowsItsFiguresAndRetentionAnonymisesWithAReason() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise("Kept" + System.nanoTime());
        referrals.toClosure(referral, namedPerson);
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        jdbc.update("update wellbeing_concern set closed_at = ? where id = ?", Timestamp.from(Instant.now().minus(2600, ChronoUnit.DAYS)), caseId);

        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(OversightView.class);
        assertThat(_fetch(_get(Grid.class, s -> s.withId("open-cases")), 0, 100)).isNotEmpty();
        assertThat(_fetch(_get(Grid.class, s -> s.withId("throughput")), 0, 100)).isNotEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("heat-girfec-referral")).getHref()).isEqualTo("oversight/heat/girfec-referral");
        UI.getCurrent().navigate("oversight/heat/girfec-referral");
        BpmnDiagram heat = _get(BpmnDiagram.class, s -> s.withId("heat-diagram"));
        assertThat(heat.overlays()).anySatisfy(o -> {
            assertThat(o.id()).isEqualTo("Activity_NamedPersonAssessment");
            assertThat(o.text()).matches("\\d+ waiting · median .+");
        });
        assertThat(heat.markers()).allSatisfy(m -> assertThat(m.className()).matches("pf-heat-[123]"));

        UI.getCurrent().navigate(RetentionView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseRetention.Due> due = _get(Grid.class, s -> s.withId("retention-due"));
        List<CaseRetention.Due> rows = _fetch(due, 0, 500);
        int index = rows.indexOf(rows.stream().filter(d -> d.concernId() == caseId).findFirst().orElseThrow());
        _click((Button) _getCellComponent(due, index, "anonymise"));
        _click(_get(Button.class, s -> s.withId("confirm-anonymise")));
        NotificationsKt.expectNotifications("Give the reason for anonymising (5 to 1,000 characters), for example the review that decided it.");
        _setValue(_get(TextArea.class, s -> s.withId("anonymise-reason")), "Retention panel: nothing to keep");
        _click(_get(Button.class, s -> s.withId("confirm-anonymise")));
        NotificationsKt.expectNotifications("Case " + caseId + " anonymised.");
        assertThat(_fetch(due, 0, 500)).noneSatisfy(d -> assertThat(d.concernId()).isEqualTo(caseId));
        assertThat(concerns.findById(caseId).orElseThrow().getObservation()).isEqualTo(CaseRetention.REMOVED);
    }
}
