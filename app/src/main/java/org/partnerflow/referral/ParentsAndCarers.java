package org.partnerflow.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Parents and carers as they stand now; never deleted (someone who no longer has a part is ended). */
interface ParentsAndCarers extends Repository<ParentOrCarer, Long> {

    ParentOrCarer save(ParentOrCarer person);

    Optional<ParentOrCarer> findById(Long id);

    List<ParentOrCarer> findByChildIdOrderByIdAsc(Long childId);
}
