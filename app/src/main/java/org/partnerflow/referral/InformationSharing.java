package org.partnerflow.referral;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.referral.InformationSharingDecision.Basis;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Service;

/**
 * Consent and information sharing for a referral. Without consent and without a child-protection
 * concern nothing leaves the Named Person's agency; with consent (or a recorded reason to share
 * without it) only the agencies it names may be told. Every share, and every decision not to share,
 * is written as an {@link InformationSharingDecision} and a chronology entry.
 */
@Service
public class InformationSharing {

    static final String CHILD_PROTECTION = "child-protection";

    private final ConsentRecords consents;
    private final InformationSharingDecisions decisions;
    private final Chronology chronology;
    private final Clock clock;

    InformationSharing(ConsentRecords consents, InformationSharingDecisions decisions, Chronology chronology, Clock clock) {
        this.consents = consents;
        this.decisions = decisions;
        this.chronology = chronology;
        this.clock = clock;
    }

    /** "Record the sharing decision": the consent record (or the reason to share without it). */
    ConsentRecord recordConsent(WellbeingConcern concern, RecordConsentAnswers answers, String user) {
        boolean given = answers.given();
        boolean withoutConsent = !given && answers.shareWithoutConsent();
        ConsentRecord record = consents.save(given
                ? ConsentRecord.given(concern.getId(), answers.consentGivenBy(), answers.consentScope(), answers.consentDate(),
                        codes(answers.consentAgencies()), user, clock.instant())
                : ConsentRecord.notGiven(concern.getId(), withoutConsent, answers.reasonWithoutConsent(),
                        answers.scopeWithoutConsent(), codes(answers.agenciesWithoutConsent()), user, clock.instant()));
        String summary;
        if (given) {
            summary = "Consent to share given by " + record.getGivenBy() + " on " + Words.date(record.getGivenOn()) + " for: "
                    + record.getScope() + "; agencies: " + PartnerAgency.namesOf(record.getAgencies());
        } else if (withoutConsent) {
            summary = "Consent not given; " + record.getScope() + " may be shared with " + PartnerAgency.namesOf(record.getAgencies())
                    + " without consent because: " + record.getReasonWithoutConsent();
        } else {
            summary = "Consent not given: nothing is shared beyond the Named Person's agency";
            String reason = answers.reasonWithoutConsent();
            decisions.save(InformationSharingDecision.notShared(concern.getId(), "Consent not given and no reason to share without it"
                    + (reason == null || reason.isBlank() ? "" : ": " + reason), user, clock.instant()));
        }
        chronology.record(concern, Kind.CONSENT_RECORDED, summary, user);
        return record;
    }

    /**
     * Shares the case with the agencies invited to the team. Refused, like a form error, if the latest
     * consent record does not cover one of them: the person then sees which agencies it does cover.
     */
    void shareWithTeam(WellbeingConcern concern, String formId, String field, Collection<String> agencies, String user) {
        ConsentRecord consent = latestConsent(concern)
                .orElseThrow(() -> new FormValidationException(formId, FieldErrors.of(field,
                        "no consent or reason to share is recorded for this child: nothing can be shared")));
        List<String> uncovered = agencies.stream().filter(a -> !consent.covers(a)).toList();
        if (!uncovered.isEmpty()) {
            throw new FormValidationException(formId, FieldErrors.of(field, "the consent recorded on " + Words.date(consent.getRecordedAt())
                    + " does not cover " + PartnerAgency.namesOf(uncovered)
                    + "; it covers " + (consent.getAgencies().isEmpty() ? "no agency" : PartnerAgency.namesOf(consent.getAgencies()))));
        }
        Basis basis = consent.isConsentGiven() ? Basis.CONSENT : Basis.WITHOUT_CONSENT;
        String reason = consent.isConsentGiven()
                ? "Consent given by " + consent.getGivenBy() + " on " + Words.date(consent.getGivenOn())
                : consent.getReasonWithoutConsent();
        for (String agency : agencies) {
            decisions.save(InformationSharingDecision.shared(concern.getId(), agency, basis, consent.getScope(), reason, user,
                    clock.instant()));
        }
        if (!agencies.isEmpty()) {
            chronology.record(concern, Kind.INFORMATION_SHARED, "Shared " + Words.of(basis) + " with " + PartnerAgency.namesOf(agencies)
                    + ": " + consent.getScope(), user);
        }
    }

    /** A child-protection concern is shared with child protection whatever the consent: the law allows and expects it. */
    void shareWithChildProtection(WellbeingConcern concern, String why, String user) {
        decisions.save(InformationSharingDecision.shared(concern.getId(), CHILD_PROTECTION, Basis.CHILD_PROTECTION,
                "The wellbeing concern and the case record", why, user, clock.instant()));
    }

    public List<InformationSharingDecision> decisionsFor(Long concernId) {
        return decisions.findByConcernIdOrderByDecidedAtAscIdAsc(concernId);
    }

    private java.util.Optional<ConsentRecord> latestConsent(WellbeingConcern concern) {
        List<ConsentRecord> records = consents.findByConcernIdOrderByRecordedAtAsc(concern.getId());
        return records.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(records.get(records.size() - 1));
    }

    private static Set<String> codes(List<PartnerAgency> agencies) {
        Set<String> out = new LinkedHashSet<>();
        agencies.forEach(a -> out.add(a.code()));
        return out;
    }
}
