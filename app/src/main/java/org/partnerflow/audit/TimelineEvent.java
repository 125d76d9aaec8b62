package org.partnerflow.audit;

import java.time.Instant;

/**
 * One event in a record's history timeline: when, what kind, who (a user id, or empty when the
 * engine acted on its own, as when a timer fires), what happened and any detail.
 */
public record TimelineEvent(Instant at, Kind kind, String who, String what, String detail) {

    /** Where an event comes from; the timeline's filter shows it in the bundle's words ({@code Words.of}). */
    public enum Kind { PROCESS, TASK, VARIABLE, OPERATION, INCIDENT, CHRONOLOGY, ACCESS }

    public TimelineEvent {
        who = who == null ? "" : who;
        detail = detail == null ? "" : detail;
    }
}
