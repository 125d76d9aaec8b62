package org.partnerflow.indicators;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.charts.LineChart;
import org.partnerflow.identity.Role;
import org.partnerflow.indicators.CriticalIndicator.BetterWhen;
import org.springframework.beans.factory.annotation.Autowired;

class CriticalIndicatorsViewTest extends KaribuSpringTest {

    @Autowired
    RegionalIndicators regional;

    @Test
    void everyoneSeesTheTableAndItsChartsButOnlyManagersKeepItUpToDate() {
        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(CriticalIndicatorsView.class);
        @SuppressWarnings("unchecked")
        Grid<RegionalIndicators.Row> table = _get(Grid.class, s -> s.withId("indicator-table"));
        assertThat(_fetch(table, 0, 100)).extracting(r -> r.indicator().getCode()).startsWith("primary-literacy", "primary-numeracy");
        assertThat(_get(LineChart.class, s -> s.withId("indicator-chart-primary-literacy")).getElement().getAttribute("aria-label"))
                .isEqualTo("Primary pupils (P1, P4, P7 combined) achieving expected levels or better in literacy (baseline 71 percent in 2016-17, "
                        + "target 78 percent by 2020-21). Values: 2017-18 75 percent. Better than the baseline, short of the target (2017-18).");
        _assertNone(Button.class, s -> s.withId("add-indicator"));
        assertThat(table.getColumnByKey("actions")).as("no one but managers and administrators keeps the table").isNull();
    }

    @Test
    void aManagerAddsAnIndicatorCorrectsItsTargetAndRecordsAYearWithBadInputRefusedInWords() {
        String code = "pilot-" + Long.toString(System.nanoTime(), 36);
        String name = "Pilot attendance " + code;
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(CriticalIndicatorsView.class);

        _click(_get(Button.class, s -> s.withId("add-indicator")));
        _setValue(_get(TextField.class, s -> s.withId("indicator-code")), code);
        _setValue(_get(TextField.class, s -> s.withId("indicator-name")), name);
        _setValue(_get(TextField.class, s -> s.withId("indicator-unit")), "percent");
        _setValue(_get(BigDecimalField.class, s -> s.withId("indicator-baseline")), new BigDecimal("90.7"));
        _setValue(_get(TextField.class, s -> s.withId("indicator-baseline-year")), "2016/17");
        _setValue(_get(BigDecimalField.class, s -> s.withId("indicator-target")), new BigDecimal("92"));
        _setValue(_get(TextField.class, s -> s.withId("indicator-target-year")), "2020-21");
        _click(_get(Button.class, s -> s.withId("save-indicator")));
        NotificationsKt.expectNotifications("The baseline's school year must be written like 2018-19.");
        assertThat(regional.find(code)).isEmpty();
        _setValue(_get(TextField.class, s -> s.withId("indicator-baseline-year")), "2016-17");
        _click(_get(Button.class, s -> s.withId("save-indicator")));
        NotificationsKt.expectNotifications("Saved: " + name);
        assertThat(regional.find(code)).hasValueSatisfying(i -> assertThat(i.getBetterWhen()).isEqualTo(BetterWhen.HIGHER));

        _click(rowButton(code, "edit-indicator-"));
        assertThat(_get(TextField.class, s -> s.withId("indicator-name")).getValue()).isEqualTo(name);
        _setValue(_get(BigDecimalField.class, s -> s.withId("indicator-target")), new BigDecimal("93"));
        @SuppressWarnings("unchecked")
        Select<BetterWhen> direction = _get(Select.class, s -> s.withId("indicator-better-when"));
        assertThat(direction.getValue()).isEqualTo(BetterWhen.HIGHER);
        _click(_get(Button.class, s -> s.withId("save-indicator")));
        NotificationsKt.expectNotifications("Saved: " + name);
        assertThat(regional.find(code).orElseThrow().getTarget()).isEqualByComparingTo("93");

        _click(rowButton(code, "record-value-"));
        _setValue(_get(TextField.class, s -> s.withId("value-year")), "2018-19");
        _click(_get(Button.class, s -> s.withId("save-value")));
        NotificationsKt.expectNotifications("The value is required.");
        _setValue(_get(BigDecimalField.class, s -> s.withId("value-measured")), new BigDecimal("93.4"));
        _click(_get(Button.class, s -> s.withId("save-value")));
        NotificationsKt.expectNotifications(name + ": 2018-19 recorded.");
        assertThat(_get(LineChart.class, s -> s.withId("indicator-chart-" + code)).getElement().getAttribute("aria-label"))
                .endsWith("Values: 2018-19 93.4 percent. Target met (2018-19).");
        assertThat(_get(LineChart.class, s -> s.withId("indicator-chart-" + code)).svg().getElement().getProperty("innerHTML"))
                .contains("2016-17", "2018-19", "Target 93 by 2020-21", "r=\"5\" fill=\"#c0392b\"");

        // Correcting the year shows what it was; a change by someone else meanwhile is detected.
        _click(rowButton(code, "record-value-"));
        _setValue(_get(TextField.class, s -> s.withId("value-year")), "2018-19");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("value-existing")).getText())
                .startsWith("Correcting 2018-19: was 93.4 percent, recorded by ");
        CriticalIndicator indicator = regional.find(code).orElseThrow();
        YearlyValue seen = regional.table().stream().filter(r -> r.indicator().getCode().equals(code)).findFirst().orElseThrow().values().get(0);
        regional.recordValue(indicator.getId(), "2018-19", new BigDecimal("93.1"), "Another manager", seen.getVersion());
        _setValue(_get(BigDecimalField.class, s -> s.withId("value-measured")), new BigDecimal("93.6"));
        _click(_get(Button.class, s -> s.withId("save-value")));
        NotificationsKt.expectNotifications("Someone else changed this value while you were working on it (version 1, you had 0). "
                + "Reload to see their changes, then try again.");
        assertThat(regional.table().stream().filter(r -> r.indicator().getCode().equals(code)).findFirst().orElseThrow().values())
                .singleElement().satisfies(v -> assertThat(v.getMeasured()).isEqualByComparingTo("93.1"));
    }

    /** A button in the indicator's row of the table (grid cells are not in the component tree until rendered). */
    private static Button rowButton(String code, String idPrefix) {
        @SuppressWarnings("unchecked")
        Grid<RegionalIndicators.Row> table = _get(Grid.class, s -> s.withId("indicator-table"));
        List<RegionalIndicators.Row> rows = _fetch(table, 0, 1000);
        int index = IntStream.range(0, rows.size()).filter(i -> rows.get(i).indicator().getCode().equals(code)).findFirst().orElseThrow();
        return (Button) _getCellComponent(table, index, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(idPrefix + code)).findFirst().orElseThrow();
    }
}
