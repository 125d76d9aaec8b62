package org.partnerflow;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.words.Words;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.ProcessFamilies;
import org.partnerflow.workflow.ProcessFamily;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages that list every family list the family beans, in their order, and nothing by hand. */
class ProcessFamilyViewsTest extends KaribuSpringTest {

    @Autowired
    ProcessFamilies families;

    @Test
    void theAccessLogFiltersByEachFamilysRecordTypes() {
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate("audit/access");

        Select<?> recordType = _get(Select.class, s -> s.withId("access-record-type"));
        assertThat(ComboBoxKt.getSuggestions(recordType)).containsExactlyInAnyOrder("Any", "Child's case", "Child's record", "Partnership", "Improvement project");
    }

    @Test
    void oversightShowsWhereWorkWaitsForEachFamily() {
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate("oversight");

        for (ProcessFamily family : families.all()) {
            Anchor heat = _get(Anchor.class, s -> s.withId("heat-" + family.processKey()));
            assertThat(heat.getText()).isEqualTo(family.displayName());
            assertThat(heat.getHref()).isEqualTo("oversight/heat/" + family.processKey());
        }
        assertThat(_find(Anchor.class, s -> s.withText("Partnership enquiry"))).isEmpty();
        Select<?> throughput = _get(Select.class, s -> s.withId("throughput-process"));
        assertThat(ComboBoxKt.getSuggestions(throughput)).containsExactly("GIRFEC referral", "Partnerships", "Improvement projects");
    }

    @Autowired
    TestPartnerships partnerships;

    @Test
    void oversightShowsEachFamilysFiguresUnderTheirHeadingsAndALineOpensItsRecord() {
        String name = "0 Oversight page " + System.nanoTime();
        partnerships.propose(people.ensure(Role.PARTNERSHIP_LEAD), TestPartnerships.proposal(name, "school-cluster", partnerships.partners(2)));
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate("oversight");

        assertThat(_find(Grid.class)).extracting(Grid::getId).map(id -> id.orElse("")).containsExactly("open-cases", "timescale-breaches", "pathway-overrides",
                "partnerships-by-status", "running-partnerships", "projects-by-status", "projects-by-step", "overdue-by-team",
                "overdue-by-person", "throughput");
        for (ProcessFamily family : families.all()) {
            for (OversightFigure figure : family.oversightFigures()) {
                Grid<?> grid = _get(Grid.class, s -> s.withId(figure.id()));
                assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).as(figure.id()).isEqualTo(figure.headings());
                assertThat(_find(H3.class, s -> s.withText(figure.title()))).as(figure.title()).hasSize(1);
            }
        }
        @SuppressWarnings("unchecked")
        Grid<OversightFigure.Row> running = _get(Grid.class, s -> s.withId("running-partnerships"));
        List<OversightFigure.Row> rows = _fetch(running, 0, 100);
        OversightFigure.Row row = rows.stream().filter(r -> r.cells().get(0).equals(name)).findFirst().orElseThrow();
        assertThat(row.cells()).containsExactly(name, Words.of(Partnership.Status.SETTING_UP), "Not yet evaluated", "");
        GridKt._clickItem(running, rows.indexOf(row));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(row.address()).matches("partnerships/\\d+");
    }
}
