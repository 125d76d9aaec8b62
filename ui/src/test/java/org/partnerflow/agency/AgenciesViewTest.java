package org.partnerflow.agency;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.People;
import org.partnerflow.identity.People.Person;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/** The Agencies page: each council's agencies and their people, kept by the council's own managers and by administrators. */
class AgenciesViewTest extends KaribuSpringTest {

    private static final String GLASGOW = "glasgow-city";
    private static final String RENFREWSHIRE = "renfrewshire";

    @Autowired
    AgencyRegister register;
    @Autowired
    People identity;

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    private void open(String userId) {
        openUiAs(userId);
        UI.getCurrent().navigate(AgenciesView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static int rowOf(Grid<Agency> grid, String name) {
        List<Agency> rows = _findAll(grid);
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + grid.getId().orElse("the table")));
    }

    /** A button in an agency's row (grid cells are not in the component tree until rendered). */
    private static Button rowButton(String council, String name, String idPrefix) {
        Grid<Agency> grid = grid("agencies-" + council);
        String code = _findAll(grid).get(rowOf(grid, name)).getCode();
        return (Button) _getCellComponent(grid, rowOf(grid, name), "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(idPrefix + code)).findFirst().orElseThrow();
    }

    private static void addAgency(String council, String name, AgencyKind kind) {
        _click(_get(Button.class, s -> s.withId("add-agency-" + council)));
        _setValue(_get(TextField.class, s -> s.withId("agency-name")), name);
        @SuppressWarnings("unchecked")
        Select<AgencyKind> kinds = _get(Select.class, s -> s.withId("agency-kind"));
        _setValue(kinds, kind);
        _click(_get(Button.class, s -> s.withId("save-agency")));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Person> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @Test
    void aGlasgowManagerAddsAnAgencyWithItsPractitionerAndManager() {
        String nurse = people.ensure("test-agency-view-nurse", Role.PARTNER_AGENCY);
        String lead = people.ensure("test-agency-view-lead", Role.PARTNER_AGENCY);
        String nurseName = identity.displayName(nurse);
        String leadName = identity.displayName(lead);
        open(people.ensure(Role.MANAGER));

        register.councils().forEach(council -> assertThat(grid("agencies-" + council.getCode())).isNotNull());
        assertThat(grid("agencies-" + GLASGOW).getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Name", "Kind", "Open or closed", "Practitioners", "Managers", "Change");
        Grid<Agency> glasgow = grid("agencies-" + GLASGOW);
        assertThat(_getFormatted(glasgow, rowOf(glasgow, "Police Scotland G Division"), "kind")).isEqualTo("Police");

        addAgency(GLASGOW, "ab", AgencyKind.HEALTH);
        NotificationsKt.expectNotifications("The agency's name needs between 3 and 200 characters.");
        String name = unique("School Nursing Service");
        _setValue(_get(TextField.class, s -> s.withId("agency-name")), name);
        _click(_get(Button.class, s -> s.withId("save-agency")));
        NotificationsKt.expectNotifications(name + " added to Glasgow City.");

        glasgow = grid("agencies-" + GLASGOW);
        int row = rowOf(glasgow, name);
        assertThat(_getFormatted(glasgow, row, "kind")).isEqualTo("Health");
        assertThat(_getFormatted(glasgow, row, "open")).isEqualTo("Open");
        assertThat(_getFormatted(glasgow, row, "practitioners")).isEqualTo("None yet");

        _click(rowButton(GLASGOW, name, "people-"));
        _click(_get(Button.class, s -> s.withId("add-practitioners")));
        NotificationsKt.expectNotifications("Choose the person first.");
        selectByLabel(combo("choose-practitioners"), nurseName);
        _click(_get(Button.class, s -> s.withId("add-practitioners")));
        NotificationsKt.expectNotifications(nurseName + " is now a practitioner of " + name + ".");
        selectByLabel(combo("choose-managers"), leadName);
        _click(_get(Button.class, s -> s.withId("add-managers")));
        NotificationsKt.expectNotifications(leadName + " is now a manager of " + name + ".");
        assertThat(_findAll(this.<Person>grid("agency-practitioners"))).extracting(Person::name).containsExactly(nurseName);
        assertThat(_findAll(this.<Person>grid("agency-managers"))).extracting(Person::name).containsExactly(leadName);
        _click(_get(Button.class, s -> s.withId("agency-people-done")));

        glasgow = grid("agencies-" + GLASGOW);
        row = rowOf(glasgow, name);
        assertThat(_getFormatted(glasgow, row, "practitioners")).as("by name, never the user id").isEqualTo(nurseName);
        assertThat(_getFormatted(glasgow, row, "managers")).isEqualTo(leadName);
        Agency added = register.find(_findAll(glasgow).get(row).getCode()).orElseThrow();
        assertThat(identity.isMember(nurse, added.practitionerGroup())).isTrue();
        assertThat(identity.isMember(lead, added.managerGroup())).isTrue();

        // Taking the practitioner out again, from the same dialog.
        _click(rowButton(GLASGOW, name, "people-"));
        Grid<Person> practitioners = grid("agency-practitioners");
        _click((Button) _getCellComponent(practitioners, 0, "actions"));
        NotificationsKt.expectNotifications(nurseName + " is no longer a practitioner of " + name + ".");
        assertThat(register.practitionersOf(added)).isEmpty();
    }

    @Test
    void aGlasgowManagerReadsRenfrewshireButCannotChangeIt() {
        open(people.ensure(Role.MANAGER));

        _assertNone(Button.class, s -> s.withId("add-agency-" + RENFREWSHIRE));
        assertThat(grid("agencies-" + RENFREWSHIRE).getColumnByKey("actions")).as("no edit controls").isNull();
        assertThat(_get(Button.class, s -> s.withId("add-agency-" + GLASGOW))).isNotNull();
        assertThatThrownBy(() -> register.add(RENFREWSHIRE, unique("Paisley Family Support"), AgencyKind.THIRD_SECTOR))
                .isInstanceOf(Refusal.class).hasMessage("Only Renfrewshire's managers or an administrator can change its agencies.");
    }

    @Test
    void anAdministratorRenamesAndClosesAnyCouncilsAgencyAndAChangeMeanwhileIsToldInWords() {
        open(people.ensure(Role.ADMIN));
        String name = unique("Renfrewshire Young Carers");
        addAgency(RENFREWSHIRE, name, AgencyKind.THIRD_SECTOR);
        NotificationsKt.expectNotifications(name + " added to Renfrewshire.");

        _click(rowButton(RENFREWSHIRE, name, "change-"));
        assertThat(_get(TextField.class, s -> s.withId("agency-name")).getValue()).isEqualTo(name);
        Agency seen = register.of(RENFREWSHIRE).stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
        // Someone else renames it while the dialog is open.
        register.change(seen.getCode(), name + " Service", seen.getKind(), false, seen.getVersion());
        _setValue(_get(Checkbox.class, s -> s.withId("agency-closed")), true);
        _click(_get(Button.class, s -> s.withId("save-agency")));
        NotificationsKt.expectNotifications(name + " Service was changed by someone else meanwhile. Reload to see the change, then make yours.");
        assertThat(register.find(seen.getCode()).orElseThrow().isClosed()).isFalse();

        open(people.ensure(Role.ADMIN));
        _click(rowButton(RENFREWSHIRE, name + " Service", "change-"));
        _setValue(_get(Checkbox.class, s -> s.withId("agency-closed")), true);
        _click(_get(Button.class, s -> s.withId("save-agency")));
        NotificationsKt.expectNotifications("Saved: " + name + " Service (closed).");
        Grid<Agency> renfrewshire = grid("agencies-" + RENFREWSHIRE);
        assertThat(_getFormatted(renfrewshire, rowOf(renfrewshire, name + " Service"), "open")).isEqualTo("Closed");
    }

    @Test
    void aPartnerAgencyPractitionerIsDeniedThePage() {
        openUiAs(people.ensure(Role.PARTNER_AGENCY));
        assertThatThrownBy(() -> UI.getCurrent().navigate(AgenciesView.class)).hasMessageContaining("Access is denied");
    }
}
