package org.partnerflow.referral;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.referral.PossibleChildMatch.Status;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Service;

/**
 * Possible matches between the child of a new concern and recorded children (see {@link ChildMatches}
 * for the rule): recorded when the concern is, decided by the Named Person at "Check a possible match"
 * (check-possible-match.form). Confirming joins the concern's own record to the recorded child's and
 * merges it away; rejecting keeps the records apart. Either way the decision is in the chronology.
 */
@Service
public class PossibleMatches {

    static final String FORM = "check-possible-match";

    private final PossibleChildMatches matches;
    private final WellbeingConcerns concerns;
    private final CaseAccess access;
    private final Chronology chronology;
    private final Clock clock;
    @PersistenceContext
    private EntityManager em;

    public PossibleMatches(PossibleChildMatches matches, WellbeingConcerns concerns, CaseAccess access, Chronology chronology, Clock clock) {
        this.matches = matches;
        this.concerns = concerns;
        this.access = access;
        this.chronology = chronology;
        this.clock = clock;
    }

    /**
     * Part of "Record the concern": links the concern to each candidate; what the process is to check.
     * The options carry record numbers only: whoever can read the process's variables learns nothing
     * about the other child; the details are beside the task for those who may open that record.
     */
    MatchCheck found(WellbeingConcern concern, List<Child> candidates) {
        candidates.forEach(c -> matches.save(new PossibleChildMatch(concern.getId(), c.getId(), clock.instant())));
        if (candidates.isEmpty()) {
            return new MatchCheck(false, null);
        }
        // The raiser reads this chronology: it names no other record (the links here are the audit of which).
        chronology.record(concern, Kind.POSSIBLE_MATCH_FOUND,
                "Possibly a child already recorded: the records stay apart until the Named Person checks", null);
        return new MatchCheck(true, new ArrayList<>(candidates.stream()
                .map(c -> Map.of("label", "Child record " + c.getId(), "value", String.valueOf(c.getId()))).toList()));
    }

    /** Whether the Named Person is to check a match, and the options of check-possible-match.form's select. */
    record MatchCheck(boolean possibleMatch, List<Map<String, String>> possibleMatchOptions) {
    }

    /** The candidates still waiting for the Named Person's decision. */
    public List<PossibleChildMatch> pending(long concernId) {
        return matches.findByConcernIdAndStatusOrderByIdAsc(concernId, Status.PENDING);
    }

    /** "Record the match decision": the same child (the records are joined) or different children (they stay apart). */
    void decide(String processInstanceId, CheckPossibleMatchAnswers answers, String user) {
        long concernId = concerns.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No wellbeing concern for process " + processInstanceId)).getId();
        // One decision at a time per concern: a second one waits here, then finds nothing left to decide.
        WellbeingConcern concern = concerns.lockById(concernId).orElseThrow();
        List<PossibleChildMatch> pending = pending(concernId);
        if (pending.isEmpty()) {
            throw refused("matchDecision", "was already made by someone else: this possible match is decided. Reload the case to see how.");
        }
        Instant now = clock.instant();
        String reason = answers.matchReason();
        if (answers.matchDecision() == CheckPossibleMatchAnswers.MatchDecision.SAME) {
            String chosenValue = String.valueOf(answers.matchedChild());
            PossibleChildMatch chosen = pending.stream().filter(m -> String.valueOf(m.getCandidateChildId()).equals(chosenValue)).findFirst()
                    .orElseThrow(() -> refused("matchedChild", "is not one of this concern's possible matches"));
            if (!access.mayOpenAnyCaseOf(chosen.getCandidateChildId())) {
                throw refused("matchDecision", "cannot be \"the same child\": you cannot open that child's record, so you cannot "
                        + "confirm it. Ask the child's Named Person or a manager to check this match.");
            }
            pending.forEach(m -> m.decide(m == chosen ? Status.CONFIRMED : Status.REJECTED, user, now));
            long provisional = concern.getChild().getId();
            mergeInto(provisional, chosen.getCandidateChildId());
            chronology.record(concerns.findById(concernId).orElseThrow(), Kind.POSSIBLE_MATCH_CONFIRMED,
                    "Possible match confirmed: the same child as one already recorded; this concern joined that child's record"
                            + " and its own record was merged into it. How it was checked: " + reason, user);
        } else {
            pending.forEach(m -> m.decide(Status.REJECTED, user, now));
            chronology.record(concern, Kind.POSSIBLE_MATCH_REJECTED, "Possible match rejected: not the same child as "
                    + (pending.size() == 1 ? "the one" : "any of the " + pending.size()) + " already recorded; the records stay apart."
                    + " How it was checked: " + reason, user);
        }
    }

    /**
     * Joins one child record to another: every concern and chronology entry filed under the first
     * moves to the second (the entries' facts stay as written), links naming the first name the
     * second, a candidate number only the first had goes to the second, and the first is deleted.
     */
    private void mergeInto(long from, long to) {
        em.flush();
        Object number = em.createNativeQuery("select candidate_number from child where id = ?").setParameter(1, from).getSingleResult();
        update("update wellbeing_concern set child_id = :to, version = version + 1 where child_id = :from", from, to);
        update("update chronology_entry set child_id = :to where child_id = :from", from, to);
        // The child record's own history (V16) goes with it: parents and carers, and corrections made to it.
        update("update parent_or_carer set child_id = :to, version = version + 1 where child_id = :from", from, to);
        update("update child_details_change set child_id = :to where child_id = :from", from, to);
        update("delete from possible_child_match where candidate_child_id = :from and concern_id in"
                + " (select m.concern_id from possible_child_match m where m.candidate_child_id = :to)", from, to);
        update("update possible_child_match set candidate_child_id = :to where candidate_child_id = :from", from, to);
        em.createNativeQuery("delete from child where id = ?").setParameter(1, from).executeUpdate();
        if (number != null) {
            em.createNativeQuery("update child set candidate_number = ?, version = version + 1 where id = ? and candidate_number is null")
                    .setParameter(1, number).setParameter(2, to).executeUpdate();
        }
        em.clear();
    }

    private void update(String sql, long from, long to) {
        em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    private static FormValidationException refused(String field, String message) {
        return new FormValidationException(FORM, FieldErrors.of(field, message));
    }
}
