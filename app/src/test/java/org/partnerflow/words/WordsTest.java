package org.partnerflow.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.audit.TimelineEvent;
import org.partnerflow.identity.Role;
import org.partnerflow.improvement.ActionResearchCycle;
import org.partnerflow.improvement.ImprovementProject;
import org.partnerflow.partnership.OrganisationKind;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.partnership.PartnershipEvaluation;
import org.partnerflow.partnership.PartnershipType;
import org.partnerflow.referral.CaseStage;
import org.partnerflow.referral.ChronologyEntry;
import org.partnerflow.referral.InformationSharingDecision;
import org.partnerflow.referral.ParentOrCarer;
import org.partnerflow.referral.ParentOrCarerChange;
import org.partnerflow.referral.PartnerAgency;
import org.partnerflow.referral.Pathway;
import org.partnerflow.referral.PlanReview;
import org.partnerflow.referral.WellbeingIndicator;

/** The one bundle and the one formatter: every enum people read has its words, dates are British in Scottish time. */
class WordsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(Role.class, PartnerAgency.class, WellbeingIndicator.class,
            CaseStage.class, Pathway.class, InformationSharingDecision.Basis.class, TimelineEvent.Kind.class, OrganisationKind.class,
            PartnershipType.class, Partnership.Status.class, Partnership.ProtocolStatus.class, Partnership.EvaluationCycle.class,
            ChronologyEntry.Kind.class, PlanReview.Decision.class, ImprovementProject.Status.class, ActionResearchCycle.Decision.class,
            PartnershipEvaluation.Decision.class, ParentOrCarer.Relationship.class, ParentOrCarerChange.Kind.class,
            org.partnerflow.referral.ConcernPattern.Decision.class, org.partnerflow.establishment.EstablishmentKind.class,
            org.partnerflow.referral.TeamMeeting.Kind.class, org.partnerflow.referral.TeamMeeting.FamilyAgreement.class,
            org.partnerflow.referral.TeamMeeting.Part.class,

            org.partnerflow.referral.PlanAction.Status.class, org.partnerflow.referral.PlanOutcome.Status.class,
            org.partnerflow.notification.Notification.Kind.class, org.partnerflow.notification.NotificationSettings.Delivery.class,
            org.partnerflow.notification.UnsentMail.State.class);

    @Test
    void everyConstantShownHasItsWordsInTheBundle() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!Words.has(Words.key(constant))) {
                    missing.add(Words.key(constant));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void nestedEnumsAreKeyedByTheirEnclosingTypeSoTwoStatusesDoNotClash() {
        assertThat(Words.key(Partnership.Status.SETTING_UP)).isEqualTo("Partnership.Status.SETTING_UP");
        assertThat(Words.of(Partnership.Status.SETTING_UP)).isEqualTo("Setting up: roles and protocols");
        assertThat(Words.of(Role.NAMED_PERSON)).isEqualTo("Named Person");
        assertThat(Words.of(PartnershipType.SCHOOL_COLLEGE_EMPLOYER)).isEqualTo("School–college–employer partnership");
        assertThat(Words.of(CaseStage.SINGLE_AGENCY)).isEqualTo("Single agency");
    }

    @Test
    void sentencesFillTheirValues() {
        assertThat(Words.text("task.heldByGroup", Words.of(Role.NAMED_PERSON))).isEqualTo("any Named Person");
        assertThat(Words.text("partnershipMember.CONFIRMED", "Host", "Morag Reid", "", "")).isEqualTo("Host (contact Morag Reid)");
        assertThat(Words.text("partnershipMember.LEFT", "", "Morag Reid", "", Words.date(LocalDate.of(2026, 3, 4))))
                .isEqualTo("contact Morag Reid left on 4 Mar 2026");
    }

    @Test
    void datesAreBritishAndTimesScottishWhateverTheServersZone() {
        assertThat(Words.date(LocalDate.of(2015, 3, 4))).isEqualTo("4 Mar 2015");
        assertThat(Words.date("2015-03-04")).isEqualTo("4 Mar 2015");
        // 23:30 UTC on 30 June is already 1 July in Scotland (BST).
        assertThat(Words.date(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 Jul 2026");
        assertThat(Words.dateTime(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 Jul 2026 00:30");
        assertThat(Words.dateTimeSeconds(Instant.parse("2026-01-05T09:04:07Z"))).isEqualTo("5 Jan 2026 09:04:07");
    }

    @Test
    void aDateWrittenByHandIsReadBritishOrIsoAndNothingElse() {
        LocalDate end = LocalDate.of(2027, 1, 31);
        for (String written : List.of("31/01/2027", "31/1/2027", " 31 Jan 2027 ", "31 January 2027", "2027-01-31")) {
            assertThat(Words.readDate(written)).as(written).isEqualTo(end);
        }
        for (String wrong : List.of("next March", "01/31/2027", "31/02/2027", "2027-02-30", "", "31.01.2027")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Words.readDate(wrong)).as(wrong)
                    .isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }
}
