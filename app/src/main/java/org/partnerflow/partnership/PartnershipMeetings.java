package org.partnerflow.partnership;

import java.util.List;
import org.springframework.data.repository.Repository;

interface PartnershipMeetings extends Repository<PartnershipMeeting, Long> {

    PartnershipMeeting save(PartnershipMeeting meeting);

    List<PartnershipMeeting> findByPartnershipIdOrderByNumberAsc(Long partnershipId);

    long countByPartnershipId(Long partnershipId);
}
