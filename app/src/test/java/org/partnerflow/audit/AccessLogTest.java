package org.partnerflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog.Search;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/** The access log read by managers: filters, paging, and who is flagged as unusual and why. */
class AccessLogTest extends PartnerflowSpringTest {

    @Autowired
    AccessLog log;
    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;

    @Test
    void managersSearchByPersonRecordAndRefusalAndUnusualAccessIsFlagged() {
        String curious = people.ensure("curious-" + System.nanoTime(), Role.PRACTITIONER);
        String busy = people.ensure("busy-" + System.nanoTime(), Role.MANAGER);
        for (int i = 0; i < log.settings().unusualRefusals(); i++) {
            log.record(curious, "child-case", 900_000 + i, "case-page", false);
        }
        log.record(curious, "child-case", 42, "case-page", true);
        for (int i = 0; i < log.settings().unusualDistinctRecords(); i++) {
            log.record(busy, "child-case", 800_000 + i, "case-page", true);
        }
        String ordinary = people.ensure("ordinary-" + System.nanoTime(), Role.PRACTITIONER);
        log.record(ordinary, "child-case", 7, "case-page", true);
        log.record(ordinary, "child-case", 7, "case-page", true);

        // Administrators read every row; these rows name no real case (a council's managers read their own children's).
        people.signIn(Role.ADMIN);
        Search byCurious = new Search(curious, null, null, null, null, false);
        assertThat(log.count(byCurious)).isEqualTo(log.settings().unusualRefusals() + 1L);
        assertThat(log.search(new Search(curious, null, null, null, null, true), 0, 50)).hasSize(log.settings().unusualRefusals())
                .allSatisfy(a -> assertThat(a.isGranted()).isFalse());
        assertThat(log.search(new Search(null, "child-case", "42", null, null, false), 0, 50))
                .anySatisfy(a -> assertThat(a.getUserId()).isEqualTo(curious));
        // Newest first, and paged.
        var page = log.search(new Search(busy, null, null, null, null, false), 0, 5);
        assertThat(page).hasSize(5);
        assertThat(page.get(0).getRecordId()).isEqualTo(String.valueOf(800_000 + log.settings().unusualDistinctRecords() - 1));
        assertThat(log.search(new Search(busy, null, null, null, null, false), 5, 5)).hasSize(5).doesNotContainAnyElementsOf(page);
        LocalDate today = LocalDate.now();
        assertThat(log.count(new Search(busy, null, null, today.plusDays(1), null, false))).isZero();
        assertThat(log.count(new Search(busy, null, null, today, today, false))).isEqualTo((long) log.settings().unusualDistinctRecords());

        var flagged = log.unusual(today, today);
        assertThat(flagged).anySatisfy(p -> {
            assertThat(p.userId()).isEqualTo(curious);
            assertThat(p.refusals()).isEqualTo((long) log.settings().unusualRefusals());
            assertThat(p.distinctRecords()).isEqualTo(log.settings().unusualRefusals() + 1L);
        });
        assertThat(flagged).anySatisfy(p -> {
            assertThat(p.userId()).isEqualTo(busy);
            assertThat(p.distinctRecords()).isEqualTo((long) log.settings().unusualDistinctRecords());
            assertThat(p.refusals()).isZero();
        });
        assertThat(flagged).noneSatisfy(p -> assertThat(p.userId()).isEqualTo(ordinary));
        assertThat(log.unusual(today.plusDays(1), today.plusDays(2))).isEmpty();
    }

    @Test
    void eachCouncilsManagersReadTheirOwnCouncilsRowsAndTheRegionCountsOnly() {
        ProcessInstance glasgowReferral = referrals.raise("GlasgowLog" + System.nanoTime());
        ProcessInstance renfrewshireReferral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "RenfrewshireLog" + System.nanoTime(),
                "Cartside Primary", null, "no");
        long glasgow = concerns.findByProcessInstanceId(glasgowReferral.getId()).orElseThrow().getId();
        long renfrewshire = concerns.findByProcessInstanceId(renfrewshireReferral.getId()).orElseThrow().getId();
        String glasgowPerson = people.ensure(Role.PRACTITIONER);
        String renfrewshirePerson = people.ensureIn("test-practitioner-renfrewshire", List.of("renfrewshire"), Role.PRACTITIONER);
        String renfrewshireManager = people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        String regionalManager = people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER);
        long partnership = 700_000 + System.nanoTime() % 100_000;
        log.record(glasgowPerson, "child-case", glasgow, "case-page", true);
        log.record(renfrewshirePerson, "child-case", glasgow, "case-page", false);
        log.record(renfrewshirePerson, "child-case", renfrewshire, "case-page", true);
        log.record(glasgowPerson, "partnership", partnership, "partnership-page", true);
        log.record(renfrewshirePerson, "partnership", partnership, "partnership-page", true);

        people.signIn(Role.MANAGER); // Glasgow City's
        assertThat(log.reach()).isEqualTo(AccessLogScope.Reach.SOME_ROWS);
        assertThat(log.search(about(glasgow), 0, 50)).as("their children's rows, whoever opened them")
                .extracting(RecordAccess::getUserId).contains(glasgowPerson, renfrewshirePerson);
        assertThat(log.search(about(renfrewshire), 0, 50)).as("never another council's child's").isEmpty();
        assertThat(log.count(about(renfrewshire))).isZero();
        assertThat(log.search(new Search(null, "partnership", String.valueOf(partnership), null, null, false), 0, 50))
                .as("other records: what their own council's people opened").extracting(RecordAccess::getUserId).containsExactly(glasgowPerson);

        people.signInAs(renfrewshireManager);
        assertThat(log.search(about(renfrewshire), 0, 50)).extracting(RecordAccess::getUserId).containsExactly(renfrewshirePerson);
        assertThat(log.search(about(glasgow), 0, 50)).isEmpty();
        assertThat(log.search(new Search(renfrewshirePerson, null, null, null, null, false), 0, 50))
                .as("their own person's refusal at a Glasgow child is Glasgow's to read").noneSatisfy(a -> assertThat(a.getRecordId())
                        .isEqualTo(String.valueOf(glasgow)));

        people.signInAs(regionalManager);
        assertThat(log.reach()).isEqualTo(AccessLogScope.Reach.COUNTS_ONLY);
        assertThat(log.search(Search.ALL, 0, 50)).as("the region reads no row").isEmpty();
        assertThat(log.count(Search.ALL)).isZero();
        assertThat(log.unusual(null, null)).isEmpty();
        assertThat(log.tallies(LocalDate.now(), LocalDate.now())).anySatisfy(t -> {
            assertThat(t.recordType()).isEqualTo("child-case");
            assertThat(t.openings()).isGreaterThanOrEqualTo(2);
            assertThat(t.refusals()).isGreaterThanOrEqualTo(1);
        });

        people.signIn(Role.ADMIN);
        assertThat(log.reach()).isEqualTo(AccessLogScope.Reach.EVERY_ROW);
        assertThat(log.search(about(glasgow), 0, 50)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(log.search(about(renfrewshire), 0, 50)).isNotEmpty();
    }

    private static Search about(long caseId) {
        return new Search(null, "child-case", String.valueOf(caseId), null, null, false);
    }

    @Test
    void onlyManagersAndAdministratorsReadTheLog() {
        people.signIn(Role.LEAD_PROFESSIONAL);
        assertThatThrownBy(() -> log.search(Search.ALL, 0, 10)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> log.unusual(null, null)).isInstanceOf(AuthorizationException.class);
        people.signIn(Role.ADMIN);
        assertThat(log.count(Search.ALL)).isPositive();
    }
}
