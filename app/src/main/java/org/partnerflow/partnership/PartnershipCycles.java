package org.partnerflow.partnership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.indicators.CriticalIndicator;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Writes an active partnership's cycles: each meeting with its minutes and new actions, the
 * follow-up of actions, each evaluation cycle with every partner's ratings on the nine principles,
 * the lead's decision (continue, adapt the plan, close) and the closure.
 */
@Service
public class PartnershipCycles {

    private final PartnershipSetUp setUp;
    private final PartnershipMeetings meetings;
    private final PartnershipActions actions;
    private final PartnershipEvaluations evaluations;
    private final PrincipleRatings ratings;
    private final IndicatorValues indicatorValues;
    private final RegionalIndicators indicators;
    private final Clock clock;

    PartnershipCycles(PartnershipSetUp setUp, PartnershipMeetings meetings, PartnershipActions actions,
                      PartnershipEvaluations evaluations, PrincipleRatings ratings, IndicatorValues indicatorValues,
                      RegionalIndicators indicators, Clock clock) {
        this.setUp = setUp;
        this.meetings = meetings;
        this.actions = actions;
        this.evaluations = evaluations;
        this.ratings = ratings;
        this.indicatorValues = indicatorValues;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** ${recordPartnershipMeeting}: the meeting as recorded, its new actions, and the open actions to follow up. */
    void recordMeeting(DelegateExecution e) {
        Partnership partnership = setUp.partnershipOf(e);
        List<ActionLines.Line> newActions = ActionLines.parse((String) e.getVariable("newActions"), "record-meeting", "newActions");
        PartnershipMeeting meeting = meetings.save(new PartnershipMeeting(partnership.getId(),
                (int) meetings.countByPartnershipId(partnership.getId()) + 1, LocalDate.parse((String) e.getVariable("meetingDate")),
                (String) e.getVariable("agenda"), (String) e.getVariable("attendance"), (String) e.getVariable("minutes"),
                (String) e.getVariable("decisions"), (String) e.getVariable("practiceShared"), Actors.of(e),
                clock.instant()));
        newActions.forEach(l -> actions.save(new PartnershipAction(partnership.getId(), meeting.getId(), l.what(), l.owner(), l.due(),
                l.indicator())));
        // The next meeting starts from a blank form.
        e.removeVariables(List.of("meetingDate", "agenda", "attendance", "minutes", "decisions", "practiceShared", "newActions"));
        // The follow-up form offers the open actions as its checklist (valuesKey "openActionOptions").
        e.setVariable("openActionOptions", new ArrayList<>(actions.findByPartnershipIdOrderByDueOnAscIdAsc(partnership.getId()).stream()
                .filter(a -> a.getStatus() == PartnershipAction.Status.OPEN)
                .map(a -> Map.of("label", a.getWhat() + " (" + a.getOwner() + ", due " + a.getDueOn() + ")", "value",
                        String.valueOf(a.getId())))
                .toList()));
    }

    /** ${recordActionFollowUp}: the actions ticked as done are closed with the follow-up note. */
    void recordFollowUp(DelegateExecution e) {
        Partnership partnership = setUp.partnershipOf(e);
        Set<String> done = new java.util.LinkedHashSet<>();
        if (FormValues.plain(e.getVariable("actionsDone")) instanceof Collection<?> ticked) {
            ticked.forEach(t -> done.add(String.valueOf(t)));
        }
        String note = (String) e.getVariable("followUpNotes");
        for (PartnershipAction action : actions.findByPartnershipIdOrderByDueOnAscIdAsc(partnership.getId())) {
            if (done.remove(String.valueOf(action.getId())) && action.getStatus() == PartnershipAction.Status.OPEN) {
                action.done(LocalDate.now(clock), note);
            }
        }
        if (!done.isEmpty()) {
            throw new FormValidationException("follow-up-actions", FieldErrors.of("actionsDone",
                    "contains actions that are not this partnership's open actions: " + String.join(", ", done)));
        }
        e.removeVariables(List.of("openActionOptions", "actionsDone", "followUpNotes"));
    }

    /** ${openEvaluation}: a new evaluation cycle, asked of every confirmed partner. */
    void openEvaluation(DelegateExecution e) {
        Partnership partnership = setUp.partnershipOf(e);
        int cycle = evaluations.findFirstByPartnershipIdOrderByCycleDesc(partnership.getId()).map(v -> v.getCycle() + 1).orElse(1);
        evaluations.save(new PartnershipEvaluation(partnership.getId(), cycle, clock.instant()));
        e.setVariable("evaluationGroups", new ArrayList<>(setUp.confirmedGroups(partnership)));
    }

    /** ${recordPrincipleRatings}: one partner's rating on each principle, with the evidence. */
    void recordRatings(DelegateExecution e) {
        Partnership partnership = setUp.partnershipOf(e);
        PartnershipEvaluation evaluation = latestEvaluation(partnership);
        PartnerOrganisation organisation = setUp.organisationOf(e);
        String evidence = (String) e.getVariable("ratingEvidence");
        for (PartnershipPrinciple principle : PartnershipPrinciple.values()) {
            int rating = Integer.parseInt(String.valueOf(e.getVariable(principle.ratingField())));
            ratings.save(new PrincipleRating(evaluation.getId(), organisation.getId(), principle, rating, evidence,
                    Actors.of(e), clock.instant()));
        }
    }

    /** ${recordEvaluationDecision}: the impact evidence and the decision; adapting adds the plan's new actions. */
    void recordDecision(DelegateExecution e) {
        Partnership partnership = setUp.partnershipOf(e);
        PartnershipEvaluation evaluation = latestEvaluation(partnership);
        String decision = String.valueOf(e.getVariable("evaluationDecision"));
        if ("adapt".equals(decision)) {
            ActionLines.parse((String) e.getVariable("planChanges"), "consolidate-evaluation", "planChanges").forEach(l ->
                    actions.save(new PartnershipAction(partnership.getId(), null, l.what(), l.owner(), l.due(), l.indicator())));
        }
        indicatorValues((String) e.getVariable("indicatorValues")).forEach((indicator, value) ->
                indicatorValues.save(new IndicatorValue(evaluation.getId(), indicator, value)));
        evaluation.decide(PartnershipEvaluation.Decision.valueOf(decision.toUpperCase()), (String) e.getVariable("impactEvidence"),
                Actors.of(e), clock.instant());
        // The gateway reads the outcome; the next cycle's form starts blank.
        e.setVariable("evaluationOutcome", decision);
        e.removeVariables(List.of("impactEvidence", "evaluationDecision", "planChanges", "indicatorValues"));
    }

    /** Reads "indicator; value" lines; a line that cannot be read is refused at the field, naming the line. */
    Map<String, BigDecimal> indicatorValues(String text) {
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        String[] rows = text.strip().split("\\R");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String[] parts = rows[i].split(";", 2);
            String line = "line " + (i + 1) + ": ";
            CriticalIndicator indicator = indicators.find(parts[0]).orElseThrow(() ->
                    new FormValidationException("consolidate-evaluation", FieldErrors.of("indicatorValues", line + "'" + parts[0].strip()
                            + "' is not a critical indicator (for example primary-numeracy)")));
            BigDecimal value;
            try {
                value = new BigDecimal(parts.length > 1 ? parts[1].strip().replace("%", "") : "");
            } catch (NumberFormatException ex) {
                throw new FormValidationException("consolidate-evaluation", FieldErrors.of("indicatorValues", line + "write the value as a number"));
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0 || value.scale() > 2) {
                throw new FormValidationException("consolidate-evaluation", FieldErrors.of("indicatorValues",
                        line + "the value must be between 0 and 999,999 with at most two decimals"));
            }
            if (values.put(indicator.getCode(), value) != null) {
                throw new FormValidationException("consolidate-evaluation", FieldErrors.of("indicatorValues",
                        line + indicator.getName() + " is given twice"));
            }
        }
        return values;
    }

