package org.partnerflow.audit;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;

/** The record an audit page is about, from its address {@code audit/<type>/<id>}; a malformed id is -1 (no record). */
record AuditAddress(String type, long id) {

    static AuditAddress of(BeforeEnterEvent event) {
        return of(event.getRouteParameters());
    }

    static AuditAddress of(RouteParameters parameters) {
        String type = parameters.get("type").orElse("");
        try {
            return new AuditAddress(type, Long.parseLong(parameters.get("id").orElse("")));
        } catch (NumberFormatException e) {
            return new AuditAddress(type, -1);
        }
    }
}
