package org.partnerflow.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WellbeingConcerns extends JpaRepository<WellbeingConcern, Long> {

    Optional<WellbeingConcern> findByProcessInstanceId(String processInstanceId);
}
