package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.SubjectSummary;
import org.partnerflow.workflow.SubjectSummary.Fact;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The child and the concern beside a referral task: what the person working the task needs, no more. */
@Component
class ReferralSummary implements SubjectSummaryProvider {

    private final WellbeingConcerns concerns;
    private final InformationSharing sharing;
    private final CaseAccess access;
    private final PossibleMatches possibleMatches;
    private final Children children;
    private final AccumulatingConcerns accumulating;

    private final RuntimeService runtime;
    private final Clock clock;

    ReferralSummary(WellbeingConcerns concerns, InformationSharing sharing, CaseAccess access, PossibleMatches possibleMatches,
                    Children children, AccumulatingConcerns accumulating, RuntimeService runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
        this.accumulating = accumulating;
        this.concerns = concerns;
        this.sharing = sharing;
        this.access = access;
        this.possibleMatches = possibleMatches;
        this.children = children;
    }

    @Override
    public boolean summarises(String processDefinitionKey) {
        return ReferralFamily.KEY.equals(processDefinitionKey);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summarise(String processInstanceId) {
        return concerns.findByProcessInstanceId(processInstanceId).map(c -> {
            if (!access.mayOpen(c)) {
                return invitation(c, processInstanceId);
            }
            ChildDetails child = access.childAsSeen(c);
            List<Fact> facts = new ArrayList<>(List.of(new Fact("Date of birth", Words.date(child.dateOfBirth())),
                    new Fact("School or setting", child.school()),
                    new Fact("Stage", Words.of(c.getStage())),
                    new Fact("Concern observed on", Words.date(c.getObservedOn())),
                    new Fact("What was observed", c.getObservation()),
                    new Fact("Wellbeing indicators", String.join(", ",
                            c.getIndicators().stream().map(Words::of).sorted().toList()))));
            // Whoever invites agencies needs to see what the consent on record allows.
            sharing.whoMayBeTold(c).ifPresent(whom -> facts.add(new Fact("Information may be shared with", whom)));
            // A known child raised as at another school may have moved: the Named Person checks, and changes the school.
            String given = c.getChildAsEntered().school();
            if (given != null && !given.equals(child.school())) {
                facts.add(2, new Fact("School or setting given with this concern", given
                        + " (the child's record says " + child.school() + ": if the child has moved, change the school from the case page)"));
            }
            if (child.candidateNumber() != null) {
                facts.add(1, new Fact("Scottish Candidate Number", child.candidateNumber()));
            }
            possibleMatches.pending(c.getId()).forEach(m -> facts.add(possibleMatch(m.getCandidateChildId())));
            // Concerns accumulating: the recent ones together, for those who work on the case (never a raiser).
            accumulating.recentBeside(c).forEach(recent -> facts.add(new Fact("Recent concern, raised " + Words.date(recent.getRaisedAt()),
                    "observed on " + Words.date(recent.getObservedOn()) + "; " + String.join(", ", recent.getIndicators().stream()
                            .map(Words::of).sorted().toList()) + ": " + recent.getObservation())));
            return new SubjectSummary("Child: " + child.fullName(), facts);
        });
    }

    /**
     * Beside an agency's invitation, for its people who are not (yet) on the case: only what they need
     * to decide whether to join, never the child's full name, date of birth, school or the concern itself.
     */
    private SubjectSummary invitation(WellbeingConcern c, String processInstanceId) {
        ChildDetails child = c.getChild().details();
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Age", ageBand(child.dateOfBirth(), today())),
                new Fact("Wellbeing indicators", String.join(", ", c.getIndicators().stream().map(Words::of).sorted().toList()))));
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            String note = Answers.read(InvitationNote.class, runtime.getVariables(processInstanceId, Answers.names(InvitationNote.class)))
                    .invitationNote();
            facts.add(new Fact("Note to the agencies", note == null || note.isBlank() ? "none" : note));
        }
        facts.add(new Fact("If you join", "the practitioner who joins, and your agency's managers, see the case"));
        return new SubjectSummary(invitationSubject(c, today()), facts);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Words.ZONE));
    }

    /**
     * What an invitation is called in the invitee's inbox and beside it: the child's first name, age
     * band and case number (to tell invitations apart), never the family name or date of birth.
     */
    static String invitationSubject(WellbeingConcern c, LocalDate today) {
        return "Child: " + c.getChild().details().givenName() + ", " + ageBand(c.getChild().details().dateOfBirth(), today)
                + " (case " + c.getId() + ")";
    }

    /** An age band, not the date of birth: enough to know which service is needed. */
    static String ageBand(LocalDate born, LocalDate today) {
        if (born == null) {
            return "age not known";
        }
        int years = Period.between(born, today).getYears();
        return years < 5 ? "under 5" : years < 12 ? "5 to 11" : years < 16 ? "12 to 15" : "16 or over";
    }

    /** The Lead Professional's note to the invited agencies (appoint-lead-professional.form). */
    record InvitationNote(String invitationNote) {
    }

    /** Beside "Check a possible match": the recorded child's details, only for those who may open that child's record. */
    private Fact possibleMatch(long childId) {
        String label = "Possible match: child record " + childId;
        if (!access.mayOpenAnyCaseOf(childId)) {
            return new Fact(label, "you cannot open this child's record: ask their Named Person or a manager to check the match");
        }
        return children.findById(childId).map(Child::details)
                .map(d -> new Fact(label, d.fullName() + ", born " + Words.date(d.dateOfBirth()) + ", " + d.school()
                        + (d.candidateNumber() == null ? ", no Scottish Candidate Number" : ", SCN " + d.candidateNumber())))
                .orElse(new Fact(label, "no longer recorded (merged or anonymised)"));
    }
}
