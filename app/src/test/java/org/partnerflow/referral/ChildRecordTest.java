package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ParentOrCarer.Relationship;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.Race.Contender;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.StaleRecordException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The child's record across concerns: who may open and correct it (those who work on one of the
 * child's cases, not someone who only raised a concern), the history every correction and every
 * change to a parent or carer keeps, edits made meanwhile refused, and bad input refused in words.
 */
class ChildRecordTest extends PartnerflowSpringTest {

    static final String VIEW = "child-page";

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Children children;
    @Autowired
    ChildRecord records;
    @Autowired
    ChildsCases cases;
    @Autowired
    Chronology chronology;
    @Autowired
    AccessLog accessLog;
    @Autowired
    ChildDetailsChanges detailsChanges;
    @Autowired
    ParentOrCarerChanges parentChanges;
    @Autowired
    CaseRetention retention;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String candidateNumber() {
        return String.valueOf(100_000_000L + Math.floorMod(System.nanoTime(), 900_000_000L));
    }

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private String raiser() {
        return people.ensure("test-child-record-raiser", Role.PRACTITIONER);
    }

    /** A concern raised by the raiser about a new child; the Named Person is offered its assessment. */
    private WellbeingConcern raised(String family) {
        return concernOf(referrals.raise(raiser(), "Ailsa", family, "Eastfield Primary", candidateNumber(), "no"));
    }

    private <T> T as(String user, Supplier<T> action) {
        people.signInAs(user);
        try {
            return action.get();
        } finally {
            people.signOut();
        }
    }

    private long logged(String user, long childId, boolean granted) {
        return accessLog.latestFor(ChildRecord.RECORD_TYPE, childId, 50).stream()
                .filter(a -> a.getUserId().equals(user) && a.isGranted() == granted).count();
    }

    @Test
    void whoeverWorksOnOneOfTheChildsCasesOpensTheRecordTheRaiserAndOutsidersDoNotAndEveryAnswerIsLogged() {
        WellbeingConcern concern = raised("Record" + System.nanoTime());
        long child = concern.getChild().getId();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String manager = people.ensure(Role.MANAGER);
        String outsider = people.ensure("test-child-record-outsider", Role.PRACTITIONER);
        String partner = people.ensure(Role.PARTNER_AGENCY);

        assertThat(as(namedPerson, () -> records.open(child, VIEW)).child().getId()).isEqualTo(child);
        assertThat(as(manager, () -> records.open(child, VIEW)).concerns()).extracting(c -> c.concern().getId()).containsExactly(concern.getId());
        for (String refused : List.of(raiser(), outsider, partner)) {
            people.signInAs(refused);
            try {
                assertThatThrownBy(() -> records.open(child, VIEW)).as(refused).isInstanceOf(NoAccessException.class);
                assertThat(records.mayOpen(child)).as(refused).isFalse();
            } finally {
                people.signOut();
            }
            assertThat(logged(refused, child, false)).as("refusal of %s logged", refused).isEqualTo(1);
        }
        // The raiser keeps their case page, with the child as they typed them.
        assertThat(as(raiser(), () -> cases.open(concern.getId(), "case-page")).child()).isEqualTo(concern.getChildAsEntered());
        assertThat(logged(namedPerson, child, true)).isEqualTo(1);
        assertThat(logged(manager, child, true)).isEqualTo(1);

        // No such child looks the same as a refusal, and is logged too.
        people.signInAs(namedPerson);
        try {
            assertThatThrownBy(() -> records.open(987_654_321L, VIEW)).isInstanceOf(NoAccessException.class)
                    .hasMessageContaining("You do not have access");
        } finally {
            people.signOut();
        }
        assertThat(logged(namedPerson, 987_654_321L, false)).isEqualTo(1);
    }

