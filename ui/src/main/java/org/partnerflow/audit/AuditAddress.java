package org.partnerflow.audit;

import com.vaadin.flow.router.BeforeEnterEvent;

/** The record an audit page is about, from its address {@code audit/<type>/<id>}; a malformed id is -1 (no record). */
record AuditAddress(String type, long id) {

    static AuditAddress of(BeforeEnterEvent event) {
        String type = event.getRouteParameters().get("type").orElse("");
        try {
            return new AuditAddress(type, Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException e) {
            return new AuditAddress(type, -1);
        }
    }
}
