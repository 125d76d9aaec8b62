package org.partnerflow.identity;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory groups page: an administrator maps a directory group to a Partnerflow group, sees its name, removes it; marks a leaver. */
class DirectoryGroupsViewTest extends KaribuSpringTest {

    @Autowired
    DirectoryGroups directoryGroups;
    @Autowired
    People teams;

    @AfterEach
    void removeTheMappingsMadeHere() {
        people.signIn(Role.ADMIN);
        directoryGroups.mappings().stream().filter(m -> m.claimValue().startsWith("test-view-"))
                .forEach(m -> directoryGroups.remove(m.id(), m.version()));
        directoryGroups.leavers().stream().filter(id -> id.startsWith("test-view-")).forEach(directoryGroups::markReturned);
        people.signOut();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static int rowOf(String claim) {
        List<DirectoryGroups.Mapping> rows = _findAll(DirectoryGroupsViewTest.<DirectoryGroups.Mapping>grid("directory-mappings"));
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).claimValue().equals(claim)).findFirst()
                .orElseThrow(() -> new AssertionError(claim + " is not in the table"));
    }

    @SuppressWarnings("unchecked")
    private static void chooseGroup(String groupId) {
        ComboBox<DirectoryGroups.Group> group = _get(ComboBox.class, s -> s.withId("directory-group"));
        DirectoryGroups.Group chosen = group.getListDataView().getItems().filter(g -> g.id().equals(groupId)).findFirst().orElseThrow();
        _setValue(group, chosen);
    }

    @Test
    void anAdministratorMapsADirectoryGroupSeesItsNameAndRemovesIt() {
        openUiAs(people.ensure(Role.ADMIN));
        UI.getCurrent().navigate(DirectoryGroupsView.class);

        _setValue(_get(TextField.class, s -> s.withId("directory-claim")), "test-view-glasgow-named-persons");
        _click(_get(Button.class, s -> s.withId("add-mapping")));
        NotificationsKt.expectNotifications("Choose the Partnerflow group the directory group stands for.");

        String name = teams.teamName("named-persons.eastfield-primary");
        assertThat(name).as("the group's name, not its id").startsWith("Named Persons, Eastfield");
        chooseGroup("named-persons.eastfield-primary");
        _click(_get(Button.class, s -> s.withId("add-mapping")));
        NotificationsKt.expectNotifications("Mapped: \"test-view-glasgow-named-persons\" gives " + name + " at sign-in.");
        Grid<DirectoryGroups.Mapping> grid = grid("directory-mappings");
        int row = rowOf("test-view-glasgow-named-persons");
        assertThat(_getFormatted(grid, row, "group")).isEqualTo(name);
        assertThat(_getFormatted(grid, row, "groupId")).isEqualTo("named-persons.eastfield-primary");

        _setValue(_get(TextField.class, s -> s.withId("directory-claim")), "test-view-glasgow-named-persons");
        chooseGroup(Role.MANAGER.groupId());
        _click(_get(Button.class, s -> s.withId("add-mapping")));
        NotificationsKt.expectNotifications("\"test-view-glasgow-named-persons\" is mapped already, to " + name
                + ": change that mapping instead.");

        long id = _findAll(grid).get(row).id();
        Button remove = (Button) _getCellComponent(grid, row, "actions");
        assertThat(remove.getId()).hasValue("remove-mapping-" + id);
        _click(remove);
        NotificationsKt.expectNotifications("Removed: \"test-view-glasgow-named-persons\" no longer gives " + name
                + "; its members lose it at their next sign-in.");
        assertThat(_findAll(DirectoryGroupsViewTest.<DirectoryGroups.Mapping>grid("directory-mappings")))
                .extracting(DirectoryGroups.Mapping::claimValue).doesNotContain("test-view-glasgow-named-persons");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorMarksALeaverWhoIsThenListed() {
        String leaving = people.ensure("test-view-leaver", Role.PRACTITIONER);
        openUiAs(people.ensure(Role.ADMIN));
        UI.getCurrent().navigate(DirectoryGroupsView.class);

        ComboBox<People.Person> person = _get(ComboBox.class, s -> s.withId("leaver"));
        _setValue(person, person.getListDataView().getItems().filter(p -> p.id().equals(leaving)).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("mark-left")));
        NotificationsKt.expectNotifications("Test View Leaver is recorded as having left and can no longer sign in. Hand their work "
                + "over on the Hand over work page.");
        assertThat(_findAll(DirectoryGroupsViewTest.<String>grid("leavers"))).contains(leaving);
        assertThat(directoryGroups.hasLeft(leaving)).isTrue();
    }
}