    @Test
    void oneChronologyAcrossAllConcernsWithSingleAgencyCasesMarkedAndThePlanInForce() {
        String family = "Across" + System.nanoTime();
        String scn = candidateNumber();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance first = referrals.raise(raiser(), "Ailsa", family, "Eastfield Primary", scn, "no");
        referrals.toSingleAgencyPlan(first, namedPerson);
        ProcessInstance second = referrals.raise(raiser(), "Ailsa", family, "Eastfield Primary", scn, "no");
        WellbeingConcern one = concernOf(first);
        WellbeingConcern two = concernOf(second);
        assertThat(two.getChild().getId()).as("the number joins the record").isEqualTo(one.getChild().getId());

        ChildRecordFile file = as(namedPerson, () -> records.open(one.getChild().getId(), VIEW));

        assertThat(file.concerns()).extracting(c -> c.concern().getId()).containsExactly(two.getId(), one.getId());
        assertThat(file.concerns().get(1).singleAgency()).isTrue();
        assertThat(file.concerns().get(0).singleAgency()).as("not yet assessed").isFalse();
        assertThat(file.chronology()).extracting(l -> l.entry().getConcernId()).contains(one.getId(), two.getId());
        assertThat(file.chronology()).extracting(l -> l.entry().getOccurredAt()).isSorted();
        assertThat(file.chronology()).filteredOn(l -> l.entry().getConcernId().equals(one.getId())).allMatch(ChildRecordFile.ChronologyLine::singleAgency);
        assertThat(file.chronology()).filteredOn(l -> l.entry().getConcernId().equals(two.getId())).noneMatch(ChildRecordFile.ChronologyLine::singleAgency);
        assertThat(file.currentPlan()).hasValueSatisfying(p -> {
            assertThat(p.concern().getId()).isEqualTo(one.getId());
            assertThat(p.version().getNeedsSummary()).isEqualTo("Breakfast and sleep");
        });
    }

    @Test
    void aCorrectionKeepsWhatTheDetailsWereWhoChangedThemWhenAndWhyAndIsInTheChronologyWithoutTheValues() {
        String family = "Correct" + System.nanoTime();
        WellbeingConcern concern = raised(family);
        Child before = concern.getChild();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ChildDetails corrected = new ChildDetails("Ailsa", family + "-Reid", LocalDate.of(2016, 4, 13), "Westfield Academy", null);

        ChildRecordFile file = as(namedPerson, () -> records.rectify(before.getId(), before.getVersion(), corrected,
                "Birth certificate seen at the meeting", VIEW));

        assertThat(file.child().details()).isEqualTo(corrected);
        assertThat(children.findById(before.getId()).orElseThrow().details()).isEqualTo(corrected);
        assertThat(file.detailsHistory()).singleElement().satisfies(change -> {
            assertThat(change.was()).isEqualTo(before.details());
            assertThat(change.now()).isEqualTo(corrected);
            assertThat(change.getChangedBy()).isEqualTo(namedPerson);
            assertThat(change.getReason()).isEqualTo("Birth certificate seen at the meeting");
            assertThat(change.getChangedAt()).isNotNull();
        });
        ChronologyEntry noted = chronology.of(concern).stream().filter(e -> e.getKind() == ChronologyEntry.Kind.CHILD_DETAILS_CORRECTED)
                .findFirst().orElseThrow();
        assertThat(noted.getSummary()).contains("name", "date of birth", "school", "Scottish Candidate Number")
                .doesNotContain("Reid", "Westfield", "Birth certificate", before.getCandidateNumber());
        // The raiser still sees what they typed.
        assertThat(as(raiser(), () -> cases.open(concern.getId(), "case-page")).child()).isEqualTo(concern.getChildAsEntered());
        // ... and may not correct the record.
        people.signInAs(raiser());
        try {
            assertThatThrownBy(() -> records.rectify(before.getId(), file.child().getVersion(), before.details(), "Because I say so", VIEW))
                    .isInstanceOf(NoAccessException.class);
        } finally {
            people.signOut();
        }
        assertThat(children.findById(before.getId()).orElseThrow().details()).isEqualTo(corrected);
    }

