package org.partnerflow.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.establishment.Establishment;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.establishment.WorkingDays;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Component;

/** "Record the concern": the child (found or created), the concern, and the timescales that start now. */
@Component("recordWellbeingConcern")
class RecordWellbeingConcern implements JavaDelegate {

    private final Children children;
    private final ChildMatches childMatches;
    private final PossibleMatches possibleMatches;
    private final WellbeingConcerns concerns;
    private final InformationSharing sharing;
    private final Chronology chronology;
    private final ReferralTimescales timescales;
    private final Clock clock;
    private final EstablishmentRegister register;
    private final NamedPersonRouting routing;
    private final AccumulatingConcerns accumulating;
    private final WorkingDays workingDays;

    RecordWellbeingConcern(Children children, ChildMatches childMatches, PossibleMatches possibleMatches, WellbeingConcerns concerns,
                           InformationSharing sharing, Chronology chronology, ReferralTimescales timescales, Clock clock,
                           EstablishmentRegister register, NamedPersonRouting routing, AccumulatingConcerns accumulating,
                           WorkingDays workingDays) {
        this.accumulating = accumulating;
        this.workingDays = workingDays;
        this.register = register;
        this.routing = routing;
        this.children = children;
        this.childMatches = childMatches;
        this.possibleMatches = possibleMatches;
        this.concerns = concerns;
        this.sharing = sharing;
        this.chronology = chronology;
        this.timescales = timescales;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        RaiseConcernAnswers answers = Answers.of(e, RaiseConcernAnswers.class);
        String user = Actors.of(e);
        // The options come from the register, not the submission: a code it does not know is refused here.
        Establishment establishment = register.find(answers.childEstablishment()).filter(found -> !found.isClosed())
                .orElseThrow(() -> new FormValidationException("raise-wellbeing-concern", FieldErrors.of("childEstablishment",
                        "is not a school or setting Partnerflow knows: choose one from the list")));
        ChildDetails typed = answers.child(establishment.getName());
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
                typed.school(), typed.candidateNumber(), establishment.getCode(), establishment.getAuthorityCode(), clock.instant(), user)));
        String source = answers.source() == null ? null : Answers.optionValue(answers.source()); // stored as the form sent it
        WellbeingConcern concern = concerns.save(new WellbeingConcern(child, typed, e.getProcessInstanceId(), user, clock.instant(),
                answers.observedOn(), answers.observation(), source, answers.atImmediateRisk(), answers.indicators()));
        chronology.record(concern, Kind.CONCERN_RAISED, "Concern raised (" + Words.of(answers.source()) + "), observed on "
                + Words.date(answers.observedOn()) + ", about " + answers.indicators().stream().map(Words::of)
                .collect(Collectors.joining(", ")) + ": " + answers.observation(), user, answers.observedOn(),
                InformationSource.of(answers.source()));
        if (answers.atImmediateRisk()) {
            chronology.record(concern, Kind.CHILD_PROTECTION_ESCALATION,
                    "Immediate risk of significant harm reported: referred to child protection", user);
            sharing.shareWithChildProtection(concern, "Immediate risk of significant harm reported by the person raising the concern", user);
        }
        PossibleMatches.MatchCheck check = possibleMatches.found(concern, candidates);
        String namedPersons = routing.namedPersonsOf(child, concern);
        ZonedDateTime now = ZonedDateTime.now(clock);
        // Working days of the child's council: weekends, Scotland's bank holidays and the council's own
        // holidays skipped. The two timers wait for these moments (timeDate), so they fire on working days too.
        String council = child.getAuthorityCode();
        Answers.write(e, new Recorded(concern.getId(), "Child: " + typed.fullName() + " (born " + Words.date(typed.dateOfBirth()) + ")",
                workingDays.after(council, now, timescales.assessmentReminderWorkingDays()).toInstant(),
                workingDays.after(council, now, timescales.assessmentWorkingDays()).toInstant(),
                timescales.childProtectionEscalation(), timescales.agencyReminder(), timescales.reviewOverdue(), namedPersons,
                child.getAuthorityCode()));
        if (check.possibleMatch()) {
            Answers.write(e, check);
        } else {
            Answers.write(e, new NoMatchToCheck(false)); // no options variable: there is nothing to choose from
        }
        // Last: it starts the "Concerns accumulating" event subprocess, whose task needs the group above.
        Answers.write(e, new ConcernsAccumulating(accumulating.notice(concern).isPresent()));
    }

    /** Whether this concern brought the child's recent concerns from different people to the threshold. */
    record ConcernsAccumulating(boolean concernsAccumulating) {
    }

    /**
     * What the rest of the process reads: the concern, the tasks' subject ({@code TaskSubjects.SUBJECT}),
     * the timers' moments and durations (ISO 8601), and the engine group the Named Person's tasks are
     * offered to (the child's own Named Persons, see {@link NamedPersonRouting}), and the council the
     * child's record belongs to ({@code authority}: the engine's command check reads it to let that
     * council's managers reallocate the case's tasks; a transfer changes it).
     */
    record Recorded(Long concernId, String subject, Instant assessmentReminderAt, Instant assessmentDue,
                    String childProtectionEscalationAfter, String agencyReminderAfter, String reviewOverdueAfter,
                    String namedPersonGroup, String authority) {
    }

    /** No possible match: the gateway skips the check. */
    record NoMatchToCheck(boolean possibleMatch) {
    }
}
