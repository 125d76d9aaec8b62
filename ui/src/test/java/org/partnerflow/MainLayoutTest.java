package org.partnerflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.InboxView;

/** The navigation fits the signed-in person's roles. */
class MainLayoutTest extends KaribuSpringTest {

    private void openInboxAs(String userId) {
        openUiAs(userId);
        UI.getCurrent().navigate(InboxView.class);
    }

    @Test
    void aPractitionerMayStartWorkButSeesNoCamundaWebapp() {
        openInboxAs(people.ensure(Role.PRACTITIONER));

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Inbox", "Raise a concern",
                "Partnerships", "Partner organisations", "Improvement projects", "Learning library", "Critical indicators", "Start work");
        assertThat(_find(Anchor.class)).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("signed-in-as")).getText()).contains("Practitioner");
    }

    @Test
    void aManagerAuditsInCockpitAndStartsNothing() {
        openInboxAs(people.ensure(Role.MANAGER));

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Inbox", "My caseload",
                "Partnerships", "Partner organisations", "Improvement projects", "Learning library", "Critical indicators", "Oversight",
                "Access log", "Retention");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).containsExactly("Camunda Tasklist", "Camunda Cockpit");
    }

    @Test
    void anAdministratorAlsoManagesPeople() {
        openInboxAs(people.ensure(Role.ADMIN));

        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Camunda Cockpit", "People and groups (Camunda Admin)");
        assertThat(_find(Anchor.class)).allMatch(a -> a.getElement().hasAttribute("router-ignore"));
    }
}