    @Test
    void aCorrectionFromAnOutOfDateReadingIsRefusedInWordsAndNothingIsWritten() throws Exception {
        WellbeingConcern concern = raised("Stale" + System.nanoTime());
        Child child = concern.getChild();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ChildDetails first = new ChildDetails("Isla", child.getFamilyName(), child.getDateOfBirth(), child.getSchool(), child.getCandidateNumber());
        as(namedPerson, () -> records.rectify(child.getId(), child.getVersion(), first, "Known as Isla at home and school", VIEW));

        ChildDetails second = new ChildDetails("Eilidh", child.getFamilyName(), child.getDateOfBirth(), child.getSchool(), child.getCandidateNumber());
        people.signInAs(namedPerson);
        try {
            assertThatThrownBy(() -> records.rectify(child.getId(), child.getVersion(), second, "Typed the wrong name", VIEW))
                    .isInstanceOf(StaleRecordException.class).hasMessageContaining("Someone else changed").hasMessageContaining("Reload");
        } finally {
            people.signOut();
        }
        assertThat(children.findById(child.getId()).orElseThrow().getGivenName()).isEqualTo("Isla");
        assertThat(detailsChanges.findByChildIdOrderByChangedAtAscIdAsc(child.getId())).hasSize(1);

        // Two corrections at once from the same reading: one is made, the other told, never both.
        long seen = children.findById(child.getId()).orElseThrow().getVersion();
        List<Throwable> outcomes = Race.run(people, List.of(
                new Contender(() -> people.signInAs(namedPerson), () -> records.rectify(child.getId(), seen,
                        new ChildDetails("Morven", child.getFamilyName(), child.getDateOfBirth(), child.getSchool(), child.getCandidateNumber()),
                        "Name from the registrar", VIEW)),
                new Contender(() -> people.signInAs(people.ensure(Role.MANAGER)), () -> records.rectify(child.getId(), seen,
                        new ChildDetails("Kirsty", child.getFamilyName(), child.getDateOfBirth(), child.getSchool(), child.getCandidateNumber()),
                        "Name from the GP record", VIEW))));
        assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
        assertThat(outcomes).filteredOn(Objects::nonNull).singleElement().isInstanceOf(StaleRecordException.class);
        assertThat(detailsChanges.findByChildIdOrderByChangedAtAscIdAsc(child.getId())).hasSize(2);
        assertThat(children.findById(child.getId()).orElseThrow().getGivenName())
                .isEqualTo(detailsChanges.findByChildIdOrderByChangedAtAscIdAsc(child.getId()).get(1).now().givenName());
    }

    @Test
    void badCorrectionsAreRefusedInWordsAndNothingIsWritten() {
        WellbeingConcern concern = raised("Bad" + System.nanoTime());
        WellbeingConcern other = raised("Other" + System.nanoTime());
        Child child = concern.getChild();
        ChildDetails as = child.details();
        long version = child.getVersion();
        people.signIn(Role.NAMED_PERSON);
        try {
            record Case(ChildDetails details, String reason, String field, String words) {
            }
            for (Case bad : List.of(
                    new Case(new ChildDetails("Isla", as.familyName(), as.dateOfBirth(), as.school(), as.candidateNumber()), " ", "reason", "Say why"),
                    new Case(new ChildDetails(" ", as.familyName(), as.dateOfBirth(), as.school(), as.candidateNumber()), "Good reason", "givenName",
                            "Give the child's given name"),
                    new Case(new ChildDetails("Isla", as.familyName(), LocalDate.now().plusDays(2), as.school(), as.candidateNumber()), "Good reason",
                            "dateOfBirth", "cannot be in the future"),
                    new Case(new ChildDetails("Isla", as.familyName(), as.dateOfBirth(), as.school(), "12345"), "Good reason", "candidateNumber",
                            "nine digits"),
                    new Case(new ChildDetails("Isla", as.familyName(), as.dateOfBirth(), as.school(), other.getChild().getCandidateNumber()),
                            "Good reason", "candidateNumber", "belongs to another child's record"),
                    new Case(new ChildDetails("Is\u202Ela", as.familyName(), as.dateOfBirth(), as.school(), as.candidateNumber()), "Good reason",
                            "givenName", "text-direction overrides"),
                    new Case(as, "Good reason", "givenName", "Nothing was changed"))) {
                assertThatThrownBy(() -> records.rectify(child.getId(), version, bad.details(), bad.reason(), VIEW)).as(bad.words())
                        .isInstanceOfSatisfying(ChildRecord.InvalidEntry.class, e -> {
                            assertThat(e.field()).isEqualTo(bad.field());
                            assertThat(e.getMessage()).contains(bad.words());
                        });
            }
        } finally {
            people.signOut();
        }
        assertThat(children.findById(child.getId()).orElseThrow().details()).isEqualTo(as);
        assertThat(detailsChanges.findByChildIdOrderByChangedAtAscIdAsc(child.getId())).isEmpty();
    }

