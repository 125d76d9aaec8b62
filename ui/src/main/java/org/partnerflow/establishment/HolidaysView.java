package org.partnerflow.establishment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.partnerflow.workflow.WorkflowFeedback;
import org.partnerflow.words.Words;

/**
 * A council's own calendar: its local holidays and school holiday periods, which every timescale
 * counted in working days skips for the council's children, beside Scotland's bank holidays (the same
 * for every council, not kept here). A council's managers keep their council's, administrators every
 * council's; {@link LocalHolidays} refuses, in words, whatever is wrong or forced.
 */
@Route("holidays")
@PageTitle("Holidays | Partnerflow")
@Menu(order = 132, title = "Holidays", icon = "vaadin:calendar")
@RolesAllowed({"manager", "admin"})
class HolidaysView extends VerticalLayout {

    private final LocalHolidays localHolidays;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final Select<Authority> council = new Select<>();
    private final Div calendar = new Div();

    HolidaysView(LocalHolidays localHolidays, WorkingDays workingDays, Clock clock) {
        this.localHolidays = localHolidays;
        this.workingDays = workingDays;
        this.clock = clock;
        add(new H2("Holidays"), new Paragraph("Timescales counted in working days (such as the Named Person assessment's) skip "
                + "weekends, Scotland's bank holidays and the child's council's own holidays below: its local holidays and its "
                + "school holiday periods. A due date never falls on one of them. Timescales set in calendar days (reminders, "
                + "reviews) count every day."));
        List<Authority> kept = localHolidays.councilsKeptByMe();
        if (kept.isEmpty()) {
            Paragraph none = new Paragraph("You keep no council's calendar: each council's managers keep their own, and "
                    + "administrators every council's.");
            none.setId("no-council-kept");
            add(none, bankHolidays());
            return;
        }
        council.setLabel("Council");
        council.setId("holiday-council");
        council.setItems(kept);
        council.setItemLabelGenerator(a -> a == null ? "" : a.getName());
        council.setValue(kept.get(0));
        council.addValueChangeListener(e -> show());
        council.setVisible(kept.size() > 1);
        add(council, calendar, bankHolidays());
        show();
    }

    private void show() {
        Authority chosen = council.getValue();
        calendar.removeAll();
        Button add = new Button("Add a holiday", e -> editor(chosen, null));
        add.setId("add-holiday");
        add.getElement().setAttribute("aria-label", "Add a holiday to " + chosen.getName() + "'s calendar");
        calendar.add(new H3(chosen.getName() + "'s own holidays"), add, holidays(chosen));
    }

