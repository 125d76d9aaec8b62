package org.partnerflow.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The issued calendar events; read and written through {@link CalendarInvitations} only. */
interface CalendarEvents extends JpaRepository<CalendarEvent, Long> {

    Optional<CalendarEvent> findByUid(String uid);

    Optional<CalendarEvent> findBySubjectTypeAndSubjectIdAndEventKey(String subjectType, long subjectId, String eventKey);
}
