package org.partnerflow.referral;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a meeting is a fact of the case. */
interface TeamMeetings extends Repository<TeamMeeting, Long> {

    TeamMeeting save(TeamMeeting meeting);

    List<TeamMeeting> findByConcernIdOrderByRecordedAtAsc(Long concernId);

    boolean existsByConcernIdAndKindAndRecordedAtGreaterThanEqual(Long concernId, TeamMeeting.Kind kind, Instant since);
}
