package org.partnerflow.audit;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The views' role guard ({@code @RolesAllowed}, {@code @PermitAll}), with every page it refuses a
 * signed-in person written to the access log, as the pages' own per-record refusals are. A refused
 * history page is logged under its record (a case's history under {@code child-case}); any other
 * refused page under the record type {@code page} and its address. Anonymous visitors are not logged:
 * there is nobody to name, and the sign-in page is where they are sent.
 */
@Component
public class RefusedPages implements NavigationAccessChecker {

    static final String PAGE = "page";

    /** Set while the menu is built: Vaadin then checks every menu page, which is no visit to any of them. */
    private static final ThreadLocal<Boolean> LISTING_MENU = ThreadLocal.withInitial(() -> false);

    private final transient AnnotatedViewAccessChecker annotations;
    private final transient AccessLog accessLog;
    private final transient HistoryTimeline timelines;

    RefusedPages(AccessAnnotationChecker annotationChecker, AccessLog accessLog, HistoryTimeline timelines) {
        this.annotations = new AnnotatedViewAccessChecker(annotationChecker);
        this.accessLog = accessLog;
        this.timelines = timelines;
    }

    /** This checker stands in for Vaadin's own annotation checker, which it wraps. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withAvailableNavigationAccessCheckers(c -> c instanceof RefusedPages);
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        AccessCheckResult result = annotations.check(context);
        if (result.decision() == AccessCheckDecision.DENY && context.getPrincipal() != null && !context.isErrorHandling()
                && !LISTING_MENU.get()) {
            log(context);
        }
        return result;
    }

    /** Lists the menu entries the signed-in person may open, without logging the pages they may not as refused. */
    public static List<MenuEntry> menuEntries() {
        LISTING_MENU.set(true);
        try {
            return MenuConfiguration.getMenuEntries();
        } finally {
            LISTING_MENU.remove();
        }
    }

    private void log(NavigationContext context) {
        Class<?> target = context.getNavigationTarget();
        RouteParameters parameters = context.getParameters();
        if ((target == HistoryTimelineView.class || target == PrintableTimelineView.class)
                && parameters.get("type").isPresent()) {
            timelines.refused(parameters.get("type").get(), AuditAddress.of(parameters).id());
            return;
        }
        accessLog.record(context.getPrincipal().getName(), PAGE, AccessLog.fitted("/" + context.getLocation().getPath()),
                AccessLog.fitted(target.getSimpleName()), false);
    }
}
