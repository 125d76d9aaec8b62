package org.partnerflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog.Search;
import org.partnerflow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The access log read by managers: filters, paging, and who is flagged as unusual and why. */
class AccessLogTest extends PartnerflowSpringTest {

    @Autowired
    AccessLog log;

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

        people.signIn(Role.MANAGER);
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
    void onlyManagersAndAdministratorsReadTheLog() {
        people.signIn(Role.LEAD_PROFESSIONAL);
        assertThatThrownBy(() -> log.search(Search.ALL, 0, 10)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> log.unusual(null, null)).isInstanceOf(AuthorizationException.class);
        people.signIn(Role.ADMIN);
        assertThat(log.count(Search.ALL)).isPositive();
    }
}
