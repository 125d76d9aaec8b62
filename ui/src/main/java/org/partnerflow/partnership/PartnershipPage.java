package org.partnerflow.partnership;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.audit.HistoryLink;
import org.partnerflow.audit.HistoryTimeline;
import org.partnerflow.charts.LineChart;
import org.partnerflow.identity.People;
import org.partnerflow.indicators.CriticalIndicator;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.FactList;
import org.partnerflow.workflow.SubjectSummary.Fact;
import org.partnerflow.workflow.WorkflowFeedback;

/**
 * A partnership's page: purpose and aims, partners and their roles (with the contact history), the
 * protocols, meetings, the action log with overdue actions, and the evaluation history as a chart per
 * principle across cycles. The lead (or a manager) follows up actions and hands over contacts here.
 */
@Route("partnerships/:partnershipId")
@PageTitle("Partnership | Partnerflow")
@PermitAll
public class PartnershipPage extends VerticalLayout implements BeforeEnterObserver {


    private final PartnershipRegistry registry;
    private final HistoryTimeline timelines;
    private final PartnershipFamily family;
    private final PartnershipHandOvers handOvers;
    private final People people;
    private final RegionalIndicators indicators;
    private final PartnershipInvitations invitations;
    private long partnershipId;

    public PartnershipPage(PartnershipRegistry registry, PartnershipHandOvers handOvers, People people,
                           RegionalIndicators indicators, HistoryTimeline timelines, PartnershipFamily family,
                           PartnershipInvitations invitations) {
        this.invitations = invitations;
        this.family = family;
        this.timelines = timelines;
        this.registry = registry;
        this.handOvers = handOvers;
        this.people = people;
        this.indicators = indicators;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            partnershipId = Long.parseLong(event.getRouteParameters().get("partnershipId").orElse(""));
        } catch (NumberFormatException e) {
            partnershipId = -1;
        }
        show();
    }

    private void show() {
        removeAll();
        registry.open(partnershipId).ifPresentOrElse(this::show, () -> {
            H2 none = new H2("No such partnership");
            none.setId("no-partnership");
            add(none, new Paragraph("It may have been mistyped. The register lists every partnership."));
        });
    }

    private void show(PartnershipFile file) {
        Partnership p = file.partnership();
        H2 title = new H2(p.getName());
        title.setId("partnership-name");
        Span status = new Span(Words.of(p.getType()) + " · " + p.getLocalAuthority() + " · " + Words.of(p.getStatus())
                + " · Lead: " + people.displayName(p.getLead()));
        status.setId("partnership-status");
        if (timelines.mayAudit()) {
            add(new HistoryLink(family.historyAddress(p.getId())));
        }
        add(title, status, about(p), partners(file), protocols(file), meetingsSection(file), actionLog(file), evaluationSection(file));
        if (p.getStatus() == Partnership.Status.CLOSED) {
            add(new H3("Closing report"), new Paragraph(p.getClosingReport()));
        }
    }

    private Component about(Partnership p) {
        return new FactList(List.of(
                new Fact("Purpose", p.getPurpose()),
                new Fact("Aims", p.getAims()),
                new Fact("Children's Services Plan priorities", p.getCspPriorities()),
                new Fact("Critical indicators", indicators.withCodes(p.getIndicators()).stream().map(CriticalIndicator::summary)
                        .collect(Collectors.joining("\n"))),
                new Fact("Local data and needs", p.getLocalData()),
                new Fact("Shared programme", p.getProgramme())));
    }

    private Component partners(PartnershipFile file) {
        Div section = section("partnership-partners", "Partners and roles");
        Grid<PartnershipMember> grid = new Grid<>(PartnershipMember.class, false);
        grid.setId("partner-roles");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(m -> file.organisationName(m.getOrganisationId())).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(m -> m.standing(people::displayName)).setHeader("Role and contact").setFlexGrow(1);
        grid.addColumn(m -> orBlank(m.getResponsibilities())).setHeader("Responsibilities").setFlexGrow(1);
        grid.addColumn(m -> m.getFrom() == null ? "" : Words.date(m.getFrom())).setHeader("From").setAutoWidth(true);
        grid.addColumn(m -> m.getTo() == null ? "" : Words.date(m.getTo())).setHeader("To").setAutoWidth(true);
        grid.setItems(file.members());
        section.add(grid);
        if (registry.mayManage(file.partnership()) && file.partnership().getStatus() != Partnership.Status.CLOSED) {
            section.add(handOverForm(file));
        }
        return section;
    }

    /** When a partner's contact leaves: the lead names the successor; role and open tasks pass to them. */
    private Component handOverForm(PartnershipFile file) {
        Select<PartnershipMember> leaving = new Select<>();
        leaving.setLabel("Contact who is leaving");
        leaving.setId("hand-over-member");
        leaving.setItems(file.members().stream().filter(m -> m.getStatus() == PartnershipMember.Status.CONFIRMED).toList());
        leaving.setItemLabelGenerator(m -> file.organisationName(m.getOrganisationId()) + ": " + people.displayName(m.getContact()));
        ComboBox<People.Person> successor = new ComboBox<>("Successor");
        successor.setId("hand-over-successor");
        successor.setItems(people.everyone());
        successor.setItemLabelGenerator(person -> person.name() + " (" + person.id() + ")");
        Button handOver = new Button("Hand over", e -> {
            if (leaving.getValue() == null || successor.getValue() == null) {
                WorkflowFeedback.refused(new org.partnerflow.workflow.Refusal("Choose the contact who is leaving and their successor."), null);
                return;
            }
            try {
                handOvers.handOver(partnershipId, leaving.getValue().getOrganisationId(), successor.getValue().id());
            } catch (RuntimeException ex) {
                WorkflowFeedback.refused(ex, null);
                return;
            }
            WorkflowFeedback.success("Handed over to " + successor.getValue().name() + ": the role and open tasks are theirs now.");
            show();
        });
        handOver.setId("hand-over");
        HorizontalLayout form = new HorizontalLayout(leaving, successor, handOver);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Component protocols(PartnershipFile file) {
        Partnership p = file.partnership();
        Div section = section("partnership-protocols", "Protocols");
        section.add(new Paragraph("Data sharing: " + Words.of(p.getProtocolStatus())));
        if (!file.protocols().isEmpty()) {
            DataSharingProtocol latest = file.protocols().get(0);
            if (latest.isPersonalDataShared()) {
                section.add(new FactList(List.of(
                        new Fact("Revision", latest.getRevision() + " of " + Words.date(latest.getDraftedAt())),
                        new Fact("What is shared", latest.getWhatIsShared()),
                        new Fact("Why", latest.getPurpose()),
                        new Fact("Lawful basis", latest.getLawfulBasis()),
                        new Fact("Kept", latest.getRetention()),
                        new Fact("Answers", file.latestAnswers().stream().map(a -> file.organisationName(a.getOrganisationId()) + ": "
                                + (a.isAgreed() ? "agreed" : "objected: " + a.getReason())).collect(Collectors.joining("\n"))))));
            }
        }
        if (p.getMeetingsPerYear() != null) {
            section.add(new Paragraph("Meetings: " + p.getMeetingsPerYear() + " formal meetings a year; evaluated "
                    + Words.of(p.getEvaluationCycle()).toLowerCase() + "."), new FactList(List.of(
                    new Fact("Structure", p.getMeetingStructure()), new Fact("Purpose of the meetings", p.getMeetingPurpose()))));
        }
        return section;
    }

    private Component meetingsSection(PartnershipFile file) {
        Div section = section("partnership-meetings", "Meetings");
        // The next meeting for the partners' calendars (issue 19), while the partnership runs.
        PartnershipCalendarDownload.link(invitations, file.partnership().getId(), PartnershipInvitations.MEETING,
                "Add the next meeting to your calendar (.ics)").ifPresent(section::add);
        if (file.meetings().isEmpty()) {
            section.add(new Paragraph("No meeting recorded yet."));
            return section;
        }
        Grid<PartnershipMeeting> grid = new Grid<>(PartnershipMeeting.class, false);
        grid.setId("meetings");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(PartnershipMeeting::getNumber).setHeader("No.").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Words.date(m.getHeldOn())).setHeader("Held on").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PartnershipMeeting::getAttendance).setHeader("Attendance").setFlexGrow(1);
        grid.addColumn(PartnershipMeeting::getMinutes).setHeader("Minutes").setFlexGrow(2);
        grid.addColumn(m -> orBlank(m.getDecisions())).setHeader("Decisions").setFlexGrow(1);
        grid.addColumn(m -> orBlank(m.getPracticeShared())).setHeader("Practice shared").setFlexGrow(1);
        grid.setItems(file.meetings());
        section.add(grid);
        return section;
    }

    private Component actionLog(PartnershipFile file) {
        Div section = section("partnership-actions", "Action log");
        LocalDate today = LocalDate.now(Words.ZONE);
        long overdue = file.actions().stream().filter(a -> a.isOverdue(today)).count();
        Paragraph summary = new Paragraph(file.actions().isEmpty() ? "No actions yet."
                : file.actions().size() + " actions, " + overdue + " overdue.");
        summary.setId("actions-summary");
        section.add(summary);
        if (file.actions().isEmpty()) {
            return section;
        }
        boolean manage = registry.mayManage(file.partnership());
        Grid<PartnershipAction> grid = new Grid<>(PartnershipAction.class, false);
        grid.setId("action-log");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(PartnershipAction::getWhat).setHeader("Action").setFlexGrow(2);
        grid.addColumn(PartnershipAction::getOwner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(a -> Words.date(a.getDueOn())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(a -> orBlank(a.getIndicator())).setHeader("Indicator").setAutoWidth(true);
        grid.addComponentColumn(a -> actionState(a, today, manage)).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.setItems(file.actions());
        section.add(grid);
        return section;
    }

    private Component actionState(PartnershipAction action, LocalDate today, boolean manage) {
        if (action.getStatus() == PartnershipAction.Status.DONE) {
            return new Span("Done " + Words.date(action.getDoneOn()) + (action.getFollowUp() == null ? "" : ": " + action.getFollowUp()));
        }
        HorizontalLayout state = new HorizontalLayout();
        state.setSpacing(true);
        if (action.isOverdue(today)) {
            // Said in words, not by colour alone.
            Span badge = new Span("Overdue");
            badge.getElement().getThemeList().add("badge error");
            state.add(badge);
        } else {
            state.add(new Span("Open"));
        }
        if (manage) {
            Button done = new Button("Mark done", e -> markDone(action));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.getElement().setAttribute("aria-label", "Mark done: " + action.getWhat());
            state.add(done);
        }
        return state;
    }

    private void markDone(PartnershipAction action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mark done: " + action.getWhat());
        TextArea note = new TextArea("How it was followed up");
        note.setId("action-follow-up");
        note.setMaxLength(4000);
        note.setWidth("30rem");
        Button save = new Button("Mark done", e -> {
            try {
                registry.markDone(action.getId(), action.getVersion(), note.getValue());
            } catch (RuntimeException ex) {
                WorkflowFeedback.refused(ex, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success("Action done: " + action.getWhat());
            show();
        });
        save.setId("save-action-done");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private Component evaluationSection(PartnershipFile file) {
        Div section = section("partnership-evaluations", "Evaluation against the nine principles");
        PartnershipCalendarDownload.link(invitations, file.partnership().getId(), PartnershipInvitations.EVALUATION,
                "Add the next evaluation to your calendar (.ics)").ifPresent(section::add);
        if (file.evaluations().isEmpty()) {
            section.add(new Paragraph("No evaluation cycle yet."));
            return section;
        }
        List<PartnershipEvaluation> rated = file.evaluations().stream().filter(ev -> !file.ratingsOf(ev).isEmpty()).toList();
        List<String> cycles = rated.stream().map(ev -> "Cycle " + ev.getCycle()).toList();
        List<Map<PartnershipPrinciple, Double>> means = rated.stream()
                .map(ev -> PrincipleRating.meanByPrinciple(file.ratingsOf(ev))).toList();
        LineChart.Builder chart = LineChart.of("evaluation-chart", "Mean rating of each principle per cycle (1 to 6)")
                .scale(1, 6).occasions("Cycle", cycles);
        for (PartnershipPrinciple principle : PartnershipPrinciple.values()) {
            List<Double> values = new ArrayList<>();
            means.forEach(m -> values.add(m.get(principle)));
            chart.series(principle.shortName(), values);
        }
        section.add(chart.description(describe(rated, means)).build());
        Grid<PartnershipEvaluation> grid = new Grid<>(PartnershipEvaluation.class, false);
        grid.setId("evaluation-cycles");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(PartnershipEvaluation::getCycle).setHeader("Cycle").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ev -> Words.date(ev.getOpenedAt())).setHeader("Opened").setAutoWidth(true);
        grid.addColumn(ev -> file.ratingsOf(ev).stream().map(PrincipleRating::getOrganisationId).distinct().count() + " partners")
                .setHeader("Rated by").setAutoWidth(true);
        grid.addColumn(ev -> ev.getDecision() == null ? "Open" : Words.of(ev.getDecision()).toLowerCase(Locale.UK)).setHeader("Decision").setAutoWidth(true);
        Map<String, CriticalIndicator> table = indicators.byCode();
        grid.addColumn(ev -> file.indicatorValuesOf(ev).stream()
                .map(v -> table.get(v.getIndicator()).amount(v.getMeasured()) + ": " + table.get(v.getIndicator()).summary())
                .collect(Collectors.joining("\n")))
                .setHeader("Indicator values").setFlexGrow(1);
        grid.addColumn(ev -> orBlank(ev.getImpactEvidence())).setHeader("Impact on learners").setFlexGrow(1);
        grid.setItems(file.evaluations());
        section.add(grid);
        return section;
    }

    /** The chart in words, for screen readers: the latest cycle's mean rating on each principle. */
    static String describe(List<PartnershipEvaluation> rated, List<Map<PartnershipPrinciple, Double>> means) {
        if (rated.isEmpty()) {
            return "Evaluation ratings: none recorded yet";
        }
        Map<PartnershipPrinciple, Double> latest = means.get(means.size() - 1);
        return "Mean ratings on the six-point scale over " + rated.size() + " cycles; cycle " + rated.get(rated.size() - 1).getCycle()
                + ": " + latest.entrySet().stream().map(e -> e.getKey().shortName() + " " + number(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static Div section(String id, String title) {
        Div section = new Div();
        section.setId(id);
        section.setWidthFull();
        section.add(new H3(title));
        return section;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.UK, "%.1f", d);
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

}
