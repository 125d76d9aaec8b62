package org.partnerflow.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.referral.TeamMeeting.FamilyAgreement;
import org.partnerflow.referral.TeamMeeting.Part;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team-around-the-child meetings: recorded by the case's coordinator (its Lead Professional, or its
 * Named Person while they lead it) on the case page, listed there, and noted in the chronology
 * without the views (a raiser reads the chronology). The Child's Plan is agreed at a meeting: the
 * initial plan and each review need one recorded since their task became due, or for a review the
 * reason none was held ({@link #requireMeetingFor}), so every door (Vaadin, REST, Tasklist) refuses in
 * words and nothing is written. The family's agreement is stored on the meeting, with their words,
 * not on the plan version (whose tables another part of the work reshapes); the version agreed after
 * a meeting is the one that task recorded, so the two are read together by case and time.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class TeamAroundTheChildMeetings {

    /** The form id a meeting's refusals name (the meeting form on the case page). */
    public static final String FORM = "team-meeting";

    /** The tasks that agree a plan at a meeting, by BPMN id. */
    static final String TEAM_MEETING = "Activity_TeamMeeting";
    static final String REVIEW = "Activity_Review";
    private static final Set<String> PLAN_TASKS = Set.of(TEAM_MEETING, REVIEW, "Activity_SingleAgencyPlan");

    private final TeamMeetings meetings;
    private final CaseAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Chronology chronology;
    private final ReferralCases cases;
    private final TeamMembers team;
    private final ParentsAndCarers parents;
    private final People people;
    private final HistoryService history;
    private final ChildsPlans plans;
    private final Clock clock;

    TeamAroundTheChildMeetings(TeamMeetings meetings, CaseAccess access, Permissions permissions, CurrentUser currentUser,
                               Chronology chronology, ReferralCases cases, TeamMembers team, ParentsAndCarers parents, People people,
                               HistoryService history, ChildsPlans plans, Clock clock) {
        this.plans = plans;
        this.meetings = meetings;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.chronology = chronology;
        this.cases = cases;
        this.team = team;
        this.parents = parents;
        this.people = people;
        this.history = history;
        this.clock = clock;
    }

    /** What the meeting form sends. {@code people}: everyone invited or present, in the order listed. */
    public record MeetingRecord(TeamMeeting.Kind kind, boolean held, LocalDate heldOn, String place, String notHeldReason,
                                List<TeamMeeting.Person> people, String childViews, String familyViews, String decisions,
                                FamilyAgreement agreement, String agreementReason) {
    }

    /** Someone the form offers to invite: the case's Named Person, Lead Professional and team, the child, their parents and carers. */
    public record Invitee(Part part, String name, String userId, String about) {
    }

    /** Whether the signed-in person may record this case's meetings (the case page shows the button to them only). */
    public boolean mayRecord(WellbeingConcern concern) {
        return concern.getStage() != CaseStage.CLOSED && concern.getStage() != CaseStage.JOINED
                && permissions.mayRecordMeetingOn(access.asCase(concern), ledByNamedPerson(concern));
    }

    /** The case's meetings in the order they were recorded; the concern is one the person has opened ({@link CaseAccess#open}). */
    @Transactional(readOnly = true)
    public List<TeamMeeting> of(WellbeingConcern concern) {
        return meetings.findByConcernIdOrderByRecordedAtAsc(concern.getId());
    }

    /** A version of the Child's Plan with the meeting it was agreed at (null: none recorded, as for a single-agency plan). */
    public record PlanAgreement(ChildsPlanVersion version, TeamMeeting meeting) {
    }

    /**
     * Each plan version with the meeting it was agreed at: the last recorded after the version before it
     * and no later than the version itself (the plan's delegates refuse a team or review plan without
     * one). The family's agreement of a version is that meeting's; a meeting not held agrees nothing.
     */
    @Transactional(readOnly = true)
    public List<PlanAgreement> agreements(WellbeingConcern concern, List<ChildsPlanVersion> versions) {
        List<TeamMeeting> recorded = meetings.findByConcernIdOrderByRecordedAtAsc(concern.getId());
        List<ChildsPlanVersion> oldestFirst = versions.stream()
                .sorted(java.util.Comparator.comparing(ChildsPlanVersion::getVersionNumber)).toList();
        List<PlanAgreement> agreements = new ArrayList<>();
        Instant after = Instant.MIN;
        for (ChildsPlanVersion v : oldestFirst) {
            Instant from = after;
            TeamMeeting at = recorded.stream().filter(m -> m.getRecordedAt().isAfter(from) && !m.getRecordedAt().isAfter(v.getAgreedAt()))
                    .reduce((first, second) -> second).orElse(null);
            agreements.add(new PlanAgreement(v, at));
            after = v.getAgreedAt();
        }
        return agreements;
    }

    /** The kind of meeting the case is likely to hold next: a review once a plan has been agreed, else the initial one. */
    @Transactional(readOnly = true)
    public TeamMeeting.Kind nextKind(WellbeingConcern concern) {
        return plans.latest(concern.getId()).isPresent() && concern.getStage() != CaseStage.MULTI_AGENCY
                && concern.getStage() != CaseStage.SINGLE_AGENCY ? TeamMeeting.Kind.REVIEW : TeamMeeting.Kind.INITIAL;
    }

    /** The people the meeting form lists to begin with; others (an advocate, a named contact) are added by name. */
    @Transactional(readOnly = true)
    public List<Invitee> invitees(WellbeingConcern concern) {
        List<Invitee> invitees = new ArrayList<>();
        if (concern.getNamedPerson() != null) {
            invitees.add(new Invitee(Part.TEAM_MEMBER, people.displayName(concern.getNamedPerson()), concern.getNamedPerson(),
                    "Named Person"));
        }
        if (concern.getLeadProfessional() != null && !concern.getLeadProfessional().equals(concern.getNamedPerson())) {
            invitees.add(new Invitee(Part.TEAM_MEMBER, people.displayName(concern.getLeadProfessional()), concern.getLeadProfessional(),
                    "Lead Professional"));
        }
        for (TeamMember m : team.findByConcernIdOrderByIdAsc(concern.getId())) {
            if (m.getStatus() == TeamMember.Status.ACCEPTED && m.getPractitioner() != null && !m.getPractitioner().isBlank()) {
                invitees.add(new Invitee(Part.TEAM_MEMBER, m.getPractitioner(), null, PartnerAgency.nameOf(m.getAgency())));
            }
        }
        invitees.add(new Invitee(Part.CHILD, concern.getChild().details().fullName(), null, "The child"));
        for (ParentOrCarer p : parents.findByChildIdOrderByIdAsc(concern.getChild().getId())) {
            if (p.isCurrent()) {
                invitees.add(new Invitee(Part.PARENT_OR_CARER, p.getName(), null, Words.of(p.getRelationship())));
            }
        }
        return invitees;
    }

    /**
     * Records a meeting of the case (or, for a review, that none was held and why), with a chronology
     * entry. Refused in words (4xx on REST) for a meeting in the future, a held meeting without date,
     * place or anyone attending, a family's disagreement (or not being asked) without the reason.
     */
    @Transactional
    @PreAuthorize("@permissions.mayRecordMeetings()")
    public TeamMeeting record(long concernId, MeetingRecord given) {
        WellbeingConcern concern = access.open(concernId, "record-meeting");
        if (!mayRecord(concern)) {
            access.refusedOn(concern, "record-meeting");
            throw new AuthorizationException("Only the case's Lead Professional (or its Named Person while they lead it) can record"
                    + " its meetings" + (concern.getStage() == CaseStage.CLOSED ? ", and this case is closed." : "."));
        }
        if (given.kind() == null) {
            throw invalid("kind", "Say whether this is the initial meeting or a review meeting.");
        }
        String me = currentUser.requireId();
        Instant now = clock.instant();
        TeamMeeting meeting;
        String summary;
        if (!given.held()) {
            if (given.kind() != TeamMeeting.Kind.REVIEW) {
                throw invalid("held", "The Child's Plan is first agreed at a meeting: record the initial meeting once it is held.");
            }
            String reason = text(given.notHeldReason(), "notHeldReason", 2000,
                    "Say why no review meeting was held (for example, the family asked to review by telephone).");
            meeting = TeamMeeting.notHeld(concernId, given.kind(), reason, me, now);
            summary = "No review meeting held. Reason given.";
        } else {
            LocalDate today = chronology.today();
            if (given.heldOn() == null) {
                throw invalid("heldOn", "Give the date the meeting was held.");
            }
            if (given.heldOn().isAfter(today)) {
                throw invalid("heldOn", "The meeting date " + Words.date(given.heldOn()) + " is in the future: a meeting can be"
                        + " recorded once it has been held.");
            }
            String place = text(given.place(), "place", 200, "Say where the meeting was held (or how: by video call).");
            List<TeamMeeting.Person> present = given.people() == null ? List.of() : given.people();
            for (TeamMeeting.Person p : present) {
                if (p.getPart() == null || p.getName() == null || p.getName().isBlank() || p.getName().length() > 200) {
                    throw invalid("people", "Give each person's name (up to 200 characters) and their part in the meeting.");
                }
            }
            if (present.stream().noneMatch(TeamMeeting.Person::isAttended)) {
                throw invalid("people", "Mark who attended the meeting.");
            }
            if (given.agreement() == null) {
                throw invalid("agreement", "Say whether the family agrees the plan: agreed, not agreed, or not asked.");
            }
            String why = null;
            if (given.agreement() != FamilyAgreement.AGREED) {
                why = text(given.agreementReason(), "agreementReason", 2000, given.agreement() == FamilyAgreement.NOT_AGREED
                        ? "Say why the family does not agree the plan: it is voluntary, so the team needs to know."
                        : "Say why the family was not asked whether they agree the plan.");
            }
            meeting = TeamMeeting.held(concernId, given.kind(), given.heldOn(), place, present,
                    optional(given.childViews(), "childViews"), optional(given.familyViews(), "familyViews"),
                    optional(given.decisions(), "decisions"), given.agreement(), why, me, now);
            long invited = present.stream().filter(TeamMeeting.Person::isInvited).count();
            long attended = present.stream().filter(TeamMeeting.Person::isAttended).count();
            summary = (given.kind() == TeamMeeting.Kind.INITIAL ? "Initial" : "Review") + " team-around-the-child meeting held on "
                    + Words.date(given.heldOn()) + ": " + attended + " attended of " + invited + " invited. The family: "
                    + Words.of(given.agreement()) + ".";
        }
        TeamMeeting saved = meetings.save(meeting);
        chronology.record(concern, saved.isHeld() ? Kind.MEETING_HELD : Kind.MEETING_NOT_HELD, summary, me,
                saved.isHeld() ? saved.getHeldOn() : chronology.today(), null);
        return saved;
    }

    /**
     * The check the plan's delegates make (RecordChildsPlan, RecordReview) before writing anything:
     * the team meeting task and each review need a meeting of their kind recorded since the task became
     * due (a review may instead record why none was held). A single-agency plan needs none, and neither
     * does an escalation to child protection, which must not wait for a meeting.
     *
     * @throws FormValidationException naming what to record, on the task's form: REST answers 400, the UI shows the words
     */
    void requireMeetingFor(DelegateExecution e) {
        // The plan task just completed is the latest one given: its history row exists since it was created.
        Optional<HistoricTaskInstance> task = history.createHistoricTaskInstanceQuery().processInstanceId(e.getProcessInstanceId())
                .taskDefinitionKeyIn(PLAN_TASKS.toArray(String[]::new)).orderByHistoricActivityInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst();
        if (task.isEmpty()) {
            return;
        }
        String key = task.get().getTaskDefinitionKey();
        boolean review = REVIEW.equals(key);
        if (!review && !TEAM_MEETING.equals(key)) {
            return;
        }
        if (review && Answers.of(e, ReviewChildsPlanAnswers.class).reviewDecision() == PlanReview.Decision.ESCALATE) {
            return;
        }
        WellbeingConcern concern = cases.concernOf(e);
        Instant due = task.get().getStartTime().toInstant();
        TeamMeeting.Kind kind = review ? TeamMeeting.Kind.REVIEW : TeamMeeting.Kind.INITIAL;
        if (!meetings.existsByConcernIdAndKindAndRecordedAtGreaterThanEqual(concern.getId(), kind, due)) {
            throw review
                    ? new FormValidationException("review-childs-plan", FieldErrors.of("reviewDecision", "Record the review meeting"
                            + " first (on the case page, Record a meeting): who came, the child's and the family's views and whether they"
                            + " agree the plan, or why no meeting was held. None has been recorded since the review became due on "
                            + Words.date(due) + "."))
                    : new FormValidationException("childs-plan", FieldErrors.of("needsSummary", "Record the initial team-around-the-child"
                            + " meeting first (on the case page, Record a meeting): who came, the child's and the family's views and whether"
                            + " they agree the plan. None has been recorded since this task was given on " + Words.date(due) + "."));
        }
    }

    /**
     * The Named Person leads the case: no Lead Professional, a single-agency plan (also after stepping
     * up to one), or stepped down to universal support.
     */
    static boolean ledByNamedPerson(WellbeingConcern concern) {
        return concern.getLeadProfessional() == null || concern.getStage() == CaseStage.STEPPED_DOWN
                || concern.getPathway() != Pathway.MULTI_AGENCY;
    }

    private static String text(String value, String field, int max, String missing) {
        if (value == null || value.isBlank()) {
            throw invalid(field, missing);
        }
        if (value.strip().length() > max) {
            throw invalid(field, "Keep this to " + max + " characters.");
        }
        return value.strip();
    }

    private static String optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 4000) {
            throw invalid(field, "Keep this to 4000 characters.");
        }
        return value.strip();
    }

    private static FormValidationException invalid(String field, String words) {
        return new FormValidationException(FORM, FieldErrors.of(field, words));
    }
}
