package org.partnerflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.indicators.CriticalIndicator.BetterWhen;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regional table as reference data: loaded from seed 004 by the migration, kept up to date by
 * managers only, with bad input and concurrent changes refused, and used by the forms that link to it.
 * Each test that changes the table does so on an indicator it adds, so the seeded rows stay as loaded.
 */
class RegionalIndicatorsTest extends PartnerflowSpringTest {

    @Autowired
    RegionalIndicators regional;
    @Autowired
    TestPartnerships partnerships;
    @Autowired
    Partnerships partnershipRecords;

    @Test
    void theMigrationLoadsSeed004sTableWithBaselinesYearlyValuesAndTargets() {
        List<RegionalIndicators.Row> table = regional.table();
        assertThat(table).hasSizeGreaterThanOrEqualTo(18);
        RegionalIndicators.Row literacy = table.get(0);
        assertThat(literacy.indicator().getCode()).isEqualTo("primary-literacy");
        assertThat(literacy.indicator().getName()).isEqualTo("Primary pupils (P1, P4, P7 combined) achieving expected levels or better in literacy");
        assertThat(literacy.indicator().getBaseline()).isEqualByComparingTo("71");
        assertThat(literacy.indicator().getBaselineYear()).isEqualTo("2016-17");
        assertThat(literacy.indicator().getTarget()).isEqualByComparingTo("78");
        assertThat(literacy.indicator().getTargetYear()).isEqualTo("2020-21");
        assertThat(literacy.values()).singleElement().satisfies(v -> {
            assertThat(v.getSchoolYear()).isEqualTo("2017-18");
            assertThat(v.getMeasured()).isEqualByComparingTo("75");
        });
        assertThat(literacy.progress()).isEqualTo("Better than the baseline, short of the target (2017-18)");

        RegionalIndicators.Row exclusions = row(table, "primary-exclusions");
        assertThat(exclusions.indicator().getBetterWhen()).isEqualTo(BetterWhen.LOWER);
        assertThat(exclusions.indicator().getUnit()).isEqualTo("per 1000 pupils");
        assertThat(exclusions.values()).isEmpty();
        assertThat(exclusions.progress()).isEqualTo("No value since the baseline");
        // Seed 004 gives the S3 third-level literacy target as 91 and 2017-18 as 91: met.
        assertThat(row(table, "s3-literacy-third").progress()).isEqualTo("Target met (2017-18)");
        // Learning, teaching and assessment fell from 80 to 66.
        assertThat(row(table, "learning-teaching-assessment").progress()).isEqualTo("Not yet better than the baseline (2017-18)");
        RegionalIndicators.Row staff = row(table, "staff-learning-confidence");
        assertThat(staff.indicator().getBaseline()).isNull();
        assertThat(staff.indicator().getTarget()).isNull();
        assertThat(staff.progress()).isEqualTo("No baseline to compare with (2017-18)");
    }

    @Test
    void aManagerAddsEditsAndRecordsYearlyValuesAndTheLowerIsBetterDirectionCounts() {
        String manager = people.signIn(Role.MANAGER);
        CriticalIndicator added = regional.add(code(), details("Primary exclusions in the pilot", "per 1000 pupils", BetterWhen.LOWER,
                "9.9", "2016-17", "6.5", "2020-21"));
        assertThat(added.getUpdatedBy()).isEqualTo(manager);
        regional.recordValue(added.getId(), "2018-19", new BigDecimal("8.2"), "Authority returns", null);
        assertThat(row(regional.table(), added.getCode()).progress()).isEqualTo("Better than the baseline, short of the target (2018-19)");
        regional.recordValue(added.getId(), "2019-20", new BigDecimal("6.1"), null, null);
        RegionalIndicators.Row row = row(regional.table(), added.getCode());
        assertThat(row.values()).extracting(YearlyValue::getSchoolYear).containsExactly("2018-19", "2019-20");
        assertThat(row.values()).allSatisfy(v -> assertThat(v.getRecordedBy()).isEqualTo(manager));
        assertThat(row.progress()).isEqualTo("Target met (2019-20)");

        CriticalIndicator edited = regional.edit(added.getId(), added.getVersion(), details("Primary exclusions in the pilot", "per 1000 pupils",
                BetterWhen.LOWER, "9.9", "2016-17", "5.5", "2021-22"));
        assertThat(edited.getTarget()).isEqualByComparingTo("5.5");
        assertThat(row(regional.table(), added.getCode()).progress()).isEqualTo("Better than the baseline, short of the target (2019-20)");
        // A target without a baseline is allowed (the staff-confidence score has neither in seed 004).
        CriticalIndicator noBaseline = regional.edit(added.getId(), edited.getVersion(), details("Primary exclusions in the pilot",
                "per 1000 pupils", BetterWhen.LOWER, null, "", "5.5", "2021-22"));
        assertThat(noBaseline.getBaseline()).isNull();
        assertThat(noBaseline.getBaselineYear()).isNull();
    }

