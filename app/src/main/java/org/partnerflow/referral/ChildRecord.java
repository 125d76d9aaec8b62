package org.partnerflow.referral;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.form.FormValidator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's record across all their concerns (the child page), for the people who work on it as
 * {@link Permissions#maySeeChildRecord} decides: whoever works on at least one of the child's cases.
 * Someone whose only part is having raised a concern is refused, as for a child that does not exist;
 * every opening and every refusal, reading or changing, is written to the access log as
 * {@value #RECORD_TYPE}.
 *
 * <p>Changes keep their history: a correction of the child's details (rectification) keeps what they
 * were, who changed them, when and why, and is noted in the chronology of the child's latest concern;
 * every change to a parent or carer is one more row of their history, and nobody is deleted, only
 * ended. Each change states the version the editor read; a change made meanwhile by someone else is
 * refused ({@link StaleRecordException}) and nothing is written.
 */
@Service
public class ChildRecord {

    /** The record type in the access log. */
    public static final String RECORD_TYPE = "child-record";
    public static final int CHRONOLOGY_BOUND = 5000;
    public static final int REASON_MAX = 1000;
    public static final int CONTACT_MAX = 500;

    private final Children children;
    private final WellbeingConcerns concerns;
    private final CaseAccess access;
    private final Permissions permissions;
    private final ChronologyEntries entries;
    private final Chronology chronology;
    private final ChildsPlanVersions plans;
    private final ChildDetailsChanges detailsChanges;
    private final ParentsAndCarers parents;
    private final ParentOrCarerChanges parentChanges;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;
    private final Clock clock;
    @PersistenceContext
    private EntityManager em;

    ChildRecord(Children children, WellbeingConcerns concerns, CaseAccess access, Permissions permissions, ChronologyEntries entries,
                Chronology chronology, ChildsPlanVersions plans, ChildDetailsChanges detailsChanges, ParentsAndCarers parents,
                ParentOrCarerChanges parentChanges, CurrentUser currentUser, AccessLog accessLog, Clock clock) {
        this.children = children;
        this.concerns = concerns;
        this.access = access;
        this.permissions = permissions;
        this.entries = entries;
        this.chronology = chronology;
        this.plans = plans;
        this.detailsChanges = detailsChanges;
        this.parents = parents;
        this.parentChanges = parentChanges;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A bad entry, in words, with the field it is about (the page marks it). Nothing was written. */
    public static class InvalidEntry extends Refusal {

        private final String field;

        InvalidEntry(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Opens the child's record for the signed-in person in a view, logging it.
     *
     * @throws NoAccessException if they do not work on any of the child's cases, or there is no such child (the two look the same)
     */
    @Transactional(readOnly = true)
    public ChildRecordFile open(long childId, String view) {
        Child child = requireAccess(childId, view);
        return file(child);
    }

    /** Whether the signed-in person may open the child's record: for a link to it (nothing is logged). */
    @Transactional(readOnly = true)
    public boolean mayOpen(long childId) {
        return children.existsById(childId) && permissions.maySeeChildRecord(casesOf(childId).stream().map(access::asCase).toList());
    }

    /**
     * Corrects the child's details as read at {@code seenVersion}, for the reason given.
     *
     * @throws NoAccessException    as {@link #open}
     * @throws InvalidEntry         for a missing or bad value, an unchanged record or a candidate number of another child
     * @throws StaleRecordException if someone changed the child's details meanwhile
     */
    @Transactional
    public ChildRecordFile rectify(long childId, long seenVersion, ChildDetails corrected, String reason, String view) {
        Child child = requireAccess(childId, view);
        ChildDetails was = child.details();
        ChildDetails now = checked(corrected);
        String why = reason(reason);
        if (child.getVersion() != seenVersion) {
            throw new StaleRecordException("child's details", seenVersion, child.getVersion());
        }
        if (now.equals(was)) {
            throw new InvalidEntry("givenName", "Nothing was changed: the details are as recorded.");
        }
        if (now.candidateNumber() != null) {
            Optional<Child> holder = children.findByCandidateNumber(now.candidateNumber());
            if (holder.isPresent() && !holder.get().getId().equals(childId)) {
                throw candidateNumberTaken();
            }
        }
        String me = currentUser.requireId();
        child.rectify(now);
        try {
            em.flush();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new StaleRecordException("child's details", seenVersion, seenVersion + 1);
        } catch (DataIntegrityViolationException | org.hibernate.exception.ConstraintViolationException e) {
            // Two corrections giving the same number at once: the database's unique number decides.
            throw candidateNumberTaken();
        }
        detailsChanges.save(new ChildDetailsChange(childId, was, now, clock.instant(), me, why));
        latestConcern(childId).ifPresent(concern -> chronology.record(concern, ChronologyEntry.Kind.CHILD_DETAILS_CORRECTED,
                // The chronology is read by whoever raised the concern: it names what was corrected, not the values or the reason.
                "The child's details were corrected on the child's record (" + changedFields(was, now)
                        + "). What they were, who corrected them and why is kept in the record's history.", me));
        return file(child);
    }

    /** Adds someone with parental responsibility or a carer. */
    @Transactional
    public ParentOrCarer addParentOrCarer(long childId, ParentOrCarerDetails details, String view) {
        requireAccess(childId, view);
        ParentOrCarerDetails checked = checked(details);
        String me = currentUser.requireId();
        ParentOrCarer person = parents.save(new ParentOrCarer(childId, checked, clock.instant(), me));
        em.flush();
        parentChanges.save(new ParentOrCarerChange(person, ParentOrCarerChange.Kind.ADDED, clock.instant(), me, null));
        return person;
    }

    /**
     * Changes what is recorded of a parent or carer, as read at {@code seenVersion}, for the reason given.
     *
     * @throws StaleRecordException if someone changed or ended them meanwhile
     */
    @Transactional
    public ParentOrCarer editParentOrCarer(long childId, long personId, long seenVersion, ParentOrCarerDetails details, String reason,
                                           String view) {
        requireAccess(childId, view);
        ParentOrCarer person = personOf(childId, personId);
        ParentOrCarerDetails checked = checked(details);
        String why = reason(reason);
        if (person.getVersion() != seenVersion) {
            throw new StaleRecordException("parent or carer", seenVersion, person.getVersion());
        }
        if (!person.isCurrent()) {
            throw new InvalidEntry("name", person.getName() + " was ended on " + Words.date(person.getEndedAt())
                    + ": add them again if they have a part once more.");
        }
        if (checked.equals(person.details())) {
            throw new InvalidEntry("name", "Nothing was changed: " + person.getName() + " is recorded like this already.");
        }
        person.apply(checked);
        return changed(person, ParentOrCarerChange.Kind.EDITED, seenVersion, why);
    }

    /**
     * Ends a parent's or carer's part in the child's record (they stay in its history), for the reason given.
     *
     * @throws StaleRecordException if someone changed or ended them meanwhile
     */
    @Transactional
    public ParentOrCarer endParentOrCarer(long childId, long personId, long seenVersion, String reason, String view) {
        requireAccess(childId, view);
        ParentOrCarer person = personOf(childId, personId);
        String why = reason(reason);
        if (person.getVersion() != seenVersion) {
            throw new StaleRecordException("parent or carer", seenVersion, person.getVersion());
        }
        if (!person.isCurrent()) {
            throw new InvalidEntry("reason", person.getName() + " was already ended on " + Words.date(person.getEndedAt()) + ".");
        }
        person.end(clock.instant(), currentUser.requireId());
        return changed(person, ParentOrCarerChange.Kind.ENDED, seenVersion, why);
    }

    private ParentOrCarer changed(ParentOrCarer person, ParentOrCarerChange.Kind kind, long seenVersion, String why) {
        try {
            em.flush();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new StaleRecordException("parent or carer", seenVersion, seenVersion + 1);
        }
        parentChanges.save(new ParentOrCarerChange(person, kind, clock.instant(), currentUser.requireId(), why));
        return person;
    }

    private Child requireAccess(long childId, String view) {
        String me = currentUser.requireId();
        Optional<Child> child = children.findById(childId);
        boolean granted = child.isPresent() && permissions.maySeeChildRecord(casesOf(childId).stream().map(access::asCase).toList());
        accessLog.record(me, RECORD_TYPE, childId, view, granted);
        if (!granted) {
            throw new NoAccessException();
        }
        return child.get();
    }

    private List<WellbeingConcern> casesOf(long childId) {
        return concerns.findByChildId(childId, PageRequest.of(0, 200));
    }

    private Optional<WellbeingConcern> latestConcern(long childId) {
        return concerns.findByChildId(childId, PageRequest.of(0, 1)).stream().findFirst();
    }

    private ParentOrCarer personOf(long childId, long personId) {
        return parents.findById(personId).filter(p -> p.getChildId() == childId)
                .orElseThrow(() -> new InvalidEntry("name", "That person is not on this child's record: reload the page."));
    }

    private ChildRecordFile file(Child child) {
        long childId = child.getId();
        List<WellbeingConcern> all = casesOf(childId);
        Map<Long, WellbeingConcern> byId = all.stream().collect(Collectors.toMap(WellbeingConcern::getId, Function.identity()));
        Optional<ChildRecordFile.CurrentPlan> plan = all.stream().filter(c -> c.getStage() != CaseStage.CLOSED)
                .flatMap(c -> plans.findByConcernIdOrderByVersionNumberDesc(c.getId()).stream().findFirst()
                        .map(v -> new ChildRecordFile.CurrentPlan(c, v)).stream())
                .findFirst();
        List<ChronologyEntry> found = entries.findTop5000ByChildIdOrderByOccurredAtAscIdAsc(childId);
        List<ChildRecordFile.ChronologyLine> lines = found.stream().map(e -> new ChildRecordFile.ChronologyLine(e,
                byId.containsKey(e.getConcernId()) && ChildRecordFile.singleAgency(byId.get(e.getConcernId())))).toList();
        return new ChildRecordFile(child, all.stream().map(c -> new ChildRecordFile.Concern(c, ChildRecordFile.singleAgency(c))).toList(),
                plan, lines, found.size() == CHRONOLOGY_BOUND, detailsChanges.findByChildIdOrderByChangedAtAscIdAsc(childId),
                parents.findByChildIdOrderByIdAsc(childId), parentChanges.findByChildId(childId));
    }

    private ChildDetails checked(ChildDetails details) {
        if (details == null) {
            throw new InvalidEntry("givenName", "Give the child's details.");
        }
        String given = text("givenName", details.givenName(), "the child's given name", 100, true);
        String family = text("familyName", details.familyName(), "the child's family name", 100, true);
        LocalDate born = details.dateOfBirth();
        if (born == null) {
            throw new InvalidEntry("dateOfBirth", "Give the child's date of birth.");
        }
        if (born.isAfter(LocalDate.now(clock.withZone(Words.ZONE)))) {
            throw new InvalidEntry("dateOfBirth", "The date of birth cannot be in the future.");
        }
        if (born.getYear() < 1900) {
            throw new InvalidEntry("dateOfBirth", "The date of birth must have a four-digit year from 1900.");
        }
        String school = text("school", details.school(), "the child's school or establishment", 200, true);
        String number = details.candidateNumber() == null ? null : details.candidateNumber().strip();
        if (number != null && !number.isEmpty() && !number.matches("[0-9]{9}")) {
            throw new InvalidEntry("candidateNumber", "A Scottish Candidate Number is nine digits.");
        }
        return new ChildDetails(given, family, born, school, number);
    }

    private ParentOrCarerDetails checked(ParentOrCarerDetails details) {
        if (details == null) {
            throw new InvalidEntry("name", "Give the person's name.");
        }
        String name = text("name", details.name(), "the person's name", 200, true);
        if (details.relationship() == null) {
            throw new InvalidEntry("relationship", "Choose how they are related to the child.");
        }
        String contact = text("contact", details.contact(), "how to contact them", CONTACT_MAX, false);
        if (details.parentalResponsibility() == null) {
            throw new InvalidEntry("parentalResponsibility", "Say whether they hold parental responsibilities and rights (yes or no).");
        }
        return new ParentOrCarerDetails(name, details.relationship(), contact, details.parentalResponsibility());
    }

    private String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > REASON_MAX) {
            throw new InvalidEntry("reason", "Say why (5 to 1,000 characters): the record keeps the reason with the change.");
        }
        if (FormValidator.hasUnstorableCharacters(why)) {
            throw new InvalidEntry("reason", "The reason cannot contain control characters or text-direction overrides.");
        }
        return why;
    }

    private static String text(String field, String value, String what, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidEntry(field, "Give " + what + ".");
            }
            return null;
        }
        if (text.length() > max) {
            throw new InvalidEntry(field, capitalised(what) + " can be up to " + String.format(Words.LOCALE, "%,d", max) + " characters.");
        }
        if (FormValidator.hasUnstorableCharacters(text)) {
            throw new InvalidEntry(field, capitalised(what) + " cannot contain control characters or text-direction overrides.");
        }
        return text;
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    private static InvalidEntry candidateNumberTaken() {
        return new InvalidEntry("candidateNumber", "That Scottish Candidate Number belongs to another child's record. If they are the same child,"
                + " the records are joined through a possible match, not by correcting this one.");
    }

    private static String changedFields(ChildDetails was, ChildDetails now) {
        List<String> fields = new ArrayList<>();
        if (!was.givenName().equals(now.givenName()) || !was.familyName().equals(now.familyName())) {
            fields.add("name");
        }
        if (!was.dateOfBirth().equals(now.dateOfBirth())) {
            fields.add("date of birth");
        }
        if (!was.school().equals(now.school())) {
            fields.add("school");
        }
        if (!Objects.equals(was.candidateNumber(), now.candidateNumber())) {
            fields.add("Scottish Candidate Number");
        }
        return String.join(", ", fields);
    }
}
