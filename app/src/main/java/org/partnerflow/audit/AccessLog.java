package org.partnerflow.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnerflow.identity.Refusals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of the record access log (every opening of a record, and every refusal) and its
 * reader for managers: a filtered, paged search and the people whose access looks unusual. What each
 * overseer reads of it is {@link AccessLogScope}'s: a council's managers their own council's rows, the
 * region's managers counts only, administrators everything.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
@EnableConfigurationProperties(AuditSettings.class)
public class AccessLog {

    /** What the access log view asks for; null or blank parts are not filtered on. */
    public record Search(String userId, String recordType, String recordId, LocalDate from, LocalDate to, boolean refusedOnly) {

        public static final Search ALL = new Search(null, null, null, null, null, false);
    }

    /** A person's access in a period, and why it was flagged. */
    public record PersonActivity(String userId, Long distinctRecords, Long refusals) {
    }

    /** Openings and refusals of one kind of record in a period, across the whole service. */
    public record Tally(String recordType, Long openings, Long refusals) {
    }

    private final RecordAccesses entries;
    private final AuditSettings settings;
    private final Clock clock;
    // Lazy: the feature that scopes the log stands on services that write to it.
    private final ObjectProvider<AccessLogScope> scope;
    private final EntityManager em;

    public AccessLog(RecordAccesses entries, AuditSettings settings, Clock clock, ObjectProvider<AccessLogScope> scope, EntityManager em) {
        this.entries = entries;
        this.em = em;
        this.settings = settings;
        this.clock = clock;
        this.scope = scope;
    }

    /**
     * How much of the log the signed-in overseer reads: every row (administrators), their own
     * council's rows (a council's managers), or counts only (the region's managers).
     */
    public AccessLogScope.Reach reach() {
        AccessLogScope s = scope.getIfAvailable();
        return s == null ? AccessLogScope.Reach.EVERY_ROW : s.reach();
    }

    /** Written in its own transaction, so a refusal is logged even though the request then fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String userId, String recordType, Object recordId, String view, boolean granted) {
        entries.save(new RecordAccess(clock.instant(), userId == null ? "(anonymous)" : userId, recordType,
                String.valueOf(recordId), view, granted));
    }

    /** A record id or address cut to what the log's column holds (64 characters): an address is anyone's to type. */
    public static String fitted(String recordId) {
        return recordId == null ? "" : recordId.length() <= 64 ? recordId : recordId.substring(0, 64);
    }

    /**
     * A page of the log, newest first, of the rows the signed-in overseer reads ({@link #reach()}):
     * none for the region's managers. Managers and administrators only.
     */
    @PreAuthorize("@permissions.mayOversee()")
    public List<RecordAccess> search(Search search, int offset, int limit) {
        if (reach() == AccessLogScope.Reach.COUNTS_ONLY) {
            return List.of();
        }
        int size = Math.max(1, Math.min(limit, 500));
        return entries.findAll(readable(search), PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "accessedAt", "id")))
                .getContent();
    }

    @PreAuthorize("@permissions.mayOversee()")
    public long count(Search search) {
        return reach() == AccessLogScope.Reach.COUNTS_ONLY ? 0 : entries.count(readable(search));
    }

    /**
     * Openings and refusals per kind of record in the period, across the service: what the region's
     * managers see of the log. No record, no person. Managers and administrators only.
     */
    @PreAuthorize("@permissions.mayOversee()")
    public List<Tally> tallies(LocalDate from, LocalDate to) {
        return entries.tallies(start(from), end(to));
    }

    private Specification<RecordAccess> readable(Search search) {
        Specification<RecordAccess> asked = specification(search);
        return reach() == AccessLogScope.Reach.SOME_ROWS ? asked.and(scope.getObject().readableRows()) : asked;
    }

    /**
     * People whose access in the period looks unusual: many different records opened, or refused
     * again and again ({@link AuditSettings}), among the rows the reader reads. At most 100, by user id.
     */
    @PreAuthorize("@permissions.mayOversee()")
    public List<PersonActivity> unusual(LocalDate from, LocalDate to) {
        if (reach() == AccessLogScope.Reach.COUNTS_ONLY) {
            return List.of();
        }
        // One grouped query over the rows the reader reads: a council's managers see who pressed at their children, whoever they are.
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PersonActivity> query = cb.createQuery(PersonActivity.class);
        Root<RecordAccess> a = query.from(RecordAccess.class);
        Expression<Long> distinctRecords = cb.countDistinct(cb.concat(cb.concat(a.get("recordType"), ":"), a.get("recordId")));
        Expression<Long> refusals = cb.sum(cb.<Long>selectCase().when(cb.isFalse(a.get("granted")), 1L).otherwise(0L));
        Predicate inPeriod = cb.and(cb.greaterThanOrEqualTo(a.get("accessedAt"), start(from)), cb.lessThan(a.get("accessedAt"), end(to)));
        Predicate where = reach() == AccessLogScope.Reach.SOME_ROWS
                ? cb.and(inPeriod, scope.getObject().readableRows().toPredicate(a, query, cb)) : inPeriod;
        query.select(cb.construct(PersonActivity.class, a.get("userId"), distinctRecords, refusals)).where(where)
                .groupBy(a.get("userId"))
                .having(cb.or(cb.ge(distinctRecords, settings.unusualDistinctRecords()), cb.ge(refusals, settings.unusualRefusals())))
                .orderBy(cb.asc(a.get("userId")));
        return em.createQuery(query).setMaxResults(100).getResultList();
    }

    public AuditSettings settings() {
        return settings;
    }

    private Instant start(LocalDate from) {
        return from == null ? Instant.EPOCH : from.atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant end(LocalDate to) {
        return to == null ? clock.instant().plusSeconds(1) : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    // Built as criteria: PostgreSQL cannot type a null JPQL parameter, so absent filters add nothing.
    private Specification<RecordAccess> specification(Search s) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (s.userId() != null && !s.userId().isBlank()) {
                where.add(cb.equal(root.get("userId"), s.userId().strip()));
            }
            if (s.recordType() != null && !s.recordType().isBlank()) {
                where.add(cb.equal(root.get("recordType"), s.recordType()));
            }
            if (s.recordId() != null && !s.recordId().isBlank()) {
                where.add(cb.equal(root.get("recordId"), s.recordId().strip()));
            }
            if (s.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("accessedAt"), start(s.from())));
            }
            if (s.to() != null) {
                where.add(cb.lessThan(root.get("accessedAt"), end(s.to())));
            }
            if (s.refusedOnly()) {
                where.add(cb.isFalse(root.get("granted")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    public List<RecordAccess> byUser(String userId, int limit) {
        return entries.findByUserIdOrderByAccessedAtDesc(userId, PageRequest.of(0, limit));
    }

    public List<RecordAccess> latestFor(String recordType, Object recordId, int limit) {
        return entries.findByRecordTypeAndRecordIdOrderByAccessedAtDesc(recordType, String.valueOf(recordId), PageRequest.of(0, limit));
    }
}