    @Test
    void aYearAlreadyRecordedIsCorrectedOnlyBySomeoneWhoSawItsValue() {
        people.signIn(Role.MANAGER);
        CriticalIndicator added = regional.add(code(), details("Reading for pleasure " + System.nanoTime(), "percent", BetterWhen.HIGHER,
                "40", "2016-17", "55", "2020-21"));
        YearlyValue first = regional.recordValue(added.getId(), "2018-19", new BigDecimal("44"), null, null);
        assertThatThrownBy(() -> regional.recordValue(added.getId(), "2018-19", new BigDecimal("47"), null, null))
                .isInstanceOf(Refusal.class).hasMessageContaining("already has a value for 2018-19 (44)");
        YearlyValue corrected = regional.recordValue(added.getId(), "2018-19", new BigDecimal("45.5"), "Corrected return", first.getVersion());
        assertThat(corrected.getMeasured()).isEqualByComparingTo("45.5");
        assertThat(corrected.getNote()).isEqualTo("Corrected return");
        // Someone else still holding the first version cannot overwrite the correction.
        assertThatThrownBy(() -> regional.recordValue(added.getId(), "2018-19", new BigDecimal("50"), null, first.getVersion()))
                .isInstanceOf(StaleRecordException.class).hasMessageContaining("Someone else changed this value");
        assertThat(row(regional.table(), added.getCode()).values()).singleElement()
                .satisfies(v -> assertThat(v.getMeasured()).isEqualByComparingTo("45.5"));
    }

    @Test
    void badInputAndStaleEditsAreRefusedAndChangeNothing() {
        people.signIn(Role.MANAGER);
        String name = "Writing at second level " + System.nanoTime();
        CriticalIndicator added = regional.add(code(), details(name, "percent", BetterWhen.HIGHER, "60", "2016-17", "70", "2020-21"));
        long version = added.getVersion();
        assertRefused(() -> regional.edit(added.getId(), version, details(name, "percent", BetterWhen.HIGHER, "60", "2016/17", "70", "2020-21")),
                "The baseline's school year must be written like 2018-19.");
        assertRefused(() -> regional.edit(added.getId(), version, details(name, "percent", BetterWhen.HIGHER, "60", "2016-18", "70", "2020-21")),
                "The baseline's school year must be written like 2018-19.");
        assertRefused(() -> regional.edit(added.getId(), version, details(name, "percent", BetterWhen.HIGHER, "60", "2016-17", "70", "2015-16")),
                "The target's school year must come after the baseline's (2016-17).");
        assertRefused(() -> regional.edit(added.getId(), version, details(name, "percent", BetterWhen.HIGHER, null, "2016-17", "70", "2020-21")),
                "Give the baseline value for 2016-17, or clear the year.");
        assertRefused(() -> regional.edit(added.getId(), version, details(name, "percent", BetterWhen.HIGHER, "60.123", "2016-17", "70", "2020-21")),
                "The baseline must be below 1,000,000 with at most two decimals.");
        assertRefused(() -> regional.edit(added.getId(), version, details(" ", "percent", BetterWhen.HIGHER, "60", "2016-17", "70", "2020-21")),
                "The indicator's name needs between 3 and 300 characters.");
        assertRefused(() -> regional.edit(added.getId(), version, details(name, "percent", null, "60", "2016-17", "70", "2020-21")),
                "Say whether higher or lower values are better.");
        assertRefused(() -> regional.edit(added.getId(), version, details("Primary exclusion rate", "percent", BetterWhen.HIGHER, "60",
                "2016-17", "70", "2020-21")), "There is already an indicator called \"Primary exclusion rate\".");
        assertRefused(() -> regional.add("Not A Code", details("Another " + System.nanoTime(), "percent", BetterWhen.HIGHER, null, null, null, null)),
                "The code needs 3 to 40 lower-case letters, digits and hyphens, for example primary-writing.");
        assertRefused(() -> regional.add("primary-literacy", details("Another " + System.nanoTime(), "percent", BetterWhen.HIGHER, null, null, null, null)),
                "There is already an indicator with the code primary-literacy.");
        assertRefused(() -> regional.recordValue(added.getId(), "2019-20", null, null, null), "The value is required.");
        assertRefused(() -> regional.recordValue(added.getId(), "19-20", BigDecimal.ONE, null, null), "The school year must be written like 2018-19.");

        CriticalIndicator unchanged = row(regional.table(), added.getCode()).indicator();
        assertThat(unchanged.getVersion()).isEqualTo(version);
        assertThat(unchanged.getTarget()).isEqualByComparingTo("70");
        assertThat(row(regional.table(), added.getCode()).values()).isEmpty();

        regional.edit(added.getId(), version, details(name, "percent", BetterWhen.HIGHER, "60", "2016-17", "72", "2020-21"));
        assertThatThrownBy(() -> regional.edit(added.getId(), version, details(name, "percent", BetterWhen.HIGHER, "60", "2016-17", "75", "2020-21")))
                .isInstanceOf(StaleRecordException.class).hasMessageContaining("Someone else changed this indicator");
        assertThat(row(regional.table(), added.getCode()).indicator().getTarget()).isEqualByComparingTo("72");
    }

