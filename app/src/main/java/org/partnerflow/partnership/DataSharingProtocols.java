package org.partnerflow.partnership;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Protocol revisions and the partners' answers: appended, never changed. */
interface DataSharingProtocols extends Repository<DataSharingProtocol, Long> {

    DataSharingProtocol save(DataSharingProtocol protocol);

    List<DataSharingProtocol> findByPartnershipIdOrderByRevisionDesc(Long partnershipId);
}
