package org.partnerflow.improvement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnerflow.audit.HistoryLink;
import org.partnerflow.audit.HistoryTimeline;
import org.partnerflow.identity.People;
import org.partnerflow.indicators.CriticalIndicator;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.FactList;
import org.partnerflow.workflow.SubjectSummary.Fact;

/**
 * An improvement project's page: the enquiry and its links, the cycles as a timeline with each
 * decision, every measure with its run chart (baseline, target, median, cycle starts, shifts and
 * trends flagged), and the learning it published.
 */
@Route("improvement/:projectId")
@PageTitle("Improvement project | Partnerflow")
@PermitAll
public class ImprovementProjectPage extends VerticalLayout implements BeforeEnterObserver {


    private final ImprovementProjectList list;
    private final HistoryTimeline timelines;
    private final ImprovementFamily family;
    private final RegionalIndicators indicators;

    private final People people;

    public ImprovementProjectPage(ImprovementProjectList list, RegionalIndicators indicators, HistoryTimeline timelines,
                                  ImprovementFamily family, People people) {
        this.family = family;
        this.people = people;
        this.timelines = timelines;
        this.list = list;
        this.indicators = indicators;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        list.open(id).ifPresentOrElse(this::show, () -> add(new H2("No such improvement project")));
    }

    private void show(ImprovementFile file) {
        ImprovementProject p = file.project();
        H2 title = new H2(p.getName());
        title.setId("project-name");
        Span stage = new Span(p.getStatus() == ImprovementProject.Status.FINISHED ? "Finished after " + file.cycles().size() + " cycles"
                : "Cycle " + p.getCurrentCycle() + " · lead " + people.displayName(p.getLead()));
        stage.setId("project-stage");
        if (timelines.mayAudit()) {
            add(new HistoryLink(family.historyAddress(p.getId())));
        }
        add(title, stage, new FactList(List.of(
                new Fact("Enquiry question", p.getEnquiryQuestion()),
                new Fact("Inequity it tackles", p.getInequityIssue()),
                new Fact("Taking part", p.getParticipants()),
                new Fact("Links to improvement plans", p.getPlanLinks()),
                new Fact("Critical indicators", indicators.withCodes(p.getIndicators()).stream().map(CriticalIndicator::summary)
                        .collect(Collectors.joining("\n"))),
                new Fact("Team", p.getTeam()),
                new Fact("The challenge", p.getChallengeData()),
                new Fact("Evidence", p.getEvidenceSummary()),
                new Fact("Prediction", p.getPrediction()))), cycles(file), measures(file), learning(file));
    }

    private Component cycles(ImprovementFile file) {
        Div section = new Div(new H3("Cycles"));
        section.setId("project-cycles");
        section.setWidthFull();
        if (file.cycles().isEmpty()) {
            section.add(new Paragraph("No cycle planned yet."));
            return section;
        }
        Grid<ActionResearchCycle> grid = new Grid<>(ActionResearchCycle.class, false);
        grid.setId("cycle-timeline");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ActionResearchCycle::getNumber).setHeader("Cycle").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Words.date(c.getTryFrom()) + " – " + Words.date(c.getTryUntil())).setHeader("Tried").setAutoWidth(true);
        grid.addColumn(ActionResearchCycle::getChangeIdea).setHeader("Change").setFlexGrow(2);
        grid.addColumn(c -> c.getDecision() == null ? "Trying" : Words.of(c.getDecision()).toLowerCase(Locale.UK)
                + (c.getDecisionReason() == null ? "" : ": " + c.getDecisionReason())).setHeader("Decision").setFlexGrow(2);
        grid.addColumn(c -> c.getImpactOnLearners() == null ? "" : c.getImpactOnLearners()).setHeader("Impact on learners").setFlexGrow(2);
        grid.setItems(file.cycles());
        section.add(grid);
        return section;
    }

    private Component measures(ImprovementFile file) {
        Div section = new Div(new H3("Measures"));
        section.setId("project-measures");
        if (file.measures().isEmpty()) {
            section.add(new Paragraph("What success looks like is not defined yet."));
        }
        for (Measure m : file.measures()) {
            List<MeasureValue> values = file.valuesByMeasure().getOrDefault(m.getId(), List.of());
            section.add(new H4(m.getName() + " (" + m.getUnit() + ", " + (m.isHigherIsBetter() ? "higher" : "lower") + " is better)"),
                    new Paragraph("Baseline " + m.getBaselineValue().stripTrailingZeros().toPlainString() + " on " + Words.date(m.getBaselineDate())
                            + "; target " + m.getTargetValue().stripTrailingZeros().toPlainString() + " by " + Words.date(m.getTargetDate())
                            + "; source: " + m.getDataSource()),
                    RunChart.of(m, values, file.cycleNumbers()));
            List<RunChartRules.Signal> signals = RunChartRules.signals(values.stream().map(v -> v.getMeasured().doubleValue()).toList());
            Paragraph flags = new Paragraph(signals.isEmpty() ? "No shift or trend yet."
                    : signals.stream().map(RunChartRules.Signal::words).collect(Collectors.joining(". ")) + ".");
            flags.setId("run-chart-signals-" + m.getId());
            section.add(flags);
        }
        return section;
    }

    private Component learning(ImprovementFile file) {
        Div section = new Div(new H3("Learning shared"));
        section.setId("project-learning");
        if (file.learning().isEmpty()) {
            section.add(new Paragraph("Nothing published yet."));
        }
        file.learning().forEach(l -> section.add(new H4(l.getTitle()), new Paragraph(l.getSummary())));
        return section;
    }
}
