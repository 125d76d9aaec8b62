package org.partnerflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.InboxView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The navigation fits the signed-in person's roles. */
class MainLayoutTest extends KaribuSpringTest {

    private static final List<String> SHARED = List.of("Partnerships", "Partner organisations", "Improvement projects",
            "Learning library", "Critical indicators");

    /**
     * Each role's menu: the views' own {@code @Menu} entries, less those their access annotations refuse the
     * role (Vaadin's filter), a family's start page unless the role may start it, and the caseload and
     * "Start work" unless the role has work there.
     */
    private static final Map<Role, List<String>> MENUS = Map.of(
            Role.PRACTITIONER, menu(List.of("Inbox", "Notifications", "Raise a concern"), List.of("Start work")),
            Role.NAMED_PERSON, menu(List.of("Inbox", "Notifications", "Raise a concern", "My caseload"), List.of("Start work")),
            Role.LEAD_PROFESSIONAL, menu(List.of("Inbox", "Notifications", "Raise a concern", "My caseload"), List.of("Start work")),
            Role.PARTNER_AGENCY, menu(List.of("Inbox", "Notifications", "Raise a concern"), List.of("Start work")),
            Role.CHILD_PROTECTION, menu(List.of("Inbox", "Notifications", "Raise a concern"), List.of("Start work")),
            Role.PARTNERSHIP_LEAD, menu(List.of("Inbox", "Notifications"), List.of("Start work")),
            Role.MANAGER, menu(List.of("Inbox", "Notifications", "My caseload"), List.of("Oversight", "Access log", "Hand over work", "Retention", "Establishments", "Agencies", "Holidays")),
            Role.ADMIN, menu(List.of("Inbox", "Notifications"), List.of("Oversight", "Access log", "Retention", "Establishments", "Agencies", "Holidays",
                    "Unsent mail", "Directory groups")));

    @Autowired
    JdbcTemplate jdbc;

    private static List<String> menu(List<String> before, List<String> after) {
        return Stream.of(before, SHARED, after).flatMap(List::stream).toList();
    }

    private void openInboxAs(String userId) {
        openUiAs(userId);
        UI.getCurrent().navigate(InboxView.class);
    }

    @Test
    void aPractitionerMayStartWorkButSeesNoCamundaWebapp() {
        openInboxAs(people.ensure(Role.PRACTITIONER));

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Inbox", "Notifications", "Raise a concern",
                "Partnerships", "Partner organisations", "Improvement projects", "Learning library", "Critical indicators", "Start work");
        assertThat(_find(Anchor.class)).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("signed-in-as")).getText()).contains("Practitioner");
    }

    /** Since issue 17 a manager oversees in Partnerflow's pages only: Tasklist and Cockpit could not keep them to their council. */
    @Test
    void aManagerOverseesInPartnerflowAndStartsNothing() {
        openInboxAs(people.ensure(Role.MANAGER));

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Inbox", "Notifications", "My caseload",
                "Partnerships", "Partner organisations", "Improvement projects", "Learning library", "Critical indicators", "Oversight",
                "Access log", "Hand over work", "Retention", "Establishments", "Agencies", "Holidays");
        assertThat(_find(Anchor.class)).isEmpty();
    }

    @Test
    void anAdministratorAlsoManagesPeople() {
        openInboxAs(people.ensure(Role.ADMIN));

        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Camunda Tasklist", "Camunda Cockpit", "People and groups (Camunda Admin)");
        assertThat(_find(Anchor.class)).allMatch(a -> a.getElement().hasAttribute("router-ignore"));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSeesTheEntriesOfThePagesItMayOpenAndHasWorkIn(Role role) {
        openInboxAs(people.ensure("menu-" + role.groupId() + "-" + System.nanoTime(), role));

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactlyElementsOf(MENUS.get(role));
    }

    @Test
    void buildingTheMenuLogsNoRefusalOfThePagesItLeavesOut() {
        String user = people.ensure("menu-refusals-" + System.nanoTime(), Role.PRACTITIONER);
        openInboxAs(user);

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Oversight");
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where user_id = ? and granted = false", Long.class, user))
                .isZero();
    }
}