    @Test
    void parentsAndCarersAreAddedEditedAndEndedNeverDeletedWithEveryChangeKept() {
        WellbeingConcern concern = raised("Family" + System.nanoTime());
        long child = concern.getChild().getId();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        people.signInAs(namedPerson);
        try {
            ParentOrCarer mother = records.addParentOrCarer(child,
                    new ParentOrCarerDetails("Fiona Hay", Relationship.MOTHER, "07700 900123", true), VIEW);
            ParentOrCarer edited = records.editParentOrCarer(child, mother.getId(), mother.getVersion(),
                    new ParentOrCarerDetails("Fiona Hay", Relationship.MOTHER, "fiona@example.org", true), "New contact details from her", VIEW);
            assertThatThrownBy(() -> records.editParentOrCarer(child, mother.getId(), mother.getVersion(),
                    new ParentOrCarerDetails("Fiona Hay", Relationship.MOTHER, "01234 567890", true), "Another number", VIEW))
                    .isInstanceOf(StaleRecordException.class).hasMessageContaining("Reload");
            ParentOrCarer ended = records.endParentOrCarer(child, mother.getId(), edited.getVersion(), "Moved away; no contact", VIEW);
            assertThat(ended.isCurrent()).isFalse();
            assertThatThrownBy(() -> records.endParentOrCarer(child, mother.getId(), ended.getVersion(), "Ended twice", VIEW))
                    .isInstanceOf(ChildRecord.InvalidEntry.class).hasMessageContaining("already ended");
            records.addParentOrCarer(child, new ParentOrCarerDetails("Jean Hay", Relationship.KINSHIP_CARER, null, false), VIEW);

            ChildRecordFile file = records.open(child, VIEW);
            assertThat(file.parentsAndCarers()).extracting(ParentOrCarer::getName).containsExactly("Fiona Hay", "Jean Hay");
            assertThat(file.currentParentsAndCarers()).extracting(ParentOrCarer::getName).containsExactly("Jean Hay");
            assertThat(file.parentsAndCarersHistory()).extracting(ParentOrCarerChange::getKind).containsExactly(
                    ParentOrCarerChange.Kind.ADDED, ParentOrCarerChange.Kind.EDITED, ParentOrCarerChange.Kind.ENDED, ParentOrCarerChange.Kind.ADDED);
            assertThat(file.parentsAndCarersHistory().get(0).details().contact()).isEqualTo("07700 900123");
            assertThat(file.parentsAndCarersHistory().get(1).details().contact()).isEqualTo("fiona@example.org");
            assertThat(file.parentsAndCarersHistory().get(1).getReason()).isEqualTo("New contact details from her");
            assertThat(file.parentsAndCarersHistory()).allMatch(c -> c.getChangedBy().equals(namedPerson));
        } finally {
            people.signOut();
        }
        people.signInAs(raiser());
        try {
            assertThatThrownBy(() -> records.addParentOrCarer(child, new ParentOrCarerDetails("Someone", Relationship.OTHER, null, false), VIEW))
                    .isInstanceOf(NoAccessException.class);
        } finally {
            people.signOut();
        }
        assertThat(parentChanges.findByChildId(child)).hasSize(4);
    }

    @Test
    void badParentOrCarerEntriesAreRefusedInWords() {
        long child = raised("BadFamily" + System.nanoTime()).getChild().getId();
        people.signIn(Role.NAMED_PERSON);
        try {
            record Case(ParentOrCarerDetails details, String field, String words) {
            }
            for (Case bad : List.of(
                    new Case(new ParentOrCarerDetails(" ", Relationship.FATHER, null, true), "name", "Give the person's name"),
                    new Case(new ParentOrCarerDetails("Tam Hay", null, null, true), "relationship", "Choose how they are related"),
                    new Case(new ParentOrCarerDetails("Tam Hay", Relationship.FATHER, "x".repeat(501), true), "contact", "up to 500 characters"),
                    new Case(new ParentOrCarerDetails("Tam Hay", Relationship.FATHER, null, null), "parentalResponsibility", "yes or no"))) {
                assertThatThrownBy(() -> records.addParentOrCarer(child, bad.details(), VIEW)).as(bad.words())
                        .isInstanceOfSatisfying(ChildRecord.InvalidEntry.class, e -> {
                            assertThat(e.field()).isEqualTo(bad.field());
                            assertThat(e.getMessage()).contains(bad.words());
                        });
            }
            ParentOrCarer father = records.addParentOrCarer(child, new ParentOrCarerDetails("Tam Hay", Relationship.FATHER, null, true), VIEW);
            assertThatThrownBy(() -> records.editParentOrCarer(child, father.getId(), father.getVersion(),
                    new ParentOrCarerDetails("Tam Hay", Relationship.FATHER, null, false), "", VIEW))
                    .isInstanceOf(ChildRecord.InvalidEntry.class).hasMessageContaining("Say why");
            assertThatThrownBy(() -> records.editParentOrCarer(child, father.getId(), father.getVersion(),
                    new ParentOrCarerDetails("Tam Hay", Relationship.FATHER, null, true), "No change really", VIEW))
                    .isInstanceOf(ChildRecord.InvalidEntry.class).hasMessageContaining("Nothing was changed");
            assertThat(records.open(child, VIEW).parentsAndCarersHistory()).hasSize(1);
        } finally {
            people.signOut();
        }
    }

