package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.referral.ChildsPlanChanges.Change;
import org.partnerflow.referral.PlanAction.Status;

/** What changed between two versions of a Child's Plan, in words, action by action (matched by reference, not by position). */
class ChildsPlanChangesTest {

    private static ChildsPlanVersion version(int number, Map<WellbeingIndicator, PlanOutcome> outcomes, List<PlanAction> actions) {
        return new ChildsPlanVersion(1L, number, Instant.parse("2026-12-01T10:00:00Z"), "lp", "lp", "Needs", null,
                LocalDate.of(2027, 3, 1), outcomes, actions);
    }

    @Test
    void everyKindOfChangeIsToldOnceAndNothingForWhatStayed() {
        PlanAction club = new PlanAction("a1", "Breakfast club", "Mrs Hay", "person:hay", "Education", LocalDate.of(2027, 1, 31), Status.NOT_STARTED);
        PlanAction visit = new PlanAction("a2", "Home visit", "Dr Bell", "member:7", "Health", LocalDate.of(2027, 1, 10), Status.IN_PROGRESS);
        PlanAction kept = new PlanAction("a3", "Check-ins", "Mrs Hay", "person:hay", "Education", LocalDate.of(2027, 2, 1), Status.IN_PROGRESS);
        Map<WellbeingIndicator, PlanOutcome> before = new EnumMap<>(WellbeingIndicator.class);
        before.put(WellbeingIndicator.HEALTHY, PlanOutcome.open("Eats breakfast"));
        before.put(WellbeingIndicator.SAFE, PlanOutcome.open("Feels safe"));
        Map<WellbeingIndicator, PlanOutcome> after = new EnumMap<>(WellbeingIndicator.class);
        after.put(WellbeingIndicator.HEALTHY, PlanOutcome.open("Eats breakfast daily").met(LocalDate.of(2027, 2, 3)));
        after.put(WellbeingIndicator.SAFE, PlanOutcome.open("Feels safe"));
        after.put(WellbeingIndicator.ACTIVE, PlanOutcome.open("Swims weekly"));
        PlanAction sleep = new PlanAction("a4", "Sleep clinic", "Dr Bell", "member:7", "Health", LocalDate.of(2027, 4, 1), Status.NOT_STARTED);

        List<Change> changes = ChildsPlanChanges.between(version(1, before, List.of(club, visit, kept)), version(2, after, List.of(sleep, kept,
                club.changed("Breakfast club", "Dr Bell", "member:7", "Health", LocalDate.of(2027, 3, 31), Status.IN_PROGRESS))));

        assertThat(changes).extracting(Change::words).containsExactly(
                "Outcome reworded (Healthy): was \"Eats breakfast\", now \"Eats breakfast daily\"",
                "Outcome met (Healthy) on 3 Feb 2027: Eats breakfast daily",
                "Outcome added (Active): Swims weekly",
                "Action \"Breakfast club\": Not started → In progress",
                "Action \"Breakfast club\": owner Mrs Hay → Dr Bell",
                "Action \"Breakfast club\": agency Education → Health",
                "Action \"Breakfast club\": due 31 Jan 2027 → 31 Mar 2027",
                "Action removed: Home visit",
                "Action added: Sleep clinic (Dr Bell, Health, due 1 Apr 2027)");
    }

    private static ChildsPlanVersion described(int number, String needs, String services) {
        return new ChildsPlanVersion(1L, number, Instant.parse("2026-12-01T10:00:00Z"), "lp", "lp", needs, services,
                LocalDate.of(2027, 3, 1), Map.of(), List.of());
    }

    @Test
    void theNeedsAndWhatWillHelpAreToldWhenReworded() {
        assertThat(ChildsPlanChanges.between(described(1, "Breakfast", null), described(2, "Breakfast and sleep", "Breakfast club daily")))
                .extracting(Change::kind, Change::words).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChildsPlanChanges.Kind.NEEDS_REWORDED,
                                "Needs reworded: was \"Breakfast\", now \"Breakfast and sleep\""),
                        org.assertj.core.groups.Tuple.tuple(ChildsPlanChanges.Kind.SERVICES_REWORDED,
                                "What will help (services) added: Breakfast club daily"));
        assertThat(ChildsPlanChanges.between(described(2, "Sleep", "Breakfast club daily"), described(3, "Sleep", "Sleep clinic")))
                .extracting(Change::words).containsExactly(
                        "What will help (services) reworded: was \"Breakfast club daily\", now \"Sleep clinic\"");
        assertThat(ChildsPlanChanges.between(described(3, "Sleep", "Sleep clinic"), described(4, "Sleep ", " ")))
                .extracting(Change::words).as("spaces alone change nothing; services emptied are taken out")
                .containsExactly("What will help (services) taken out: was \"Sleep clinic\"");
    }

    @Test
    void anActionWrittenBeforeDueDatesWereDatesKeepsWhatWasWritten() {
        PlanAction legacy = new PlanAction("Shared CLPL day", "Forum coordinator", null, "next March");
        assertThat(legacy.getDueDate()).isNull();
        assertThat(legacy.getByWhen()).isEqualTo("next March");
        PlanAction dated = new PlanAction("Breakfast club", "Mrs Hay", "Education", "31/01/2027");
        assertThat(dated.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(dated.getByWhen()).isEqualTo("2027-01-31");
        assertThat(dated.isOverdueOn(LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(dated.changed("Breakfast club", "Mrs Hay", null, "Education", dated.getDueDate(), Status.DONE).isOverdueOn(LocalDate.of(2027, 2, 1)))
                .isFalse();
    }
}
