package org.partnerflow.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.charts.LineChart;
import org.partnerflow.identity.People;
import org.partnerflow.indicators.CriticalIndicator.BetterWhen;
import org.partnerflow.indicators.RegionalIndicators.Details;
import org.partnerflow.indicators.RegionalIndicators.Row;
import org.partnerflow.workflow.WorkflowFeedback;

/**
 * The regional table of critical indicators: each with its baseline, latest value and target, where
 * it stands, and a chart of its values over the years. Managers correct the table and record each
 * year's values here.
 */
@Route("indicators")
@PageTitle("Critical indicators | Partnerflow")
@Menu(order = 80, title = "Critical indicators", icon = "vaadin:bar-chart")
@PermitAll
public class CriticalIndicatorsView extends VerticalLayout {

    private final RegionalIndicators regional;
    private final Grid<Row> table = new Grid<>(Row.class, false);
    private final Div charts = new Div();

    private final People people;

    public CriticalIndicatorsView(RegionalIndicators regional, People people) {
        this.regional = regional;
        this.people = people;
        table.setId("indicator-table");
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        table.addColumn(r -> r.indicator().getName()).setHeader("Indicator").setFlexGrow(3);
        table.addColumn(r -> r.indicator().getBaseline() == null ? "None"
                : r.indicator().amount(r.indicator().getBaseline()) + " (" + r.indicator().getBaselineYear() + ")").setHeader("Baseline").setFlexGrow(1);
        table.addColumn(r -> r.latest().map(v -> r.indicator().amount(v.getMeasured()) + " (" + v.getSchoolYear() + ")").orElse("None"))
                .setHeader("Latest").setFlexGrow(1);
        table.addColumn(r -> r.indicator().getTarget() == null ? "None"
                : r.indicator().amount(r.indicator().getTarget()) + " (" + r.indicator().getTargetYear() + ")").setHeader("Target").setFlexGrow(1);
        table.addColumn(r -> r.indicator().getBetterWhen() == BetterWhen.HIGHER ? "Higher" : "Lower").setHeader("Better when")
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(Row::progress).setHeader("Where it stands").setFlexGrow(2);
        if (regional.mayEdit()) {
            table.addComponentColumn(this::actions).setKey("actions").setHeader("Keep up to date").setAutoWidth(true).setFlexGrow(0);
        }
        charts.setId("indicator-charts");
        add(new H2("Critical indicators"), new Paragraph("The West Partnership's regional improvement plan: each indicator's baseline, "
                + "its value each school year and its target. Partnerships and improvement projects link to the indicators they aim to move."));
        if (regional.mayEdit()) {
            Button add = new Button("Add an indicator", e -> editor(null));
            add.setId("add-indicator");
            add(add);
        }
        add(table, new H3("Over the years"), charts);
        show();
    }

    private void show() {
        List<Row> rows = regional.table();
        table.setItems(rows);
        charts.removeAll();
        rows.forEach(r -> {
            Div figure = new Div(new H4(r.indicator().getName()), chart(r));
            figure.getStyle().set("overflow-x", "auto");
            charts.add(figure);
        });
    }

    /** The baseline year, then each recorded year; the baseline and target as lines. */
    static LineChart chart(Row row) {
        CriticalIndicator i = row.indicator();
        List<String> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Set<Integer> met = new HashSet<>();
        if (i.getBaseline() != null && row.values().stream().noneMatch(v -> v.getSchoolYear().equals(i.getBaselineYear()))) {
            years.add(i.getBaselineYear());
            values.add(i.getBaseline().doubleValue());
        }
        row.values().forEach(v -> {
            if (i.meetsTarget(v.getMeasured())) {
                met.add(years.size());
            }
            years.add(v.getSchoolYear());
            values.add(v.getMeasured().doubleValue());
        });
        LineChart.Builder chart = LineChart.of("indicator-chart-" + i.getCode(), i.getName())
                .occasions("School year", years).series("", values).flagged(met, "Target met");
        if (i.getBaseline() != null) {
            chart.level(i.getBaseline().doubleValue(), "Baseline " + LineChart.number(i.getBaseline().doubleValue()));
        }
        if (i.getTarget() != null) {
            chart.level(i.getTarget().doubleValue(), "Target " + LineChart.number(i.getTarget().doubleValue()) + " by " + i.getTargetYear());
        }
        String description = i.summary() + ". " + (row.values().isEmpty() ? "No yearly values yet" : "Values: " + String.join(", ",
                row.values().stream().map(v -> v.getSchoolYear() + " " + i.amount(v.getMeasured())).toList())) + ". " + row.progress() + ".";
        return chart.description(description).build();
    }