    @Test
    void onlyManagersAndAdministratorsChangeTheTable() {
        people.signIn(Role.PARTNERSHIP_LEAD);
        assertThat(regional.mayEdit()).isFalse();
        CriticalIndicator literacy = regional.find("primary-literacy").orElseThrow();
        assertThatThrownBy(() -> regional.edit(literacy.getId(), literacy.getVersion(), details(literacy.getName(), "percent",
                BetterWhen.HIGHER, "71", "2016-17", "99", "2020-21"))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> regional.recordValue(literacy.getId(), "2018-19", BigDecimal.TEN, null, null))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> regional.add(code(), details("Sneaky " + System.nanoTime(), "percent", BetterWhen.HIGHER, null, null, null, null)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(regional.find("primary-literacy").orElseThrow().getTarget()).isEqualByComparingTo("78");
        people.signIn(Role.ADMIN);
        assertThat(regional.mayEdit()).isTrue();
    }

    @Test
    void formsOfferTheTableAndAnIndicatorAddedByAManagerCanBeLinkedAtOnce() {
        people.signIn(Role.MANAGER);
        CriticalIndicator added = regional.add(code(), details("Family learning take-up " + System.nanoTime(), "percent", BetterWhen.HIGHER,
                null, null, "30", "2026-27"));
        assertThat(regional.asOptions()).contains(Map.of("label", added.getName(), "value", added.getCode()));
        people.signOut();

        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        Map<String, Object> proposal = new HashMap<>(TestPartnerships.proposal("Family learning " + System.nanoTime(), "school-cluster",
                partnerships.partners(2)));
        proposal.put("criticalIndicators", List.of(added.getCode(), "primary-literacy"));
        ProcessInstance p = partnerships.propose(lead, proposal);
        assertThat(partnershipRecords.findByProcessInstanceId(p.getId()).orElseThrow().getIndicators())
                .containsExactlyInAnyOrder(added.getCode(), "primary-literacy");
        assertThat(regional.withCodes(List.of(added.getCode(), "primary-literacy"))).extracting(CriticalIndicator::getCode)
                .containsExactly("primary-literacy", added.getCode());

        Map<String, Object> unknown = new HashMap<>(TestPartnerships.proposal("Unknown indicator " + System.nanoTime(), "school-cluster",
                partnerships.partners(2)));
        unknown.put("criticalIndicators", List.of("no-such-indicator"));
        assertThatThrownBy(() -> partnerships.propose(lead, unknown)).isInstanceOf(FormValidationException.class)
                .hasMessageContaining("'no-such-indicator' is not a critical indicator");
    }

    private static void assertRefused(Runnable change, String message) {
        assertThatThrownBy(change::run).isInstanceOf(Refusal.class).hasMessage(message);
    }

    private static RegionalIndicators.Row row(List<RegionalIndicators.Row> table, String code) {
        return table.stream().filter(r -> r.indicator().getCode().equals(code)).findFirst().orElseThrow();
    }

    private static String code() {
        return "test-" + Long.toString(System.nanoTime(), 36);
    }

    private static RegionalIndicators.Details details(String name, String unit, BetterWhen betterWhen, String baseline, String baselineYear,
                                                      String target, String targetYear) {
        return new RegionalIndicators.Details(name, unit, betterWhen, baseline == null ? null : new BigDecimal(baseline), baselineYear,
                target == null ? null : new BigDecimal(target), targetYear);
    }
}