    /** ${recordPartnershipClosure}: the closing report; the partnership closes. */
    void recordClosure(DelegateExecution e) {
        setUp.partnershipOf(e).close((String) e.getVariable("closingReport"), clock.instant());
    }

    private PartnershipEvaluation latestEvaluation(Partnership partnership) {
        return evaluations.findFirstByPartnershipIdOrderByCycleDesc(partnership.getId())
                .orElseThrow(() -> new IllegalStateException("Partnership " + partnership.getId() + " has no open evaluation"));
    }

    /** Mean rating per principle in one cycle, across the partners who rated. */
    static Map<PartnershipPrinciple, Double> meanByPrinciple(List<PrincipleRating> cycleRatings) {
        return cycleRatings.stream().collect(Collectors.groupingBy(PrincipleRating::getPrinciple,
                () -> new java.util.EnumMap<>(PartnershipPrinciple.class), Collectors.averagingInt(PrincipleRating::getRating)));
    }

    @Configuration(proxyBeanMethods = false)
    static class Delegates {
        @Bean JavaDelegate recordPartnershipMeeting(PartnershipCycles c) { return c::recordMeeting; }
        @Bean JavaDelegate recordActionFollowUp(PartnershipCycles c) { return c::recordFollowUp; }
        @Bean JavaDelegate openEvaluation(PartnershipCycles c) { return c::openEvaluation; }
        @Bean JavaDelegate recordPrincipleRatings(PartnershipCycles c) { return c::recordRatings; }
        @Bean JavaDelegate recordEvaluationDecision(PartnershipCycles c) { return c::recordDecision; }
        @Bean JavaDelegate recordPartnershipClosure(PartnershipCycles c) { return c::recordClosure; }
    }
}