    private Grid<AuthorityHoliday> holidays(Authority chosen) {
        Grid<AuthorityHoliday> grid = new Grid<>(AuthorityHoliday.class, false);
        grid.setId("holidays");
        grid.getElement().setAttribute("aria-label", chosen.getName() + "'s local and school holidays");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AuthorityHoliday::getName).setKey("name").setHeader("Name").setFlexGrow(3);
        grid.addColumn(h -> Words.of(h.getKind())).setKey("kind").setHeader("Kind").setFlexGrow(2);
        grid.addColumn(h -> Words.date(h.getFirstDay())).setKey("first").setHeader("First day").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> Words.date(h.getLastDay())).setKey("last").setHeader("Last day").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> days(h)).setKey("days").setHeader("Days").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(h -> actions(chosen, h)).setKey("actions").setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(chosen.getName() + " has no holidays of its own recorded: only weekends and bank holidays are skipped.");
        grid.setItems(localHolidays.of(chosen.getCode()));
        return grid;
    }

    private static String days(AuthorityHoliday holiday) {
        long days = ChronoUnit.DAYS.between(holiday.getFirstDay(), holiday.getLastDay()) + 1;
        return days == 1 ? "1 day" : days + " days";
    }

    private Component actions(Authority chosen, AuthorityHoliday holiday) {
        Button change = new Button("Change", e -> editor(chosen, holiday));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.setId("change-holiday-" + holiday.getId());
        change.getElement().setAttribute("aria-label", "Change " + holiday.getName());
        Button remove = new Button("Remove", e -> {
            try {
                localHolidays.remove(holiday.getId(), holiday.getVersion());
            } catch (RuntimeException refused) {
                WorkflowFeedback.refused(refused, null);
                return;
            }
            WorkflowFeedback.success("Removed: " + holiday.getName() + " (" + period(holiday) + ").");
            show();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("remove-holiday-" + holiday.getId());
        remove.getElement().setAttribute("aria-label", "Remove " + holiday.getName());
        return new HorizontalLayout(change, remove);
    }

    private static String period(AuthorityHoliday holiday) {
        return holiday.getFirstDay().equals(holiday.getLastDay()) ? Words.date(holiday.getFirstDay())
                : Words.date(holiday.getFirstDay()) + " to " + Words.date(holiday.getLastDay());
    }

    /**
     * Adds a holiday to the council, or changes one, with the version shown on the page: a change
     * someone made meanwhile is refused and said so.
     */
    private void editor(Authority chosen, AuthorityHoliday holiday) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(holiday == null ? "Add a holiday to " + chosen.getName() + "'s calendar" : "Change " + holiday.getName());
        TextField name = new TextField("Name");
        name.setId("holiday-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("Such as \"October week\" or \"Glasgow Fair Monday\"");
        Select<HolidayKind> kind = new Select<>();
        kind.setLabel("Kind (required)");
        kind.setId("holiday-kind");
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : Words.of(k));
        DatePicker first = new DatePicker("First day");
        first.setId("holiday-first");
        first.setRequiredIndicatorVisible(true);
        DatePicker last = new DatePicker("Last day");
        last.setId("holiday-last");
        last.setRequiredIndicatorVisible(true);
        last.setHelperText("The first day again for a single day");
        // A single day is the common case: an empty last day, or one before the new first day, becomes the first day.
        first.addValueChangeListener(e -> {
            if (e.getValue() != null && (last.isEmpty() || last.getValue().isBefore(e.getValue()))) {
                last.setValue(e.getValue());
            }
        });
        if (holiday != null) {
            name.setValue(holiday.getName());
            kind.setValue(holiday.getKind());
            first.setValue(holiday.getFirstDay());
            last.setValue(holiday.getLastDay());
        }
        long seenVersion = holiday == null ? 0 : holiday.getVersion();
        Button save = new Button("Save", e -> {
            AuthorityHoliday saved;
            try {
                saved = holiday == null
                        ? localHolidays.add(chosen.getCode(), first.getValue(), last.getValue(), name.getValue(), kind.getValue())
                        : localHolidays.change(holiday.getId(), first.getValue(), last.getValue(), name.getValue(), kind.getValue(), seenVersion);
            } catch (RuntimeException refused) {
                WorkflowFeedback.refused(refused, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success((holiday == null ? "Added to " + chosen.getName() + "'s calendar: " : "Saved: ")
                    + saved.getName() + " (" + period(saved) + ").");
            show();
        });
        save.setId("save-holiday");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, kind, first, last));
        dialog.setWidth("36rem");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** Scotland's bank holidays this year and next: shown so a manager sees the whole calendar, kept by no one here. */
    private Component bankHolidays() {
        int year = LocalDate.now(clock.withZone(Words.ZONE)).getYear();
        Map<LocalDate, String> days = workingDays.bankHolidays(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
        Grid<Map.Entry<LocalDate, String>> bank = new Grid<>();
        bank.setId("bank-holidays");
        bank.getElement().setAttribute("aria-label", "Scotland's bank holidays in " + year + " and " + (year + 1));
        bank.addThemeVariants(GridVariant.LUMO_COMPACT);
        bank.setAllRowsVisible(true);
        bank.setWidth("32rem");
        bank.addColumn(d -> Words.date(d.getKey())).setKey("day").setHeader("Day").setAutoWidth(true).setFlexGrow(0);
        bank.addColumn(Map.Entry::getValue).setKey("name").setHeader("Bank holiday").setFlexGrow(1);
        bank.setItems(List.copyOf(days.entrySet()));
        VerticalLayout section = new VerticalLayout(new H3("Scotland's bank holidays in " + year + " and " + (year + 1)),
                new Paragraph("The same for every council (substitute days included, when a holiday falls at a weekend); "
                        + "Partnerflow knows them, nobody keeps them here."), bank);
        section.setPadding(false);
        return section;
    }
}
