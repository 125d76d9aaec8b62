package org.partnerflow.improvement;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.charts.LineChart;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestImprovements;
import org.springframework.beans.factory.annotation.Autowired;

/** The improvement project's page with its run chart and flagged rules, the projects list and the learning library. */
class ImprovementViewsTest extends KaribuSpringTest {

    @Autowired
    TestImprovements improvements;
    @Autowired
    ImprovementProjects projects;
    @Autowired
    Measures measures;

    @Test
    void theProjectPageShowsTheRunChartWithItsSignalsAndTheLibraryFindsTheLearning() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String name = "Run chart " + System.nanoTime();
        ProcessInstance p = improvements.start(lead, name);
        improvements.work(p, "Activity_PlanChange", lead, TestImprovements.plan("Breakfast club"));
        String[] week = {"2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27", "2026-12-04"};
        String[] attendance = {"88", "88.5", "89.5", "90", "91"};
        for (int i = 0; i < week.length; i++) {
            improvements.record(p, lead, week[i], attendance[i]);
        }
        improvements.fire(p, "Event_TryingEnds");
        improvements.work(p, "Activity_EvaluateImpact", lead, Map.of("impactOnLearners", "Rising", "staffReflections", "Keep going",
                "cycleDecision", "adopt", "decisionReason", "It works"));
        String title = "Breakfast first " + System.nanoTime();
        improvements.work(p, "Activity_ShareLearning", lead, Map.of("learningTitle", title,
                "learningSummary", "A free breakfast club lifted attendance week on week.", "whatWorked", "Starting at 8.15"));
        ImprovementProject project = projects.findByProcessInstanceId(p.getId()).orElseThrow();
        Measure attendanceMeasure = measures.findByProjectIdOrderByIdAsc(project.getId()).get(0);

        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(ImprovementProjectPage.class, new RouteParameters("projectId", String.valueOf(project.getId())));
        assertThat(_get(LineChart.class, s -> s.withId("run-chart-" + attendanceMeasure.getId())).getElement().getAttribute("aria-label"))
                .contains("5 values, latest 91 %", "baseline 88, target 92", "median 89.5", "Trend: 5 points in a row going up");
        assertThat(_get(Paragraph.class, s -> s.withId("run-chart-signals-" + attendanceMeasure.getId())).getText())
                .isEqualTo("Trend: 5 points in a row going up.");
        @SuppressWarnings("unchecked")
        Grid<ActionResearchCycle> timeline = _get(Grid.class, s -> s.withId("cycle-timeline"));
        assertThat(_fetch(timeline, 0, 10)).singleElement().satisfies(c -> assertThat(c.getDecision()).isEqualTo(ActionResearchCycle.Decision.ADOPT));

        UI.getCurrent().navigate(ImprovementProjectsView.class);
        @SuppressWarnings("unchecked")
        Grid<ImprovementProjectList.Row> rows = _get(Grid.class, s -> s.withId("improvement-projects"));
        assertThat(_fetch(rows, 0, 1000)).filteredOn(r -> r.project().getName().equals(name)).singleElement()
                .satisfies(r -> assertThat(r.latestAgainstTarget()).isEqualTo("Attendance 91 % against target 92"));

        UI.getCurrent().navigate(LearningLibraryView.class);
        _setValue(_get(TextField.class, s -> s.withId("library-search")), "week on week");
        @SuppressWarnings("unchecked")
        Grid<LearningSummary> library = _get(Grid.class, s -> s.withId("learning-library"));
        assertThat(_fetch(library, 0, 100)).extracting(LearningSummary::getTitle).contains(title);
        _setValue(_get(TextField.class, s -> s.withId("library-search")), "no such learning anywhere");
        assertThat(_fetch(library, 0, 100)).isEmpty();
    }
}
