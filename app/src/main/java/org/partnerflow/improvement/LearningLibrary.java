package org.partnerflow.improvement;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The learning library: every project's published learning, for every partnership lead. */
interface LearningLibrary extends Repository<LearningSummary, Long> {

    LearningSummary save(LearningSummary summary);

    List<LearningSummary> findByProjectIdOrderByPublishedAtAsc(Long projectId);

    /** Newest first; the pattern (lower case, with % wildcards) is sought in the title, the summary and what worked. */
    @Query("""
            select l from LearningSummary l
            where lower(l.title) like :pattern or lower(l.summary) like :pattern or lower(l.whatWorked) like :pattern
            order by l.publishedAt desc, l.id desc""")
    List<LearningSummary> search(@Param("pattern") String pattern);
}
