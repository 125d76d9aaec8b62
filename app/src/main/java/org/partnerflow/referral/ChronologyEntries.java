package org.partnerflow.referral;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read and append only: chronology entries are never updated or deleted through the application. */
interface ChronologyEntries extends Repository<ChronologyEntry, Long> {

    ChronologyEntry save(ChronologyEntry entry);

    /** Written at once, so that a second correction of the same entry fails here, inside its own transaction. */
    ChronologyEntry saveAndFlush(ChronologyEntry entry);

    Optional<ChronologyEntry> findById(Long id);

    /** The entry to be corrected, locked until the correction is written: two corrections of it queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ChronologyEntry e where e.id = :id")
    Optional<ChronologyEntry> findForCorrection(@Param("id") Long id);

    Optional<ChronologyEntry> findByCorrectsEntryId(Long correctsEntryId);

    List<ChronologyEntry> findByConcernIdOrderByEventDateAscOccurredAtAscIdAsc(Long concernId);

    List<ChronologyEntry> findByConcernIdOrderByOccurredAtAscIdAsc(Long concernId);

    /** The child's one chronology, across all their concerns, in the order things happened. */
    List<ChronologyEntry> findTop5000ByChildIdOrderByOccurredAtAscIdAsc(Long childId);

    List<ChronologyEntry> findTop100ByKindOrderByOccurredAtDescIdDesc(ChronologyEntry.Kind kind);

    boolean existsByConcernIdAndKind(Long concernId, ChronologyEntry.Kind kind);
}
