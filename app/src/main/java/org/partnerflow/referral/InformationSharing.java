package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.referral.InformationSharingDecision.Basis;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValidator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent and information sharing for a referral. Without consent and without a child-protection
 * concern nothing leaves the Named Person's agency; with consent (or a recorded reason and lawful
 * basis to share without it) only the agencies it names may be told, and only until consent for them
 * is withdrawn. Every share, and every decision not to share, is written as an
 * {@link InformationSharingDecision} with Practice Guidance 4's notes ({@link SharingNotes}) and a
 * chronology entry.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class InformationSharing {

    static final String CHILD_PROTECTION = "child-protection";
    static final String RECORD_CONSENT = "record-consent";

    /** Whether an agency may be told about the child now, and if not, why, in words the person reads. */
    public record Coverage(boolean covered, String why) {
    }

    private final ConsentRecords consents;
    private final ConsentWithdrawals withdrawals;
    private final InformationSharingDecisions decisions;
    private final Chronology chronology;
    private final WellbeingConcerns concerns;
    private final CaseAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final TaskService tasks;
    private final Clock clock;

    InformationSharing(ConsentRecords consents, ConsentWithdrawals withdrawals, InformationSharingDecisions decisions, Chronology chronology,
                       WellbeingConcerns concerns, CaseAccess access, Permissions permissions, CurrentUser currentUser, TaskService tasks,
                       Clock clock) {
        this.consents = consents;
        this.withdrawals = withdrawals;
        this.decisions = decisions;
        this.chronology = chronology;
        this.concerns = concerns;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** "Record the sharing decision": the consent record (or the reason and lawful basis to share without it). */
    ConsentRecord recordConsent(WellbeingConcern concern, RecordConsentAnswers answers, String user) {
        SharingNotes notes = checkedNotes(answers);
        boolean given = answers.given();
        boolean withoutConsent = answers.sharesWithoutConsent();
        ConsentRecord record = consents.save(given
                ? ConsentRecord.given(concern.getId(), answers.consentGivenBy(), answers.consentScope(), answers.consentDate(),
                        codes(answers.consentAgencies()), notes, user, clock.instant())
                : ConsentRecord.notGiven(concern.getId(), withoutConsent, answers.reasonWithoutConsent(),
                        answers.scopeWithoutConsent(), codes(answers.agenciesWithoutConsent()), notes, user, clock.instant()));
        String summary;
        if (given) {
            summary = "Consent to share given by " + record.getGivenBy() + " on " + Words.date(record.getGivenOn()) + " for: "
                    + record.getScope() + "; agencies: " + PartnerAgency.namesOf(record.getAgencies());
        } else if (withoutConsent) {
            summary = "Consent not given; " + record.getScope() + " may be shared with " + PartnerAgency.namesOf(record.getAgencies())
                    + " without consent (lawful basis: " + Words.of(notes.getLawfulBasis()) + ") because: " + record.getReasonWithoutConsent()
                    + (Boolean.TRUE.equals(notes.getFamilyTold()) ? "; the family was told" : "; the family was not told");
        } else {
            summary = "Consent not given: nothing is shared beyond the Named Person's agency";
            String reason = answers.reasonWithoutConsent();
            decisions.save(InformationSharingDecision.notShared(concern.getId(), "Consent not given and no reason to share without it"
                    + (reason == null || reason.isBlank() ? "" : ": " + reason), notes, user, clock.instant()));
        }
        if (notes.getAdviceFrom() != null) {
            summary += "; advice sought from " + notes.getAdviceFrom();
        }
        chronology.record(concern, Kind.CONSENT_RECORDED, summary, user);
        return record;
    }

    /**
     * The rules the form cannot say alone (the guard has already enforced what it can): sharing without
     * consent names its lawful basis (consent is not one) and whether the family was told; "not told"
     * needs why; advice sought names from whom and what it was.
     */
    private static SharingNotes checkedNotes(RecordConsentAnswers answers) {
        if (answers.sharesWithoutConsent()) {
            if (answers.lawfulBasis() == null || answers.lawfulBasis() == LawfulBasis.CONSENT) {
                throw refused("lawfulBasis", "give the lawful basis for sharing without consent: a legal duty, a public task,"
                        + " vital interests or child protection");
            }
            if (answers.familyTold() == null) {
                throw refused("familyTold", "say whether the child or parent has been told that this will be shared");
            }
            if (answers.familyTold() == YesNo.NO && blank(answers.notToldReason())) {
                throw refused("notToldReason", "say why the child or parent has not been told");
            }
        }
        if (answers.adviceSought() == YesNo.YES) {
            if (blank(answers.adviceFrom())) {
                throw refused("adviceFrom", "say from whom advice was sought");
            }
            if (blank(answers.adviceGiven())) {
                throw refused("adviceGiven", "say what the advice was");
            }
        }
        return answers.notes();
    }

    /**
     * Whether the agency may be told about the child under the latest consent record: it names the
     * agency, and consent for it has not been withdrawn since. The answer says why not in words
     * ("consent for Health was withdrawn on 1 Dec 2026"), for a refusal to show as it is.
     */
    public Coverage coverage(WellbeingConcern concern, String agency) {
        Optional<ConsentRecord> latest = latestConsent(concern);
        if (latest.isEmpty()) {
            return new Coverage(false, "no consent or reason to share is recorded for this child: nothing can be shared");
        }
        ConsentRecord consent = latest.get();
        Optional<ConsentWithdrawal> withdrawn = withdrawalOf(consent, agency);
        if (withdrawn.isPresent()) {
            return new Coverage(false, "consent for " + PartnerAgency.nameOf(agency) + " was withdrawn on "
                    + Words.date(withdrawn.get().getWithdrawnOn()) + ": nothing more is shared with " + PartnerAgency.nameOf(agency));
        }
        if (!consent.covers(agency)) {
            return new Coverage(false, "the consent recorded on " + Words.date(consent.getRecordedAt()) + " does not cover "
                    + PartnerAgency.nameOf(agency) + "; it covers " + coveredNames(consent));
        }
        return new Coverage(true, null);
    }

    /**
     * Whom the latest consent record lets be told now, in words for the task beside the form (whoever
     * invites agencies needs to see it); empty when nothing is recorded yet.
     */
    public Optional<String> whoMayBeTold(WellbeingConcern concern) {
        return latestConsent(concern).map(consent -> {
            if (!consent.mayShare()) {
                return "no one beyond the Named Person's agency";
            }
            List<String> covered = stillCovered(consent);
            List<String> withdrawn = consent.getAgencies().stream().sorted().filter(a -> !covered.contains(a)).toList();
            return (covered.isEmpty() ? "no agency" : PartnerAgency.namesOf(covered)
                    + (consent.isConsentGiven() ? " (with consent)" : " (without consent)"))
                    + (withdrawn.isEmpty() ? "" : "; consent withdrawn for " + PartnerAgency.namesOf(withdrawn));
        });
    }

    /**
     * Shares the case with the agencies invited to the team. Refused, like a form error, if the latest
     * consent record does not cover one of them, or consent for one was withdrawn: the person then sees
     * which agencies it does cover, or when consent was withdrawn.
     */
    void shareWithTeam(WellbeingConcern concern, String formId, String field, Collection<String> agencies, String user) {
        ConsentRecord consent = latestConsent(concern)
                .orElseThrow(() -> new FormValidationException(formId, FieldErrors.of(field,
                        "no consent or reason to share is recorded for this child: nothing can be shared")));
        List<String> withdrawn = agencies.stream().filter(a -> withdrawalOf(consent, a).isPresent()).toList();
        if (!withdrawn.isEmpty()) {
            throw new FormValidationException(formId, FieldErrors.of(field, String.join("; ",
                    withdrawn.stream().map(a -> coverage(concern, a).why()).toList())));
        }
        List<String> uncovered = agencies.stream().filter(a -> !consent.covers(a)).toList();
        if (!uncovered.isEmpty()) {
            throw new FormValidationException(formId, FieldErrors.of(field, "the consent recorded on " + Words.date(consent.getRecordedAt())
                    + " does not cover " + PartnerAgency.namesOf(uncovered) + "; it covers " + coveredNames(consent)));
        }
        Basis basis = consent.isConsentGiven() ? Basis.CONSENT : Basis.WITHOUT_CONSENT;
        String reason = consent.isConsentGiven()
                ? "Consent given by " + consent.getGivenBy() + " on " + Words.date(consent.getGivenOn())
                : consent.getReasonWithoutConsent();
        for (String agency : agencies) {
            // The share carries the consent step's notes: the same decision, the same family told, the same advice.
            decisions.save(InformationSharingDecision.shared(concern.getId(), agency, basis, consent.getScope(), reason,
                    consent.getNotes(), user, clock.instant()));
        }
        if (!agencies.isEmpty()) {
            chronology.record(concern, Kind.INFORMATION_SHARED, "Shared " + Words.of(basis) + " with " + PartnerAgency.namesOf(agencies)
                    + ": " + consent.getScope(), user);
        }
    }

    /** A child-protection concern is shared with child protection whatever the consent: the law allows and expects it. */
    void shareWithChildProtection(WellbeingConcern concern, String why, String user) {
        decisions.save(InformationSharingDecision.shared(concern.getId(), CHILD_PROTECTION, Basis.CHILD_PROTECTION,
                "The wellbeing concern and the case record", why, SharingNotes.childProtection(), user, clock.instant()));
    }

    public List<InformationSharingDecision> decisionsFor(Long concernId) {
        return decisions.findByConcernIdOrderByDecidedAtAscIdAsc(concernId);
    }

    /** The case's consent withdrawals, oldest first; for the case page, after it has opened the case. */
    public List<ConsentWithdrawal> withdrawalsFor(Long concernId) {
        return withdrawals.findByConcernIdOrderByRecordedAtAscIdAsc(concernId);
    }

    // --- Withdrawal: the case page ---

    /**
     * The agencies whose consent the signed-in person may record as withdrawn on the case: those the
     * latest consent covers and not withdrawn already; none if they may not, or there is no consent.
     */
    @Transactional(readOnly = true)
    public List<String> withdrawable(long concernId) {
        Optional<WellbeingConcern> concern = concerns.findById(concernId).filter(c -> c.getStage() != CaseStage.CLOSED);
        if (concern.isEmpty() || !permissions.mayWithdrawConsent(access.asCase(concern.get()))) {
            return List.of();
        }
        return latestConsent(concern.get()).filter(ConsentRecord::isConsentGiven).map(c -> stillCovered(c)).orElse(List.of());
    }

    /**
     * Records that consent was withdrawn for some or all of the agencies it covered. From then on those
     * agencies are not covered (an invitation to one is refused, saying when consent was withdrawn); the
     * chronology says so and whoever holds one of the case's open tasks is told on the task, naming no
     * one (there is no mail service: people are told where they work).
     *
     * @param agencies the agencies' codes; empty for all the consent still covers
     * @throws Refusal in words: no consent to withdraw, an agency it does not cover, a date in the future
     * @throws AuthorizationException unless the person is the case's Named Person or Lead Professional
     */
    @PreAuthorize("@permissions.mayHaveCaseload()")
    @Transactional
    public ConsentWithdrawal withdrawConsent(long concernId, String withdrawnBy, LocalDate withdrawnOn, Collection<String> agencies,
                                             String note) {
        String me = currentUser.requireId();
        WellbeingConcern concern = concerns.lockById(concernId).orElseThrow(NoAccessException::new);
        if (!access.mayOpen(concern)) {
            access.refusedOn(concern, "withdraw-consent");
            throw new NoAccessException();
        }
        if (!permissions.mayWithdrawConsent(access.asCase(concern))) {
            access.refusedOn(concern, "withdraw-consent");
            throw new AuthorizationException("Only the child's Named Person or the case's Lead Professional can record that consent"
                    + " was withdrawn.");
        }
        ConsentRecord consent = latestConsent(concern).orElseThrow(() -> new Refusal("No consent is recorded for this child: there is"
                + " nothing to withdraw."));
        if (!consent.isConsentGiven()) {
            throw new Refusal("The latest decision shares " + (consent.mayShare() ? "without consent, for its recorded reason" : "nothing")
                    + ": there is no consent to withdraw.");
        }
        String who = withdrawnBy == null ? "" : withdrawnBy.strip();
        if (who.isEmpty() || who.length() > 200 || FormValidator.hasUnstorableCharacters(who)) {
            throw new Refusal("Say who withdrew consent (the child, or the parent or carer), in at most 200 characters.");
        }
        if (withdrawnOn == null || withdrawnOn.isAfter(chronology.today())) {
            throw new Refusal("Give the date consent was withdrawn: today or earlier.");
        }
        if (consent.getGivenOn() != null && withdrawnOn.isBefore(consent.getGivenOn())) {
            throw new Refusal("Consent was given on " + Words.date(consent.getGivenOn()) + ": it cannot have been withdrawn before that.");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && (why.length() > 2000 || FormValidator.hasUnstorableCharacters(why))) {
            throw new Refusal("The note needs at most 2,000 characters, with no control characters or text-direction overrides.");
        }
        List<String> covered = stillCovered(consent);
        Set<String> chosen = new LinkedHashSet<>(agencies == null || agencies.isEmpty() ? covered : agencies);
        List<String> notCovered = chosen.stream().filter(a -> !covered.contains(a)).toList();
        if (covered.isEmpty()) {
            throw new Refusal("Consent for every agency it covered has already been withdrawn.");
        }
        if (!notCovered.isEmpty()) {
            throw new Refusal("The consent does not cover " + PartnerAgency.namesOf(notCovered) + " (or it was withdrawn already): it covers "
                    + (covered.isEmpty() ? "no agency now" : PartnerAgency.namesOf(covered)) + ".");
        }
        ConsentWithdrawal withdrawal = withdrawals.save(new ConsentWithdrawal(consent, who, withdrawnOn, chosen, why, me, clock.instant()));
        List<String> left = stillCovered(consent);
        chronology.record(concern, Kind.CONSENT_WITHDRAWN, "Consent withdrawn by " + who + " on " + Words.date(withdrawnOn) + " for "
                + PartnerAgency.namesOf(chosen) + ": nothing more is shared with " + (chosen.size() == 1 ? "it" : "them")
                + (left.isEmpty() ? "; the consent now covers no agency" : "; the consent still covers " + PartnerAgency.namesOf(left))
                + (why == null ? "" : ". " + why), me, withdrawnOn, null);
        tellTheTeam(concern);
        return withdrawal;
    }

    /** Whether the signed-in person may record a withdrawal on the case (the case page shows the button). */
    @Transactional(readOnly = true)
    public boolean mayWithdraw(long concernId) {
        return !withdrawable(concernId).isEmpty();
    }

    /**
     * Whoever holds or is offered one of the case's open tasks reads it on the task: a comment that says
     * the case's consent changed and to look at the case page, with no personal data. (Not the follow-up
     * date: the inbox reads that as "Reminder sent".)
     */
    private void tellTheTeam(WellbeingConcern concern) {
        if (concern.getProcessInstanceId() == null) {
            return;
        }
        String note = "Consent to share changed on this case on " + Words.date(chronology.today())
                + ": read the case page before sharing anything.";
        for (Task task : tasks.createTaskQuery().processInstanceId(concern.getProcessInstanceId())
                .listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)) {
            tasks.createComment(task.getId(), task.getProcessInstanceId(), note);
        }
    }

    private List<String> stillCovered(ConsentRecord consent) {
        return consent.getAgencies().stream().sorted().filter(a -> withdrawalOf(consent, a).isEmpty()).toList();
    }

    private Optional<ConsentWithdrawal> withdrawalOf(ConsentRecord consent, String agency) {
        return withdrawals.findByConcernIdOrderByRecordedAtAscIdAsc(consent.getConcernId()).stream()
                .filter(w -> w.getConsentId().equals(consent.getId()) && w.getAgencies().contains(agency)).findFirst();
    }

    private String coveredNames(ConsentRecord consent) {
        List<String> covered = stillCovered(consent);
        return covered.isEmpty() ? "no agency" : PartnerAgency.namesOf(covered);
    }

    private Optional<ConsentRecord> latestConsent(WellbeingConcern concern) {
        List<ConsentRecord> records = consents.findByConcernIdOrderByRecordedAtAsc(concern.getId());
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    private static FormValidationException refused(String field, String words) {
        return new FormValidationException(RECORD_CONSENT, FieldErrors.of(field, words));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Set<String> codes(List<PartnerAgency> agencies) {
        Set<String> out = new LinkedHashSet<>();
        if (agencies != null) {
            agencies.forEach(a -> out.add(a.code()));
        }
        return out;
    }
}
