package org.partnerflow.audit;

import java.time.Instant;

/**
 * One event in a record's history timeline: when, what kind, who (a user id, or empty when the
 * engine acted on its own, as when a timer fires), what happened and any detail.
 */
public record TimelineEvent(Instant at, Kind kind, String who, String what, String detail) {

    /** Where an event comes from, in the words the timeline's filter uses. */
    public enum Kind {
        PROCESS("Process step"),
        TASK("Task"),
        VARIABLE("Recorded value"),
        OPERATION("User operation"),
        INCIDENT("Incident"),
        CHRONOLOGY("Chronology"),
        ACCESS("Record access");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public TimelineEvent {
        who = who == null ? "" : who;
        detail = detail == null ? "" : detail;
    }
}
