package org.partnerflow.partnership;

import java.util.List;
import org.springframework.data.repository.Repository;

interface DataSharingAnswers extends Repository<DataSharingAnswer, Long> {

    DataSharingAnswer save(DataSharingAnswer answer);

    List<DataSharingAnswer> findByProtocolIdOrderByAnsweredAtAsc(Long protocolId);
}
