package org.partnerflow.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.BoundaryTimers;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.TaskSubjects;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Writes the referral's case record as the process moves: the service tasks of girfec-referral.bpmn.
 * They run inside the engine command, in the same transaction as the task that triggered them, and
 * each significant event adds its own chronology entry.
 */
@Service
public class ReferralRecords {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralRecords.class);

    private final Children children;
    private final ChildMatches childMatches;
    private final PossibleMatches possibleMatches;
    private final WellbeingConcerns concerns;
    private final WellbeingRatings ratings;
    private final WellbeingAssessments assessments;
    private final InformationSharing sharing;
    private final TeamMembers team;
    private final ChildsPlans plans;
    private final PlanReviews reviews;
    private final Chronology chronology;
    private final ReferralTimescales timescales;
    private final Clock clock;

    public ReferralRecords(Children children, ChildMatches childMatches, PossibleMatches possibleMatches, WellbeingConcerns concerns, WellbeingRatings ratings,
                           WellbeingAssessments assessments,
                           InformationSharing sharing, TeamMembers team, ChildsPlans plans, PlanReviews reviews,
                           Chronology chronology, ReferralTimescales timescales, Clock clock) {
        this.children = children;
        this.childMatches = childMatches;
        this.possibleMatches = possibleMatches;
        this.concerns = concerns;
        this.ratings = ratings;
        this.assessments = assessments;
        this.sharing = sharing;
        this.team = team;
        this.plans = plans;
        this.reviews = reviews;
        this.chronology = chronology;
        this.timescales = timescales;
        this.clock = clock;
    }

    /** ${recordWellbeingConcern}: the child (found or created), the concern, and the timescales that start now. */
    void recordConcern(DelegateExecution e) {
        Map<String, Object> v = FormValues.plain(e.getVariables());
        String user = Actors.of(e);
        ChildDetails typed = new ChildDetails((String) v.get("childGivenName"), (String) v.get("childFamilyName"),
                LocalDate.parse((String) v.get("childDateOfBirth")), (String) v.get("childSchool"), (String) v.get("childCandidateNumber"));
        if (childMatches.clashes(typed.familyName(), typed.dateOfBirth(), typed.candidateNumber())) {
            // Refused like a form error: REST answers 400, the UI marks the field, nothing is written.
            throw new FormValidationException("raise-wellbeing-concern", FieldErrors.of("childCandidateNumber",
                    "belongs to a child with a different name or date of birth: check it"));
        }
        Optional<Child> known = childMatches.known(typed.familyName(), typed.dateOfBirth(), typed.candidateNumber());
        List<Child> candidates = known.isPresent() ? List.of()
                : childMatches.possible(typed.familyName(), typed.dateOfBirth(), typed.candidateNumber());
        // Short of the typed candidate number, the concern gets a record of its own made of what was typed.
        Child child = known.orElseGet(() -> children.save(new Child(typed.givenName(), typed.familyName(), typed.dateOfBirth(),
                typed.school(), typed.candidateNumber(), clock.instant(), user)));
        Set<WellbeingIndicator> indicators = EnumSet.noneOf(WellbeingIndicator.class);
        if (v.get("indicators") instanceof Collection<?> list) {
            list.forEach(i -> indicators.add(WellbeingIndicator.valueOf(String.valueOf(i))));
        }
        boolean immediateRisk = "yes".equals(v.get("immediateRisk"));
        WellbeingConcern concern = concerns.save(new WellbeingConcern(child, typed, e.getProcessInstanceId(), user, clock.instant(),
                LocalDate.parse((String) v.get("observedOn")), (String) v.get("observation"), (String) v.get("source"),
                immediateRisk, indicators));
        chronology.record(concern, Kind.CONCERN_RAISED, "Concern raised (" + v.get("source") + "), observed on "
                + v.get("observedOn") + ", about " + names(indicators) + ": " + v.get("observation"), user);
        if (immediateRisk) {
            chronology.record(concern, Kind.CHILD_PROTECTION_ESCALATION,
                    "Immediate risk of significant harm reported: referred to child protection", user);
            sharing.shareWithChildProtection(concern, "Immediate risk of significant harm reported by the person raising the concern", user);
        }
        possibleMatches.found(concern, candidates, e);
        e.setVariable("concernId", concern.getId());
        e.setVariable(TaskSubjects.SUBJECT, "Child: " + typed.fullName() + " (born " + typed.dateOfBirth() + ")");
        ZonedDateTime now = ZonedDateTime.now(clock);
        e.setVariable("assessmentReminderAt", Date.from(ReferralTimescales.afterWorkingDays(now, timescales.assessmentReminderWorkingDays()).toInstant()));
        e.setVariable("assessmentDue", Date.from(ReferralTimescales.afterWorkingDays(now, timescales.assessmentWorkingDays()).toInstant()));
        e.setVariable("childProtectionEscalationAfter", timescales.childProtectionEscalation());
        e.setVariable("agencyReminderAfter", timescales.agencyReminder());
        e.setVariable("reviewOverdueAfter", timescales.reviewOverdue());
    }

    /** ${recordChildProtectionScreening}: the screening's outcome and rationale; procedures end the wellbeing referral. */
    void recordChildProtectionScreening(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        boolean procedures = "procedures".equals(e.getVariable("childProtectionOutcome"));
        concern.moveTo(procedures ? CaseStage.CHILD_PROTECTION_PROCEDURES : CaseStage.ASSESSMENT);
        chronology.record(concern, Kind.CHILD_PROTECTION_SCREENED, (procedures
                ? "Child protection screening: child protection procedures started. "
                : "Child protection screening: no child-protection action; back to the wellbeing pathway. ")
                + "Rationale: " + e.getVariable("childProtectionRationale"), Actors.of(e));
    }

    /** ${recordAssessment}: the Named Person's ratings and the My World Triangle, in the chronology and the rating history. */
    void recordAssessment(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        String user = Actors.of(e);
        if (user != null) {
            concern.assessedBy(user);
            e.setVariable("namedPerson", user);
            e.setVariable("coordinator", user);
        }
        concern.moveTo(CaseStage.ASSESSMENT);
        Instant at = clock.instant();
        assessments.save(WellbeingAssessment.fromAnswers(concern.getId(), FormValues.plain(e.getVariables()), user, at));
        String summary = saveRatings(concern, e, "rating", WellbeingRating.Occasion.ASSESSMENT, user, at);
        chronology.record(concern, Kind.ASSESSMENT, "Named Person assessment. Ratings: " + summary
                + ". What is getting in the way: " + e.getVariable("whatIsGettingInTheWay"), user);
    }

    /** ${recordPathway}: the pathway, the rules' recommendation and any override with its reason. */
    void recordPathway(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        String recommended = (String) e.getVariable("recommendedPathway");
        boolean override = "override".equals(e.getVariable("pathwayChoice"));
        String chosen = override ? (String) e.getVariable("overridePathway") : recommended;
        concern.decidePathway(Pathway.valueOf(chosen));
        e.setVariable("pathway", chosen);
        chronology.record(concern, Kind.PATHWAY_DECIDED, "Pathway: " + chosen + (override
                ? " (the rules recommended " + recommended + "; reason: " + e.getVariable("overrideReason") + ")"
                : " (as the rules recommended)"), Actors.of(e));
    }

    /** ${recordConsent}: consent or the reason for sharing without it; decides whether anything may be shared. */
    void recordConsent(DelegateExecution e) {
        ConsentRecord consent = sharing.recordConsent(concernOf(e), FormValues.plain(e.getVariables()), Actors.of(e));
        e.setVariable("mayShare", consent.mayShare());
    }

    /** ${recordLeadProfessional}: whoever took on the task is the Lead Professional; the agencies to invite. */
    void recordLeadProfessional(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        String user = Actors.of(e);
        if (user != null) {
            concern.appointLeadProfessional(user);
            e.setVariable("leadProfessional", user);
            e.setVariable("coordinator", user);
        }
        List<String> agencies = new ArrayList<>();
        if (FormValues.plain(e.getVariable("invitedAgencies")) instanceof Collection<?> list) {
            list.forEach(a -> agencies.add(String.valueOf(a)));
        }
        // A Java list (stored as JSON): the multi-instance invitation runs once per agency.
        e.setVariable("invitedAgencies", agencies);
        agencies.forEach(agency -> team.save(new TeamMember(concern.getId(), agency, "Partner agency")));
        chronology.record(concern, Kind.LEAD_PROFESSIONAL_APPOINTED, "Lead Professional appointed: " + user
                + "; agencies invited: " + PartnerAgency.namesOf(agencies), user);
        // Refused like a form error, and the whole completion rolled back, if the consent does not cover an agency.
        sharing.shareWithTeam(concern, "appoint-lead-professional", "invitedAgencies", agencies, user);
    }

    /** ${recordAgencyResponse}: an agency joins the team around the child, or declines with a reason. */
    void recordAgencyResponse(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        Object agency = e.getVariable("agency");
        TeamMember member = team.findFirstByConcernIdAndAgencyAndStatus(concern.getId(), String.valueOf(agency), TeamMember.Status.INVITED)
                .orElseGet(() -> team.save(new TeamMember(concern.getId(), String.valueOf(agency), "Partner agency")));
        if ("accept".equals(e.getVariable("agencyDecision"))) {
            member.accept((String) e.getVariable("agencyPractitioner"), LocalDate.now(clock));
        } else {
            member.decline((String) e.getVariable("agencyDeclineReason"));
        }
        if ("accept".equals(e.getVariable("agencyDecision"))) {
            chronology.record(concern, Kind.AGENCY_JOINED, PartnerAgency.nameOf(String.valueOf(agency)) + " joined the team: " + e.getVariable("agencyPractitioner"), Actors.of(e));
        } else {
            chronology.record(concern, Kind.AGENCY_DECLINED, PartnerAgency.nameOf(String.valueOf(agency)) + " declined: " + e.getVariable("agencyDeclineReason"), Actors.of(e));
        }
    }

    /** ${recordChildsPlan}: the plan agreed and its review date, which starts the review timer. */
    void recordChildsPlan(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        concern.moveTo(CaseStage.REVIEW);
        String reviewDate = (String) e.getVariable("reviewDate");
        scheduleReview(e, reviewDate);
        Map<WellbeingIndicator, String> outcomes = new java.util.EnumMap<>(WellbeingIndicator.class);
        for (WellbeingIndicator indicator : WellbeingIndicator.values()) {
            Object outcome = e.getVariable("outcome" + indicator.displayName());
            if (outcome instanceof String text && !text.isBlank()) {
                outcomes.put(indicator, text.strip());
            }
        }
        List<PlanAction> actions = String.valueOf(e.getVariable("planActions")).lines()
                .filter(line -> !line.isBlank()).map(PlanAction::parse).toList();
        int next = plans.latest(concern.getId()).map(ChildsPlanVersion::getVersionNumber).orElse(0) + 1;
        plans.agree(new ChildsPlanVersion(concern.getId(), next, clock.instant(), Actors.of(e), concern.getLeadProfessional(),
                (String) e.getVariable("needsSummary"), (String) e.getVariable("planServices"), LocalDate.parse(reviewDate),
                outcomes, actions));
        chronology.record(concern, Kind.PLAN_AGREED, "Child's Plan agreed. Needs: " + e.getVariable("needsSummary")
                + ". Actions: " + e.getVariable("planActions") + ". Review on " + reviewDate, Actors.of(e));
    }

    /** ${recordReview}: progress, updated ratings and the decision; continuing schedules the next review. */
    void recordReview(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        String user = Actors.of(e);
        String decision = (String) e.getVariable("reviewDecision");
        String summary = saveRatings(concern, e, "reviewRating", WellbeingRating.Occasion.REVIEW, user, clock.instant());
        ChildsPlanVersion current = plans.latest(concern.getId())
                .orElseThrow(() -> new IllegalStateException("A review needs an agreed plan: concern " + concern.getId()));
        String nextReviewDate = (String) e.getVariable("nextReviewDate");
        reviews.save(new PlanReview(concern.getId(), current.getId(), clock.instant(), user, (String) e.getVariable("reviewProgress"),
                (String) e.getVariable("reviewViews"), PlanReview.Decision.valueOf(decision.toUpperCase().replace('-', '_')),
                "continue".equals(decision) ? LocalDate.parse(nextReviewDate) : null));
        if ("continue".equals(decision)) {
            // Each review agrees the next version of the plan; the reviewed one stays as it was.
            plans.agree(current.nextAtReview(clock.instant(), user, LocalDate.parse(nextReviewDate)));
        }
        chronology.record(concern, Kind.REVIEW, "Review: " + decision + ". Progress: " + e.getVariable("reviewProgress")
                + ". Ratings: " + summary, user);
        switch (decision) {
            case "continue" -> scheduleReview(e, (String) e.getVariable("nextReviewDate"));
            case "step-down" -> chronology.record(concern, Kind.STEP_DOWN, "Stepped down from the Child's Plan", user);
            case "escalate" -> {
                concern.moveTo(CaseStage.CHILD_PROTECTION);
                chronology.record(concern, Kind.CHILD_PROTECTION_ESCALATION, "Escalated to child protection at review", user);
                sharing.shareWithChildProtection(concern, "Escalated to child protection at review: " + e.getVariable("reviewProgress"), user);
            }
            default -> { }
        }
    }

    /** ${recordClosure}: the closing summary; the case record closes. */
    void recordClosure(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        String summary = (String) e.getVariable("closingSummary");
        concern.close(summary, clock.instant());
        chronology.record(concern, Kind.CLOSURE, "Case closed: " + summary, Actors.of(e));
    }

    /** ${alertManagers}: a timescale was missed; it goes in the chronology, where managers' oversight reads it. */
    void alertManagers(DelegateExecution e) {
        WellbeingConcern concern = concernOf(e);
        BoundaryEvent timer = BoundaryTimers.firedBefore(e);
        LOG.warn("Timescale missed on concern {}: {} on {}", concern.getId(), timer.getId(), timer.getAttachedTo().getId());
        chronology.record(concern, Kind.TIMESCALE_MISSED, timer.getAttachedTo().getName() + ": " + timer.getName()
                + ". Managers alerted.", null);
    }

    private String saveRatings(WellbeingConcern concern, DelegateExecution e, String prefix, WellbeingRating.Occasion occasion,
                               String user, Instant at) {
        List<String> parts = new ArrayList<>();
        // One instant for the whole occasion: the chart groups ratings by when they were given.
        for (WellbeingIndicator indicator : WellbeingIndicator.values()) {
            Object value = e.getVariable(prefix + indicator.displayName());
            if (value instanceof Number n) {
                ratings.save(new WellbeingRating(concern.getId(), at, user, occasion, indicator, n.intValue()));
                parts.add(indicator.displayName() + " " + n.intValue());
            }
        }
        return String.join(", ", parts);
    }

    private void scheduleReview(DelegateExecution e, String isoDate) {
        ZonedDateTime reviewAt = LocalDate.parse(isoDate).atTime(9, 0).atZone(clock.getZone());
        e.setVariable("reviewAt", Date.from(reviewAt.toInstant()));
        // java.time.Duration reads day periods ("P5D") as 5 × 24 hours, which is what the timer means too.
        e.setVariable("reviewDueBy", Date.from(reviewAt.plus(Duration.parse(timescales.reviewOverdue())).toInstant()));
    }

    private WellbeingConcern concernOf(DelegateExecution e) {
        return concerns.findByProcessInstanceId(e.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No wellbeing concern for process " + e.getProcessInstanceId()));
    }


    private static Set<String> strings(Object list) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (list instanceof Collection<?> values) {
            values.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private static String names(Set<WellbeingIndicator> indicators) {
        return indicators.stream().map(WellbeingIndicator::displayName).collect(Collectors.joining(", "));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReferralTimescales.class)
    static class Delegates {
        @Bean JavaDelegate recordWellbeingConcern(ReferralRecords r) { return r::recordConcern; }
        @Bean JavaDelegate recordChildProtectionScreening(ReferralRecords r) { return r::recordChildProtectionScreening; }
        @Bean JavaDelegate recordPossibleMatchDecision(PossibleMatches m) { return m::recordDecision; }
        @Bean JavaDelegate recordAssessment(ReferralRecords r) { return r::recordAssessment; }
        @Bean JavaDelegate recordPathway(ReferralRecords r) { return r::recordPathway; }
        @Bean JavaDelegate recordConsent(ReferralRecords r) { return r::recordConsent; }
        @Bean JavaDelegate recordLeadProfessional(ReferralRecords r) { return r::recordLeadProfessional; }
        @Bean JavaDelegate recordAgencyResponse(ReferralRecords r) { return r::recordAgencyResponse; }
        @Bean JavaDelegate recordChildsPlan(ReferralRecords r) { return r::recordChildsPlan; }
        @Bean JavaDelegate recordReview(ReferralRecords r) { return r::recordReview; }
        @Bean JavaDelegate recordClosure(ReferralRecords r) { return r::recordClosure; }
        @Bean JavaDelegate alertManagers(ReferralRecords r) { return r::alertManagers; }
    }
}