    private Component actions(Row row) {
        Button edit = new Button("Edit", e -> editor(row.indicator()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", "Edit " + row.indicator().getName());
        edit.setId("edit-indicator-" + row.indicator().getCode());
        Button value = new Button("Record a year", e -> yearEditor(row));
        value.addThemeVariants(ButtonVariant.LUMO_SMALL);
        value.getElement().setAttribute("aria-label", "Record a year's value: " + row.indicator().getName());
        value.setId("record-value-" + row.indicator().getCode());
        return new HorizontalLayout(edit, value);
    }

    /** Edits an indicator, or adds one when {@code indicator} is null. */
    private void editor(CriticalIndicator indicator) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(indicator == null ? "Add an indicator" : "Edit: " + indicator.getName());
        TextField code = new TextField("Code");
        code.setId("indicator-code");
        code.setHelperText("Lower-case letters, digits and hyphens; forms and evaluations use it");
        TextField name = new TextField("Name");
        name.setId("indicator-name");
        name.setMaxLength(300);
        TextField unit = new TextField("Unit");
        unit.setId("indicator-unit");
        unit.setMaxLength(40);
        Select<BetterWhen> betterWhen = new Select<>();
        betterWhen.setLabel("Better when");
        betterWhen.setId("indicator-better-when");
        betterWhen.setItems(BetterWhen.values());
        betterWhen.setItemLabelGenerator(b -> b == BetterWhen.HIGHER ? "Higher" : "Lower");
        BigDecimalField baseline = new BigDecimalField("Baseline");
        baseline.setId("indicator-baseline");
        TextField baselineYear = new TextField("Baseline school year");
        baselineYear.setId("indicator-baseline-year");
        baselineYear.setPlaceholder("2016-17");
        BigDecimalField target = new BigDecimalField("Target");
        target.setId("indicator-target");
        TextField targetYear = new TextField("Target school year");
        targetYear.setId("indicator-target-year");
        targetYear.setPlaceholder("2020-21");
        if (indicator != null) {
            name.setValue(indicator.getName());
            unit.setValue(indicator.getUnit());
            betterWhen.setValue(indicator.getBetterWhen());
            baseline.setValue(indicator.getBaseline());
            baselineYear.setValue(orEmpty(indicator.getBaselineYear()));
            target.setValue(indicator.getTarget());
            targetYear.setValue(orEmpty(indicator.getTargetYear()));
        } else {
            betterWhen.setValue(BetterWhen.HIGHER);
        }
        FormLayout form = new FormLayout();
        if (indicator == null) {
            form.add(code);
        }
        form.add(name, unit, betterWhen, baseline, baselineYear, target, targetYear);
        form.setColspan(name, 2);
        Button save = new Button("Save", e -> {
            Details details = new Details(name.getValue(), unit.getValue(), betterWhen.getValue(), baseline.getValue(),
                    baselineYear.getValue(), target.getValue(), targetYear.getValue());
            try {
                if (indicator == null) {
                    regional.add(code.getValue(), details);
                } else {
                    regional.edit(indicator.getId(), indicator.getVersion(), details);
                }
            } catch (RuntimeException ex) {
                WorkflowFeedback.refused(ex, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success("Saved: " + name.getValue().strip());
            show();
        });
        save.setId("save-indicator");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** Records a school year's value, or corrects it if that year already has one. */
    private void yearEditor(Row row) {
        CriticalIndicator indicator = row.indicator();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("A year's value: " + indicator.getName());
        TextField year = new TextField("School year");
        year.setId("value-year");
        year.setPlaceholder("2018-19");
        BigDecimalField measured = new BigDecimalField("Value (" + indicator.getUnit() + ")");
        measured.setId("value-measured");
        TextField note = new TextField("Source or note");
        note.setId("value-note");
        note.setMaxLength(1000);
        Paragraph existing = new Paragraph();
        existing.setId("value-existing");
        // A year that already has a value is corrected with the version that was seen, so two managers
        // correcting the same year cannot overwrite each other.
        Long[] seenVersion = {null};
        year.addValueChangeListener(e -> {
            var found = row.values().stream().filter(v -> v.getSchoolYear().equals(e.getValue().strip())).findFirst();
            seenVersion[0] = found.map(YearlyValue::getVersion).orElse(null);
            existing.setText(found.map(v -> "Correcting " + v.getSchoolYear() + ": was " + indicator.amount(v.getMeasured())
                    + ", recorded by " + people.displayName(v.getRecordedBy()) + ".").orElse(""));
            found.ifPresent(v -> measured.setValue(v.getMeasured()));
        });
        Button save = new Button("Save", e -> {
            try {
                regional.recordValue(indicator.getId(), year.getValue(), measured.getValue(), note.getValue(), seenVersion[0]);
            } catch (RuntimeException ex) {
                WorkflowFeedback.refused(ex, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success(indicator.getName() + ": " + year.getValue().strip() + " recorded.");
            show();
        });
        save.setId("save-value");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(year, measured, note), existing);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
