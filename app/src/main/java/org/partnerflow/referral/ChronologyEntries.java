package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Read and append only: chronology entries are never updated or deleted through the application. */
interface ChronologyEntries extends Repository<ChronologyEntry, Long> {

    ChronologyEntry save(ChronologyEntry entry);

    java.util.Optional<ChronologyEntry> findById(Long id);

    List<ChronologyEntry> findByConcernIdOrderByOccurredAtAscIdAsc(Long concernId);

    /** The child's one chronology, across all their concerns, in the order things happened. */
    List<ChronologyEntry> findTop5000ByChildIdOrderByOccurredAtAscIdAsc(Long childId);

    List<ChronologyEntry> findTop100ByKindOrderByOccurredAtDescIdDesc(ChronologyEntry.Kind kind);

    boolean existsByConcernIdAndKind(Long concernId, ChronologyEntry.Kind kind);
}
