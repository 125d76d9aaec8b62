package org.partnerflow.establishment;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The Holidays page: a council's managers keep its local and school holidays; administrators every council's. */
class HolidaysViewTest extends KaribuSpringTest {

    private static final String GLASGOW = "glasgow-city";

    @Autowired
    LocalHolidays localHolidays;
    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void removeThePeriodsMadeHere() {
        people.signIn(Role.ADMIN);
        localHolidays.councilsKeptByMe().forEach(council -> localHolidays.of(council.getCode()).stream()
                .filter(h -> h.getName().startsWith("Test ")).forEach(h -> localHolidays.remove(h.getId(), h.getVersion())));
        people.signOut();
    }

    private void open(String userId) {
        openUiAs(userId);
        UI.getCurrent().navigate(HolidaysView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static int rowOf(String name) {
        List<AuthorityHoliday> rows = _findAll(HolidaysViewTest.<AuthorityHoliday>grid("holidays"));
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the table"));
    }

    private static Button rowButton(String name, String idPrefix) {
        Grid<AuthorityHoliday> grid = grid("holidays");
        long id = _findAll(grid).get(rowOf(name)).getId();
        return (Button) _getCellComponent(grid, rowOf(name), "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(idPrefix + id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void fill(String name, HolidayKind kind, LocalDate first, LocalDate last) {
        _setValue(_get(TextField.class, s -> s.withId("holiday-name")), name);
        if (kind != null) {
            _setValue((Select<HolidayKind>) _get(Select.class, s -> s.withId("holiday-kind")), kind);
        }
        _setValue(_get(DatePicker.class, s -> s.withId("holiday-first")), first);
        if (last != null) {
            _setValue(_get(DatePicker.class, s -> s.withId("holiday-last")), last);
        }
    }

    private static void save() {
        _click(_get(Button.class, s -> s.withId("save-holiday")));
    }

    @Test
    void aGlasgowManagerAddsChangesAndRemovesGlasgowsOctoberWeekAndIsToldWhatIsWrongInWords() {
        open(people.ensure(Role.MANAGER));
        _assertNone(Select.class, s -> s.withId("holiday-council")); // one council: nothing to choose, not shown
        Grid<java.util.Map.Entry<LocalDate, String>> bank = grid("bank-holidays");
        int year = LocalDate.now(org.partnerflow.words.Words.ZONE).getYear();
        assertThat(IntStream.range(0, _size(bank)).mapToObj(i -> _getFormatted(bank, i, "day")))
                .contains("25 Dec " + year, "30 Nov " + year, "1 Jan " + (year + 1));

        _click(_get(Button.class, s -> s.withId("add-holiday")));
        fill("  ", HolidayKind.SCHOOL_HOLIDAY, LocalDate.of(2027, 10, 11), null);
        assertThat(_get(DatePicker.class, s -> s.withId("holiday-last")).getValue()).as("a single day unless said").isEqualTo(LocalDate.of(2027, 10, 11));
        save();
        NotificationsKt.expectNotifications("Give the holiday a name, such as \"October week\" or \"Glasgow Fair Monday\".");
        fill("Test October week", HolidayKind.SCHOOL_HOLIDAY, LocalDate.of(2027, 10, 11), LocalDate.of(2027, 10, 8));
        save();
        NotificationsKt.expectNotifications("The last day (8 Oct 2027) is before the first day (11 Oct 2027).");
        _setValue(_get(DatePicker.class, s -> s.withId("holiday-last")), LocalDate.of(2027, 10, 15));
        save();
        NotificationsKt.expectNotifications("Added to Glasgow City's calendar: Test October week (11 Oct 2027 to 15 Oct 2027).");

        Grid<AuthorityHoliday> holidays = grid("holidays");
        int row = rowOf("Test October week");
        assertThat(_getFormatted(holidays, row, "kind")).isEqualTo("School holiday");
        assertThat(_getFormatted(holidays, row, "first")).isEqualTo("11 Oct 2027");
        assertThat(_getFormatted(holidays, row, "last")).isEqualTo("15 Oct 2027");
        assertThat(_getFormatted(holidays, row, "days")).isEqualTo("5 days");
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 10, 13))).isFalse();

        // Another school holiday sharing its days is refused, naming the one it clashes with.
        _click(_get(Button.class, s -> s.withId("add-holiday")));
        fill("Test long weekend", HolidayKind.SCHOOL_HOLIDAY, LocalDate.of(2027, 10, 15), LocalDate.of(2027, 10, 18));
        save();
        NotificationsKt.expectNotifications("Glasgow City already has the school holiday \"Test October week\" from 11 Oct 2027 to "
                + "15 Oct 2027, which shares days with this one: change that one instead, or choose other days.");
        fill("Test long weekend", HolidayKind.LOCAL_HOLIDAY, LocalDate.of(2027, 10, 18), LocalDate.of(2027, 10, 18));
        save();
        NotificationsKt.expectNotifications("Added to Glasgow City's calendar: Test long weekend (18 Oct 2027).");
        assertThat(_getFormatted(grid("holidays"), rowOf("Test long weekend"), "days")).isEqualTo("1 day");

        _click(rowButton("Test October week", "change-holiday-"));
        assertThat(_get(TextField.class, s -> s.withId("holiday-name")).getValue()).isEqualTo("Test October week");
        fill("Test October week", HolidayKind.SCHOOL_HOLIDAY, LocalDate.of(2027, 10, 11), LocalDate.of(2027, 10, 14));
        save();
        NotificationsKt.expectNotifications("Saved: Test October week (11 Oct 2027 to 14 Oct 2027).");
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 10, 15))).isTrue();

        _click(rowButton("Test long weekend", "remove-holiday-"));
        NotificationsKt.expectNotifications("Removed: Test long weekend (18 Oct 2027).");
        assertThat(_findAll(HolidaysViewTest.<AuthorityHoliday>grid("holidays"))).extracting(AuthorityHoliday::getName)
                .doesNotContain("Test long weekend");
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 10, 18))).isTrue();
    }

    @Test
    void aChangeMadeMeanwhileIsToldInWordsAndNotOverwritten() {
        String manager = people.ensure(Role.MANAGER);
        people.signInAs(manager);
        AuthorityHoliday fair = localHolidays.add(GLASGOW, LocalDate.of(2027, 7, 19), LocalDate.of(2027, 7, 19), "Test Fair Monday",
                HolidayKind.LOCAL_HOLIDAY);
        people.signOut();
        open(manager);

        _click(rowButton("Test Fair Monday", "change-holiday-"));
        // Another manager renames it while this one has the dialog open.
        localHolidays.change(fair.getId(), fair.getFirstDay(), fair.getLastDay(), "Test Glasgow Fair Monday", fair.getKind(), fair.getVersion());
        fill("Test Fair Tuesday", HolidayKind.LOCAL_HOLIDAY, LocalDate.of(2027, 7, 20), LocalDate.of(2027, 7, 20));
        save();
        NotificationsKt.expectNotifications("Test Glasgow Fair Monday was changed by someone else meanwhile. Reload to see the change, then make yours.");
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 7, 19))).as("not overwritten").isFalse();
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 7, 20))).isTrue();

        // The page still shows the old row: removing it is refused the same way.
        _click(_get(Button.class, s -> s.withText("Cancel")));
        _click(rowButton("Test Fair Monday", "remove-holiday-"));
        NotificationsKt.expectNotifications("Test Glasgow Fair Monday was changed by someone else meanwhile. Reload to see the change, then make yours.");
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 7, 19))).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorChoosesAnyCouncil() {
        open(people.ensure(Role.ADMIN));
        Select<Authority> council = _get(Select.class, s -> s.withId("holiday-council"));
        assertThat(council.isVisible()).isTrue();
        assertThat(council.getListDataView().getItems().map(Authority::getName)).hasSize(8).contains("Inverclyde", "Renfrewshire");
        _setValue(council, council.getListDataView().getItems().filter(a -> a.getName().equals("Inverclyde")).findFirst().orElseThrow());

        _click(_get(Button.class, s -> s.withId("add-holiday")));
        fill("Test Inverclyde holiday", HolidayKind.LOCAL_HOLIDAY, LocalDate.of(2027, 8, 27), null);
        save();
        NotificationsKt.expectNotifications("Added to Inverclyde's calendar: Test Inverclyde holiday (27 Aug 2027).");
        assertThat(workingDays.isWorkingDay("inverclyde", LocalDate.of(2027, 8, 27))).isFalse();
        assertThat(workingDays.isWorkingDay(GLASGOW, LocalDate.of(2027, 8, 27))).isTrue();
    }

    @Test
    void aRegionalManagerKeepsNoCouncilsCalendarAndAPractitionerIsDeniedThePage() {
        open(people.ensureIn("test-manager-region-only", List.of("west-partnership"), Role.MANAGER));
        assertThat(_get(Paragraph.class, s -> s.withId("no-council-kept")).getText()).startsWith("You keep no council's calendar");
        _assertNone(Button.class, s -> s.withId("add-holiday"));
        assertThat(grid("bank-holidays")).isNotNull();

        openUiAs(people.ensure(Role.PRACTITIONER));
        assertThatThrownBy(() -> UI.getCurrent().navigate(HolidaysView.class)).hasMessageContaining("Access is denied");
    }
}
