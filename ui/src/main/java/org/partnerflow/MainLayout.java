package org.partnerflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.audit.RefusedPages;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Role;
import org.partnerflow.notification.NotificationBell;
import org.partnerflow.notification.Notifications;
import org.partnerflow.workflow.ProcessFamilies;
import org.partnerflow.workflow.ProcessFamily;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.ProcessStarts;
import org.partnerflow.workflow.ProcessStarts.StartableProcess;

/**
 * The frame around every signed-in view; its navigation fits the signed-in person's roles. The views
 * declare their own entries ({@code @Menu}) and it is their automatic layout ({@code @Layout}), so the
 * frame names none of them and they do not name it. The sign-in and printable pages opt out. The bell
 * beside the person's name counts their unread notifications and opens them.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, Permissions permissions, People people, ProcessStarts starts, ProcessFamilies families,
                      List<MenuCondition> conditions, AuthenticationContext authentication, Notifications notifications) {
        Span title = new Span("Partnerflow");
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        String userId = currentUser.requireId();
        String roles = currentUser.groups().stream()
                .map(g -> Role.ofGroup(g).map(Words::of).orElse(null))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        Span who = new Span(people.displayName(userId) + (roles.isEmpty() ? "" : " · " + roles));
        who.setId("signed-in-as");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, spacer(), new NotificationBell(notifications), who, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main navigation");
        List<StartableProcess> startable = starts.forCurrentUser();
        // Vaadin lists the @Menu views this person may open; a family's start page shows to those who may start it.
        Map<String, String> startPages = families.all().stream()
                .collect(Collectors.toMap(ProcessFamily::startPage, ProcessFamily::processKey));
        Map<Class<?>, MenuCondition> shownWhen = conditions.stream().collect(Collectors.toMap(MenuCondition::view, Function.identity()));
        for (MenuEntry entry : RefusedPages.menuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            String family = startPages.get(path);
            if (family != null && startable.stream().noneMatch(p -> p.key().equals(family))) {
                continue;
            }
            MenuCondition condition = shownWhen.get(entry.menuClass());
            if (condition == null || condition.shown()) {
                nav.addItem(new SideNavItem(entry.title(), path, entry.icon() == null ? null : new Icon(entry.icon())));
            }
        }
        // The Camunda webapps are separate pages: plain links the Vaadin router leaves alone.
        // Caseworkers work in Partnerflow's own views, where each child's record is access-checked and logged;
        // so do managers, whose oversight there keeps to their own council (the engine API cannot).
        VerticalLayout camunda = new VerticalLayout();
        camunda.setPadding(false);
        camunda.setSpacing(false);
        if (permissions.mayOverseeThroughEngine()) {
            camunda.add(engineLink("Camunda Tasklist", "/camunda/app/tasklist/"), engineLink("Camunda Cockpit", "/camunda/app/cockpit/"));
        }
        if (permissions.mayAdminister()) {
            camunda.add(engineLink("People and groups (Camunda Admin)", "/camunda/app/admin/"));
        }
        VerticalLayout drawer = new VerticalLayout(nav, camunda);
        drawer.setPadding(true);
        addToDrawer(drawer);
    }

    private static Anchor engineLink(String text, String href) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }
}
