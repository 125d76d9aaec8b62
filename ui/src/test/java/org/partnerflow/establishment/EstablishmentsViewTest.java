package org.partnerflow.establishment;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
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

/** The Establishments page: every council shown, each kept by its own managers and by administrators. */
class EstablishmentsViewTest extends KaribuSpringTest {

    private static final String GLASGOW = "glasgow-city";
    private static final String RENFREWSHIRE = "renfrewshire";
    private static final String REGION = "west-partnership";

    @Autowired
    EstablishmentRegister register;
    @Autowired
    People identity;

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    private void open(String userId) {
        openUiAs(userId);
        UI.getCurrent().navigate(EstablishmentsView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static int rowOf(Grid<Establishment> grid, String name) {
        List<Establishment> rows = _findAll(grid);
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + grid.getId().orElse("the table")));
    }

    /** A button in an establishment's row (grid cells are not in the component tree until rendered). */
    private static Button rowButton(String authority, String name, String idPrefix) {
        Grid<Establishment> grid = grid("establishments-" + authority);
        String code = _findAll(grid).get(rowOf(grid, name)).getCode();
        return (Button) _getCellComponent(grid, rowOf(grid, name), "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(idPrefix + code)).findFirst().orElseThrow();
    }

    private static void addEstablishment(String authority, String name, EstablishmentKind kind) {
        _click(_get(Button.class, s -> s.withId("add-establishment-" + authority)));
        _setValue(_get(TextField.class, s -> s.withId("establishment-name")), name);
        @SuppressWarnings("unchecked")
        Select<EstablishmentKind> kinds = _get(Select.class, s -> s.withId("establishment-kind"));
        _setValue(kinds, kind);
        _click(_get(Button.class, s -> s.withId("save-establishment")));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Person> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @Test
    void aGlasgowManagerSeesEveryCouncilAddsAnEstablishmentAndAppointsItsNamedPerson() {
        String namedPerson = people.ensure("test-np-" + Long.toString(System.nanoTime(), 36), Role.NAMED_PERSON);
        String namedPersonName = identity.displayName(namedPerson);
        String practitionerName = identity.displayName(people.ensure(Role.PRACTITIONER));
        open(people.ensure(Role.MANAGER));

        register.councils().forEach(council -> assertThat(grid("establishments-" + council.getCode())).isNotNull());
        assertThat(_find(Grid.class, s -> s.withId("establishments-" + REGION))).as("the region has no establishments").isEmpty();
        assertThat(grid("members-" + REGION)).isNotNull();
        assertThat(grid("establishments-" + GLASGOW).getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Name", "Kind", "Open or closed", "Named Persons", "Change");

        addEstablishment(GLASGOW, "ab", EstablishmentKind.PRIMARY_SCHOOL);
        NotificationsKt.expectNotifications("The establishment's name needs between 3 and 200 characters.");
        String name = unique("Dalmarnock Primary");
        _setValue(_get(TextField.class, s -> s.withId("establishment-name")), name);
        _click(_get(Button.class, s -> s.withId("save-establishment")));
        NotificationsKt.expectNotifications(name + " added to Glasgow City.");

        Grid<Establishment> glasgow = grid("establishments-" + GLASGOW);
        int row = rowOf(glasgow, name);
        assertThat(_getFormatted(glasgow, row, "kind")).isEqualTo("Primary school");
        assertThat(_getFormatted(glasgow, row, "open")).isEqualTo("Open");
        assertThat(_getFormatted(glasgow, row, "named-persons")).isEqualTo("None yet: concerns go to the coordinators");

        _click(rowButton(GLASGOW, name, "named-persons-"));
        selectByLabel(combo("named-person-choice"), practitionerName);
        _click(_get(Button.class, s -> s.withId("appoint-named-person")));
        NotificationsKt.expectNotifications(practitionerName + " is not a Named Person: give them the Named Person role first.");
        selectByLabel(combo("named-person-choice"), namedPersonName);
        _click(_get(Button.class, s -> s.withId("appoint-named-person")));
        NotificationsKt.expectNotifications(namedPersonName + " is now Named Person for " + name + ".");
        Grid<Person> current = grid("current-named-persons");
        assertThat(_findAll(current)).extracting(Person::name).containsExactly(namedPersonName);
        _click(_get(Button.class, s -> s.withId("named-persons-done")));

        glasgow = grid("establishments-" + GLASGOW);
        assertThat(_getFormatted(glasgow, rowOf(glasgow, name), "named-persons")).isEqualTo(namedPersonName);
        Establishment added = register.find(_findAll(glasgow).get(rowOf(glasgow, name)).getCode()).orElseThrow();
        assertThat(register.namedPersonsOf(added)).extracting(Person::id).containsExactly(namedPerson);
        Grid<Person> members = grid("members-" + GLASGOW);
        assertThat(IntStream.range(0, _size(members)).mapToObj(i -> _getFormatted(members, i, "name")))
                .as("a Named Person belongs to the school's council, shown by name").contains(namedPersonName).doesNotContain(namedPerson);

        // A coordinator, chosen by name, and the page says so.
        selectByLabel(combo("choose-coordinators-" + GLASGOW), namedPersonName);
        _click(_get(Button.class, s -> s.withId("add-coordinators-" + GLASGOW)));
        NotificationsKt.expectNotifications(namedPersonName + " is now a Named Person coordinator of Glasgow City.");
        Grid<Person> coordinators = grid("coordinators-" + GLASGOW);
        assertThat(_findAll(coordinators)).extracting(Person::name).contains(namedPersonName);
    }

    @Test
    void aGlasgowManagerReadsRenfrewshireButCannotChangeIt() {
        String manager = people.ensure(Role.MANAGER);
        open(manager);

        _assertNone(Button.class, s -> s.withId("add-establishment-" + RENFREWSHIRE));
        assertThat(grid("establishments-" + RENFREWSHIRE).getColumnByKey("actions")).as("no edit controls").isNull();
        assertThat(grid("members-" + RENFREWSHIRE).getColumnByKey("actions")).isNull();
        assertThat(grid("coordinators-" + RENFREWSHIRE).getColumnByKey("actions")).isNull();
        _assertNone(ComboBox.class, s -> s.withId("choose-members-" + RENFREWSHIRE));
        _assertNone(ComboBox.class, s -> s.withId("choose-members-" + REGION));
        assertThat(_get(Button.class, s -> s.withId("add-establishment-" + GLASGOW))).isNotNull();

        // Forced past the page, the register refuses in words.
        assertThatThrownBy(() -> register.add(RENFREWSHIRE, unique("Paisley Grammar"), EstablishmentKind.SECONDARY_SCHOOL))
                .isInstanceOf(Refusal.class).hasMessage("Only Renfrewshire's managers or an administrator can change this.");
        assertThatThrownBy(() -> register.addMember(RENFREWSHIRE, manager))
                .isInstanceOf(Refusal.class).hasMessage("Only Renfrewshire's managers or an administrator can change this.");
    }

    @Test
    void anAdministratorChangesAnyCouncilAndTheRegion() {
        String newcomer = people.ensure("test-regional-" + Long.toString(System.nanoTime(), 36), Role.PARTNERSHIP_LEAD);
        String newcomerName = identity.displayName(newcomer);
        open(people.ensure(Role.ADMIN));

        String name = unique("Gleniffer High");
        addEstablishment(RENFREWSHIRE, name, EstablishmentKind.SECONDARY_SCHOOL);
        NotificationsKt.expectNotifications(name + " added to Renfrewshire.");
        Grid<Establishment> renfrewshire = grid("establishments-" + RENFREWSHIRE);
        assertThat(_getFormatted(renfrewshire, rowOf(renfrewshire, name), "kind")).isEqualTo("Secondary school");

        selectByLabel(combo("choose-members-" + REGION), newcomerName);
        _click(_get(Button.class, s -> s.withId("add-members-" + REGION)));
        NotificationsKt.expectNotifications(newcomerName + " now belongs to West Partnership (regional).");
        Grid<Person> region = grid("members-" + REGION);
        List<Person> members = _findAll(region);
        int row = IntStream.range(0, members.size()).filter(i -> members.get(i).id().equals(newcomer)).findFirst().orElseThrow();
        _click((Button) _getCellComponent(region, row, "actions"));
        NotificationsKt.expectNotifications(newcomerName + " no longer belongs to West Partnership (regional).");
        assertThat(register.membersOf(register.authority(REGION).orElseThrow())).extracting(Person::id).doesNotContain(newcomer);
    }

    @Test
    void aChangeMadeMeanwhileIsToldInWordsAndNotOverwritten() {
        open(people.ensure(Role.MANAGER));
        String name = unique("Tollcross Nursery");
        addEstablishment(GLASGOW, name, EstablishmentKind.EARLY_LEARNING_AND_CHILDCARE);
        NotificationsKt.expectNotifications(name + " added to Glasgow City.");

        _click(rowButton(GLASGOW, name, "change-"));
        assertThat(_get(TextField.class, s -> s.withId("establishment-name")).getValue()).isEqualTo(name);
        Establishment seen = register.of(register.authority(GLASGOW).orElseThrow()).stream().filter(e -> e.getName().equals(name))
                .findFirst().orElseThrow();
        // Another manager renames it while this one has the dialog open.
        register.change(seen.getCode(), name + " and Family Centre", seen.getKind(), false, seen.getVersion());
        _setValue(_get(Checkbox.class, s -> s.withId("establishment-closed")), true);
        _click(_get(Button.class, s -> s.withId("save-establishment")));
        NotificationsKt.expectNotifications(name + " and Family Centre was changed by someone else meanwhile. "
                + "Reload to see the change, then make yours.");
        assertThat(register.find(seen.getCode()).orElseThrow().isClosed()).isFalse();
        assertThat(_get(Component.class, s -> s.withId("authority-" + GLASGOW)).getElement().getTextRecursively())
                .doesNotContain(seen.getCode());

        // Reloaded, the change goes through: closed, and said so.
        open(people.ensure(Role.MANAGER));
        _click(rowButton(GLASGOW, name + " and Family Centre", "change-"));
        _setValue(_get(Checkbox.class, s -> s.withId("establishment-closed")), true);
        _click(_get(Button.class, s -> s.withId("save-establishment")));
        NotificationsKt.expectNotifications("Saved: " + name + " and Family Centre (closed).");
        Grid<Establishment> glasgow = grid("establishments-" + GLASGOW);
        assertThat(_getFormatted(glasgow, rowOf(glasgow, name + " and Family Centre"), "open")).isEqualTo("Closed");
    }

    @Test
    void aPractitionerIsDeniedThePage() {
        openUiAs(people.ensure(Role.PRACTITIONER));
        assertThatThrownBy(() -> UI.getCurrent().navigate(EstablishmentsView.class)).hasMessageContaining("Access is denied");
    }
}
