package org.partnerflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.partnerflow.audit.AccessLogView;
import org.partnerflow.audit.RetentionView;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.improvement.ImprovementProjectsView;
import org.partnerflow.improvement.LearningLibraryView;
import org.partnerflow.indicators.CriticalIndicatorsView;
import org.partnerflow.oversight.OversightView;
import org.partnerflow.partnership.OrganisationsView;
import org.partnerflow.partnership.PartnershipRegisterView;
import org.partnerflow.referral.CaseloadView;
import org.partnerflow.referral.RaiseConcernView;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.InboxView;
import org.partnerflow.workflow.ProcessStarts;
import org.partnerflow.workflow.ProcessStarts.StartableProcess;
import org.partnerflow.workflow.StartView;

/** The frame around every signed-in view; its navigation fits the signed-in person's roles. */
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, People people, ProcessStarts starts, AuthenticationContext authentication) {
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

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, spacer(), who, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        List<StartableProcess> startable = starts.forCurrentUser();
        SideNav nav = new SideNav();
        nav.setLabel("Main navigation");
        nav.addItem(new SideNavItem("Inbox", InboxView.class, VaadinIcon.INBOX.create()));
        if (startable.stream().anyMatch(p -> p.key().equals("girfec-referral"))) {
            nav.addItem(new SideNavItem("Raise a concern", RaiseConcernView.class, VaadinIcon.EXCLAMATION_CIRCLE_O.create()));
        }
        if (currentUser.has(Role.NAMED_PERSON) || currentUser.has(Role.LEAD_PROFESSIONAL) || currentUser.has(Role.MANAGER)) {
            nav.addItem(new SideNavItem("My caseload", CaseloadView.class, VaadinIcon.FOLDER_OPEN.create()));
        }
        nav.addItem(new SideNavItem("Partnerships", PartnershipRegisterView.class, VaadinIcon.CONNECT_O.create()));
        nav.addItem(new SideNavItem("Partner organisations", OrganisationsView.class, VaadinIcon.BUILDING_O.create()));
        nav.addItem(new SideNavItem("Improvement projects", ImprovementProjectsView.class, VaadinIcon.TRENDING_UP.create()));
        nav.addItem(new SideNavItem("Learning library", LearningLibraryView.class, VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Critical indicators", CriticalIndicatorsView.class, VaadinIcon.BAR_CHART.create()));
        if (!startable.isEmpty()) {
            nav.addItem(new SideNavItem("Start work", StartView.class, VaadinIcon.PLUS_CIRCLE.create()));
        }
        if (currentUser.has(Role.MANAGER) || currentUser.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Oversight", OversightView.class, VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem("Access log", AccessLogView.class, VaadinIcon.EYE.create()));
            nav.addItem(new SideNavItem("Retention", RetentionView.class, VaadinIcon.ARCHIVE.create()));
        }
        // The Camunda webapps are separate pages: plain links the Vaadin router leaves alone.
        // Caseworkers work in Partnerflow's own views, where each child's record is access-checked and logged.
        VerticalLayout camunda = new VerticalLayout();
        camunda.setPadding(false);
        camunda.setSpacing(false);
        if (currentUser.has(Role.MANAGER) || currentUser.has(Role.ADMIN)) {
            camunda.add(engineLink("Camunda Tasklist", "/camunda/app/tasklist/"), engineLink("Camunda Cockpit", "/camunda/app/cockpit/"));
        }
        if (currentUser.has(Role.ADMIN)) {
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