    @Test
    void aConfirmedPossibleMatchTakesTheParentsCarersAndCorrectionsToTheRecordedChild() {
        String family = "Joined" + System.nanoTime();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        Child recorded = concernOf(referrals.raise(raiser(), "Ailsa", family, "Eastfield Primary", candidateNumber(), "no")).getChild();
        ProcessInstance second = referrals.raise(raiser(), "Ailsa", family, "Westfield Academy", null, "no");
        Child provisional = concernOf(second).getChild();
        assertThat(provisional.getId()).isNotEqualTo(recorded.getId());
        as(namedPerson, () -> records.addParentOrCarer(provisional.getId(),
                new ParentOrCarerDetails("Fiona Hay", Relationship.MOTHER, null, true), VIEW));
        as(namedPerson, () -> records.rectify(provisional.getId(), provisional.getVersion(), new ChildDetails("Ailsa", family,
                provisional.getDateOfBirth(), "Westfield High", null), "School's proper name", VIEW));

        referrals.work(second, "Activity_CheckPossibleMatch", namedPerson, java.util.Map.of("matchDecision", "same",
                "matchedChild", String.valueOf(recorded.getId()), "matchReason", "Checked with both schools"));

        assertThat(children.findById(provisional.getId())).isEmpty();
        ChildRecordFile file = as(namedPerson, () -> records.open(recorded.getId(), VIEW));
        assertThat(file.concerns()).hasSize(2);
        assertThat(file.parentsAndCarers()).extracting(ParentOrCarer::getName).containsExactly("Fiona Hay");
        assertThat(file.parentsAndCarersHistory()).hasSize(1);
        assertThat(file.detailsHistory()).singleElement().satisfies(c -> assertThat(c.getReason()).isEqualTo("School's proper name"));
    }

    @Test
    void anonymisingTheChildsLastCaseClearsTheirParentsCarersAndCorrections() {
        String family = "Forgotten" + System.nanoTime();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(raiser(), "Ailsa", family, "Eastfield Primary", candidateNumber(), "no");
        referrals.toClosure(referral, namedPerson);
        WellbeingConcern closed = concernOf(referral);
        Child child = closed.getChild();
        as(namedPerson, () -> records.addParentOrCarer(child.getId(),
                new ParentOrCarerDetails("Fiona Hay", Relationship.MOTHER, "07700 900123", true), VIEW));
        as(namedPerson, () -> records.rectify(child.getId(), child.getVersion(), new ChildDetails("Ailsa", family + "-Reid",
                child.getDateOfBirth(), child.getSchool(), child.getCandidateNumber()), "Name from the birth certificate", VIEW));
        jdbc.update("update wellbeing_concern set closed_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(7 * 366, java.time.temporal.ChronoUnit.DAYS)), closed.getId());

        as(people.ensure(Role.MANAGER), () -> retention.anonymise(closed.getId(), "Retention panel: nothing to keep"));

        String removed = CaseRetention.REMOVED;
        assertThat(jdbc.queryForList("select name, contact from parent_or_carer where child_id = ?", child.getId()))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("name")).isEqualTo(removed);
                    assertThat(row.get("contact")).isNull();
                });
        assertThat(jdbc.queryForObject("select count(*) from parent_or_carer_change c join parent_or_carer p on p.id = c.parent_or_carer_id"
                + " where p.child_id = ? and (c.name <> ? or c.contact is not null)", Long.class, child.getId(), removed)).isZero();
        assertThat(detailsChanges.findByChildIdOrderByChangedAtAscIdAsc(child.getId())).singleElement().satisfies(c -> {
            assertThat(c.was().givenName()).isEqualTo("Anonymised");
            assertThat(c.now().familyName()).isEqualTo("child " + child.getId());
            assertThat(c.was().candidateNumber()).isNull();
            assertThat(c.getReason()).isEqualTo(removed);
        });
    }
}
