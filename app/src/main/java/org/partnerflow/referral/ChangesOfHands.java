package org.partnerflow.referral;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.establishment.Authority;
import org.partnerflow.establishment.Establishment;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.TaskMoves;
import org.partnerflow.workflow.TaskNotices;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValidator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of hands on a child's case (issue 17): a change of Named Person or school within the
 * council, a transfer to another council, a change of Lead Professional. Each is asked for here
 * (checked against the policy and the case, then correlated to the case's process, where it waits in
 * its own event subprocess for the person or group it names) and recorded here when answered, by the
 * subprocess's delegates. At most one change of the Named Person (a change or a transfer) and one of
 * the Lead Professional wait at a time: requests and answers take the concern's row lock, so two at
 * once are one after the other. Whoever hands the case on keeps read access for a while
 * ({@link FormerCaseAccess}); the chronology says who asked, why, and what came of it.
 */
@Service
@EnableConfigurationProperties(ChangeOfHandsPeriods.class)
public class ChangesOfHands {

    static final String NAMED_PERSON_CHANGE = "NamedPersonChange";
    static final String TRANSFER = "CouncilTransfer";
    static final String LEAD_PROFESSIONAL_CHANGE = "LeadProfessionalChange";
    static final String TAKE_ON_AS_NAMED_PERSON = "Activity_TakeOnAsNamedPerson";
    static final String ACCEPT_TRANSFER = "Activity_AcceptTransfer";
    static final String TAKE_ON_AS_LEAD_PROFESSIONAL = "Activity_TakeOnAsLeadProfessional";

    /** An answer on the three forms. */
    enum Answer { ACCEPT, DECLINE }

    /** A change of Named Person or school asked for: the message's variables, the form's answers empty. */
    record NamedPersonChange(String proposedEstablishment, String proposedNamedPersonGroup, String proposedNamedPerson,
                             String formerNamedPerson, String namedPersonChangeRequestedBy, String namedPersonChangeReason,
                             String namedPersonAnswer, String namedPersonDeclineReason) {
    }

    /** A transfer between councils proposed; {@code transferLapsesAfter} is the lapse timer's duration. */
    record Transfer(String receivingEstablishment, String receivingNamedPersonGroup, String formerNamedPerson,
                    String transferRequestedBy, String transferReason, String transferLapsesAfter,
                    String transferAnswer, String transferAcceptNote, String transferDeclineReason) {
    }

    /** A change of Lead Professional asked for. */
    record LeadProfessionalChange(String proposedLeadProfessional, String formerLeadProfessional,
                                  String leadProfessionalChangeRequestedBy, String leadProfessionalChangeReason,
                                  String leadProfessionalAnswer, String leadProfessionalDeclineReason) {
    }

    /** The variables the rest of the process reads after a change of Named Person or a transfer. */
    record NamedPersonNow(String namedPerson, String namedPersonGroup, String authority) {
    }

    record LeadProfessionalNow(String leadProfessional) {
    }

    /** Who the case's review and closing tasks go to ({@code camunda:assignee="${coordinator}"}). */
    record Coordinator(String coordinator) {
    }

    /** What a change reads of the case's routing before it changes it. */
    record Routing(String namedPersonGroup, String coordinator) {
    }

    /** What the signed-in person may ask for on a case: the case page shows only those buttons. */
    public record Allowed(boolean namedPerson, boolean transfer, boolean leadProfessional) {
        public static final Allowed NOTHING = new Allowed(false, false, false);
    }

    private final WellbeingConcerns concerns;
    private final CaseAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final EstablishmentRegister register;
    private final People people;
    private final Chronology chronology;
    private final FormerCaseAccesses formerAccess;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ChangeOfHandsPeriods periods;
    private final Clock clock;
    private final TaskNotices taskNotices;

    ChangesOfHands(WellbeingConcerns concerns, CaseAccess access, Permissions permissions, CurrentUser currentUser,
                   EstablishmentRegister register, People people, Chronology chronology, FormerCaseAccesses formerAccess,
                   RuntimeService runtime, TaskService tasks, ChangeOfHandsPeriods periods, Clock clock, TaskNotices taskNotices) {
        this.taskNotices = taskNotices;
        this.concerns = concerns;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.register = register;
        this.people = people;
        this.chronology = chronology;
        this.formerAccess = formerAccess;
        this.runtime = runtime;
        this.tasks = tasks;
        this.periods = periods;
        this.clock = clock;
    }

    // --- Asking: the case page ---

    /** What the signed-in person may ask for on the case (nothing on a closed case, or one they cannot open). */
    @Transactional(readOnly = true)
    public Allowed allowed(long concernId) {
        Optional<WellbeingConcern> found = concerns.findById(concernId).filter(c -> c.getStage() != CaseStage.CLOSED);
        if (found.isEmpty() || !access.mayOpen(found.get())) {
            return Allowed.NOTHING;
        }
        Permissions.Case c = access.asCase(found.get());
        boolean namedPerson = permissions.mayChangeNamedPerson(c);
        return new Allowed(namedPerson, namedPerson, found.get().getLeadProfessional() != null && permissions.mayChangeLeadProfessional(c));
    }

    /** The people who may be proposed as Lead Professional: those in the lead-professional role. */
    public List<People.Person> leadProfessionals() {
        return people.members(Role.LEAD_PROFESSIONAL.groupId());
    }

    /** The Named Persons of an establishment, to ask one of them by name (none for an unknown code). */
    public List<People.Person> namedPersonsOf(String establishmentCode) {
        return register.find(establishmentCode).map(register::namedPersonsOf).orElse(List.of());
    }

    /** The establishments a child may move to, as options ("Name, Council" and the code). */
    public List<Map<String, String>> establishments() {
        return register.asOptions();
    }

    /**
     * Asks for the child's Named Person to change: to the Named Persons of another establishment of the
     * same council (the child moves school), or to another Named Person of the same establishment.
     *
     * @param namedPerson the Named Person asked, or null to ask the establishment's Named Persons (or,
     *                    while it has none, the council's coordinators)
     * @throws Refusal in words when the request does not fit the case; {@link AuthorizationException}
     *                 when the policy does not let the person ask
     */
    @Transactional
    public void changeNamedPerson(long concernId, String establishmentCode, String namedPerson, String reason) {
        String me = currentUser.requireId();
        WellbeingConcern concern = lockedOpenCase(concernId);
        if (!permissions.mayChangeNamedPerson(access.asCase(concern))) {
            access.refusedOn(concern, "change-of-hands");
            throw new AuthorizationException("Only the child's Named Person, a Named Person of the child's establishment or a manager"
                    + " of the child's council can ask for a change of Named Person.");
        }
        String why = reason(reason);
        Establishment to = establishment(establishmentCode);
        Child child = concern.getChild();
        if (child.getAuthorityCode() != null && !child.getAuthorityCode().equals(to.getAuthorityCode())) {
            throw new Refusal(to.getName() + " is in " + councilName(to.getAuthorityCode()) + ", another council: propose a transfer"
                    + " to another council instead.");
        }
        String person = namedPerson == null || namedPerson.isBlank() ? null : namedPerson.strip();
        boolean sameEstablishment = to.getCode().equals(child.getEstablishmentCode());
        if (person == null && sameEstablishment) {
            throw new Refusal("The child is already at " + to.getName() + ": choose the child's new school or setting, or the"
                    + " Named Person of " + to.getName() + " who is to take over.");
        }
        if (person != null) {
            if (!people.exists(person) || !people.isMember(person, to.namedPersonGroup())) {
                throw new Refusal((people.exists(person) ? people.displayName(person) : "That person") + " is not a Named Person of "
                        + to.getName() + ": choose one of its Named Persons.");
            }
            if (person.equals(concern.getNamedPerson())) {
                throw new Refusal(people.displayName(person) + " is already the child's Named Person.");
            }
        }
        refuseIfNamedPersonChangeWaits(concern);
        String group = person != null ? to.namedPersonGroup() : register.assessmentRoute(to).group();
        correlate(concern, NAMED_PERSON_CHANGE, new NamedPersonChange(to.getCode(), group, person, concern.getNamedPerson(), me, why,
                null, null));
        chronology.record(concern, Kind.CHANGE_OF_HANDS_REQUESTED, "Change of Named Person asked for by " + people.displayName(me)
                + (sameEstablishment ? "" : ": the child moves from " + establishmentName(child.getEstablishmentCode()) + " to " + to.getName())
                + "; waiting for " + waitingFor(person, group) + " to answer. Reason: " + why, me);
    }

    /**
     * Proposes moving the child's record to an establishment in another council: the receiving
     * establishment's Named Persons (or that council's coordinators) accept or decline.
     */
    @Transactional
    public void proposeTransfer(long concernId, String establishmentCode, String reason) {
        String me = currentUser.requireId();
        WellbeingConcern concern = lockedOpenCase(concernId);
        if (!permissions.mayChangeNamedPerson(access.asCase(concern))) {
            access.refusedOn(concern, "change-of-hands");
            throw new AuthorizationException("Only the child's Named Person, a Named Person of the child's establishment or a manager"
                    + " of the child's council can propose a transfer to another council.");
        }
        String why = reason(reason);
        Establishment to = establishment(establishmentCode);
        Child child = concern.getChild();
        if (to.getAuthorityCode().equals(child.getAuthorityCode())) {
            throw new Refusal(to.getName() + " is in " + councilName(to.getAuthorityCode()) + ", the child's own council: ask for a"
                    + " change of Named Person or school instead.");
        }
        refuseIfNamedPersonChangeWaits(concern);
        String group = register.assessmentRoute(to).group();
        correlate(concern, TRANSFER, new Transfer(to.getCode(), group, concern.getNamedPerson(), me, why,
                periods.transferLapsesAfter(), null, null, null));
        chronology.record(concern, Kind.CHANGE_OF_HANDS_REQUESTED, "Transfer from " + councilName(child.getAuthorityCode()) + " to "
                + councilName(to.getAuthorityCode()) + " (" + to.getName() + ") proposed by " + people.displayName(me) + "; waiting for "
                + waitingFor(null, group) + " to answer. Reason: " + why, me);
    }

    /** Asks someone in the lead-professional role to take the case on as its Lead Professional. */
    @Transactional
    public void changeLeadProfessional(long concernId, String leadProfessional, String reason) {
        String me = currentUser.requireId();
        WellbeingConcern concern = lockedOpenCase(concernId);
        if (!permissions.mayChangeLeadProfessional(access.asCase(concern))) {
            access.refusedOn(concern, "change-of-hands");
            throw new AuthorizationException("Only the case's coordinator, its Named Person or a manager of the child's council can"
                    + " ask for a change of Lead Professional.");
        }
        if (concern.getLeadProfessional() == null) {
            throw new Refusal("This case has no Lead Professional to change: one takes the case on when its pathway is multi-agency.");
        }
        String why = reason(reason);
        String person = leadProfessional == null ? "" : leadProfessional.strip();
        if (!people.exists(person)) {
            throw new Refusal("Choose the new Lead Professional from Partnerflow's people.");
        }
        if (!people.isMember(person, Role.LEAD_PROFESSIONAL.groupId())) {
            throw new Refusal(people.displayName(person) + " is not a Lead Professional: choose someone in the Lead Professional role.");
        }
        if (person.equals(concern.getLeadProfessional())) {
            throw new Refusal(people.displayName(person) + " is already the case's Lead Professional.");
        }
        waiting(concern, TAKE_ON_AS_LEAD_PROFESSIONAL).ifPresent(task -> {
            throw new Refusal("A change of Lead Professional is already waiting for " + waitingFor(task) + " to answer: wait for"
                    + " their answer before asking for another.");
        });
        correlate(concern, LEAD_PROFESSIONAL_CHANGE, new LeadProfessionalChange(person, concern.getLeadProfessional(), me, why, null, null));
        chronology.record(concern, Kind.CHANGE_OF_HANDS_REQUESTED, "Change of Lead Professional asked for by " + people.displayName(me)
                + ": " + people.displayName(person) + " is asked to take the case on from " + people.displayName(concern.getLeadProfessional())
                + ". Reason: " + why, me);
    }

    // --- Answered: the event subprocesses' delegates ---

    /** "Hand the child to the new Named Person": the accepter is Named Person; the child's establishment is the new one. */
    void namedPersonChanged(DelegateExecution e) {
        NamedPersonChange asked = Answers.of(e, NamedPersonChange.class);
        String accepter = accepter(e);
        WellbeingConcern concern = lockedForAnswer(e, "take-on-as-named-person", "namedPersonAnswer", asked.formerNamedPerson());
        if (concern == null) {
            clear(e, NamedPersonChange.class);
            return;
        }
        Establishment to = register.find(asked.proposedEstablishment()).orElseThrow();
        String from = establishmentName(concern.getChild().getEstablishmentCode());
        boolean moved = !to.getCode().equals(concern.getChild().getEstablishmentCode());
        handNamedPersonOver(e, concern, to, accepter);
        chronology.record(concern, Kind.NAMED_PERSON_CHANGED, "Named Person changed: " + people.displayName(accepter) + " took the child on"
                + (asked.formerNamedPerson() == null ? "" : " from " + people.displayName(asked.formerNamedPerson()))
                + (moved ? "; the child moved from " + from + " to " + to.getName() : " at " + to.getName())
                + ". Asked for by " + people.displayName(asked.namedPersonChangeRequestedBy()) + ": " + asked.namedPersonChangeReason(), accepter);
        clear(e, NamedPersonChange.class);
    }

    /** "Move the record to the receiving council": establishment, council, Named Person and both sides' access change. */
    void transferred(DelegateExecution e) {
        Transfer asked = Answers.of(e, Transfer.class);
        AcceptTransferAnswers answers = Answers.of(e, AcceptTransferAnswers.class);
        String accepter = accepter(e);
        WellbeingConcern concern = lockedForAnswer(e, "accept-transfer", "transferAnswer", asked.formerNamedPerson());
        if (concern == null) {
            clear(e, Transfer.class);
            return;
        }
        Establishment to = register.find(asked.receivingEstablishment()).orElseThrow();
        String fromCouncil = councilName(concern.getChild().getAuthorityCode());
        String fromEstablishment = establishmentName(concern.getChild().getEstablishmentCode());
        handNamedPersonOver(e, concern, to, accepter);
        String note = answers.transferAcceptNote() == null || answers.transferAcceptNote().isBlank() ? "" : " Note: " + answers.transferAcceptNote().strip();
        chronology.record(concern, Kind.TRANSFERRED, "Transferred from " + fromCouncil + " to " + councilName(to.getAuthorityCode())
                + ": the child moved from " + fromEstablishment + " to " + to.getName() + "; " + people.displayName(accepter)
                + " is the Named Person. Proposed by " + people.displayName(asked.transferRequestedBy()) + ": " + asked.transferReason() + "." + note,
                accepter);
        clear(e, Transfer.class);
    }

    /** "Hand the case to the new Lead Professional". */
    void leadProfessionalChanged(DelegateExecution e) {
        LeadProfessionalChange asked = Answers.of(e, LeadProfessionalChange.class);
        String accepter = accepter(e);
        WellbeingConcern concern = concerns.lockById(concernOf(e).getId()).orElseThrow();
        if (concern.getStage() == CaseStage.CLOSED) {
            chronology.record(concern, Kind.CHANGE_OF_HANDS_DECLINED, "Change of Lead Professional not made: the case was closed before "
                    + people.displayName(accepter) + " answered.", accepter);
            clear(e, LeadProfessionalChange.class);
            return;
        }
        String former = concern.getLeadProfessional();
        if (former != null && !former.equals(asked.formerLeadProfessional())) {
            throw new FormValidationException("take-on-as-lead-professional", FieldErrors.of("leadProfessionalAnswer",
                    "cannot be taken: the case's Lead Professional changed meanwhile. Reload the case to see who it is now."));
        }
        concern.handLeadProfessionalTo(accepter);
        Answers.write(e, new LeadProfessionalNow(accepter));
        if (former != null && former.equals(Answers.of(e, Routing.class).coordinator())) {
            Answers.write(e, new Coordinator(accepter));
        }
        TaskMoves.reassign(e, former, accepter);
        formerAccess(concern, former, accepter, FormerCaseAccess.Part.LEAD_PROFESSIONAL);
        chronology.record(concern, Kind.LEAD_PROFESSIONAL_CHANGED, "Lead Professional changed: " + people.displayName(accepter)
                + " took the case on" + (former == null ? "" : " from " + people.displayName(former)) + ". Asked for by "
                + people.displayName(asked.leadProfessionalChangeRequestedBy()) + ": " + asked.leadProfessionalChangeReason(), accepter);
        clear(e, LeadProfessionalChange.class);
    }

    /** "Record the decline" of a change of Named Person. */
    void namedPersonChangeDeclined(DelegateExecution e) {
        NamedPersonChange asked = Answers.of(e, NamedPersonChange.class);
        TakeOnAsNamedPersonAnswers answers = Answers.of(e, TakeOnAsNamedPersonAnswers.class);
        declined(e, "Change of Named Person declined", asked.namedPersonChangeRequestedBy(), answers.namedPersonDeclineReason(),
                "; the child stays with " + establishmentName(concernOf(e).getChild().getEstablishmentCode()));
        clear(e, NamedPersonChange.class);
    }

    /** "Record the decline" of a transfer: the record stays with the sending council. */
    void transferDeclined(DelegateExecution e) {
        Transfer asked = Answers.of(e, Transfer.class);
        AcceptTransferAnswers answers = Answers.of(e, AcceptTransferAnswers.class);
        declined(e, "Transfer to " + councilName(register.find(asked.receivingEstablishment()).map(Establishment::getAuthorityCode).orElse(null))
                + " declined", asked.transferRequestedBy(), answers.transferDeclineReason(),
                "; the record stays with " + councilName(concernOf(e).getChild().getAuthorityCode()));
        clear(e, Transfer.class);
    }

    /** "Record the decline" of a change of Lead Professional. */
    void leadProfessionalChangeDeclined(DelegateExecution e) {
        LeadProfessionalChange asked = Answers.of(e, LeadProfessionalChange.class);
        TakeOnAsLeadProfessionalAnswers answers = Answers.of(e, TakeOnAsLeadProfessionalAnswers.class);
        declined(e, "Change of Lead Professional declined", asked.leadProfessionalChangeRequestedBy(), answers.leadProfessionalDeclineReason(),
                asked.formerLeadProfessional() == null ? "" : "; " + people.displayName(asked.formerLeadProfessional()) + " stays Lead Professional");
        clear(e, LeadProfessionalChange.class);
    }

    /** "Record the lapsed transfer": nobody answered in time; the record stays. */
    void transferLapsed(DelegateExecution e) {
        Transfer asked = Answers.of(e, Transfer.class);
        WellbeingConcern concern = concernOf(e);
        Establishment to = register.find(asked.receivingEstablishment()).orElse(null);
        chronology.record(concern, Kind.TRANSFER_LAPSED, "Transfer to " + (to == null ? "another council" : councilName(to.getAuthorityCode())
                + " (" + to.getName() + ")") + " lapsed: nobody answered within " + words(asked.transferLapsesAfter())
                + "; the record stays with " + councilName(concern.getChild().getAuthorityCode()) + ". Proposed by "
                + people.displayName(asked.transferRequestedBy()) + ".", null);
        clear(e, Transfer.class);
    }

    // --- The parts they share ---

    private void handNamedPersonOver(DelegateExecution e, WellbeingConcern concern, Establishment to, String accepter) {
        String former = concern.getNamedPerson();
        Routing routing = Answers.of(e, Routing.class);
        String formerGroup = routing.namedPersonGroup();
        String group = register.assessmentRoute(to).group();
        concern.getChild().moveTo(to.getCode(), to.getAuthorityCode(), to.getName());
        concern.handNamedPersonTo(accepter);
        Answers.write(e, new NamedPersonNow(accepter, group, to.getAuthorityCode()));
        if (former != null && former.equals(routing.coordinator())) {
            Answers.write(e, new Coordinator(accepter));
        }
        TaskMoves.reassign(e, former, accepter);
        taskNotices.offeredAnew(TaskMoves.reoffer(e, formerGroup, group), group);
        formerAccess(concern, former, accepter, FormerCaseAccess.Part.NAMED_PERSON);
    }

    private void formerAccess(WellbeingConcern concern, String former, String successor, FormerCaseAccess.Part part) {
        if (former != null && !former.equals(successor)) {
            formerAccess.save(new FormerCaseAccess(concern.getId(), former, part,
                    clock.instant().plus(Duration.parse(periods.formerReadAccess())), clock.instant()));
        }
    }

    private void declined(DelegateExecution e, String what, String requestedBy, String reason, String consequence) {
        String by = org.partnerflow.workflow.Actors.of(e);
        chronology.record(concernOf(e), Kind.CHANGE_OF_HANDS_DECLINED, what + " by " + people.displayName(by) + consequence
                + ". Asked for by " + people.displayName(requestedBy) + ". Reason: " + (reason == null ? "none given" : reason.strip()), by);
    }

    private static String accepter(DelegateExecution e) {
        String accepter = org.partnerflow.workflow.Actors.of(e);
        if (accepter == null) {
            throw new IllegalStateException("A change of hands is accepted by a person");
        }
        return accepter;
    }

    /**
     * The case, locked while the answer is written (two accepting at once: the second waits, then its
     * task is gone), or null if it was closed meanwhile (on the chronology; nothing else changes).
     */
    private WellbeingConcern lockedForAnswer(DelegateExecution e, String form, String field, String formerNamedPerson) {
        WellbeingConcern concern = concerns.lockById(concernOf(e).getId()).orElseThrow();
        String accepter = org.partnerflow.workflow.Actors.of(e);
        if (concern.getStage() == CaseStage.CLOSED) {
            chronology.record(concern, Kind.CHANGE_OF_HANDS_DECLINED, "Change of Named Person not made: the case was closed before "
                    + people.displayName(accepter) + " answered.", accepter);
            return null;
        }
        if (accepter.equals(concern.getNamedPerson())) {
            throw new FormValidationException(form, FieldErrors.of(field,
                    "cannot be \"accept\": you are already the child's Named Person. Decline, or leave it to a colleague."));
        }
        if (concern.getNamedPerson() != null && !concern.getNamedPerson().equals(formerNamedPerson)) {
            throw new FormValidationException(form, FieldErrors.of(field, "cannot be taken: the child's Named Person changed meanwhile"
                    + " (now " + people.displayName(concern.getNamedPerson()) + "). Reload the case to see the change."));
        }
        return concern;
    }

    private WellbeingConcern concernOf(DelegateExecution e) {
        return concerns.findByProcessInstanceId(e.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No wellbeing concern for process " + e.getProcessInstanceId()));
    }

    /** A change's variables go once it is answered, so that the next one's form starts blank. */
    private static void clear(DelegateExecution e, Class<? extends Record> request) {
        e.removeVariables(Answers.names(request));
    }

    private WellbeingConcern lockedOpenCase(long concernId) {
        // One request at a time per case: a second one waits here, then finds the first one waiting.
        WellbeingConcern concern = concerns.lockById(concernId).filter(access::mayOpen).orElseThrow(NoAccessException::new);
        boolean running = concern.getProcessInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(concern.getProcessInstanceId()).active().count() > 0;
        if (concern.getStage() == CaseStage.CLOSED || !running) {
            throw new Refusal("This case is closed: its Named Person and Lead Professional no longer change.");
        }
        return concern;
    }

    private void refuseIfNamedPersonChangeWaits(WellbeingConcern concern) {
        waiting(concern, TAKE_ON_AS_NAMED_PERSON).ifPresent(task -> {
            throw new Refusal("A change of Named Person is already waiting for " + waitingFor(task) + " to answer: wait for their"
                    + " answer before asking for another.");
        });
        waiting(concern, ACCEPT_TRANSFER).ifPresent(task -> {
            throw new Refusal("A transfer to another council is already waiting for " + waitingFor(task) + " to answer: wait for"
                    + " their answer before asking for a change of Named Person.");
        });
    }

    private Optional<Task> waiting(WellbeingConcern concern, String activity) {
        return tasks.createTaskQuery().processInstanceId(concern.getProcessInstanceId()).taskDefinitionKey(activity)
                .listPage(0, 1).stream().findFirst();
    }

    private String waitingFor(Task task) {
        if (task.getAssignee() != null) {
            return people.displayName(task.getAssignee());
        }
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(null);
        return waitingFor(null, group);
    }

    /** Whom a change waits for, in words: a person, an establishment's Named Persons, or a council's coordinators. */
    private String waitingFor(String person, String group) {
        if (person != null) {
            return people.displayName(person);
        }
        if (group == null) {
            return "an answer";
        }
        for (Establishment e : register.all()) {
            if (e.namedPersonGroup().equals(group)) {
                return "the Named Persons of " + e.getName();
            }
        }
        for (Authority a : register.councils()) {
            if (a.coordinatorGroup().equals(group)) {
                return a.getName() + "'s Named Person coordinators";
            }
        }
        return "the Named Persons";
    }

    private Establishment establishment(String code) {
        return register.find(code).filter(found -> !found.isClosed())
                .orElseThrow(() -> new Refusal("Choose the child's new school or setting from the list: Partnerflow does not know that one."));
    }

    private String establishmentName(String code) {
        return register.find(code).map(Establishment::getName).orElse("no recorded establishment");
    }

    private String councilName(String code) {
        return register.authority(code).map(Authority::getName).orElse("no recorded council");
    }

    private static String reason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() < 10 || clean.length() > 2000) {
            throw new Refusal("Give the reason for the change (10 to 2,000 characters): it goes in the child's chronology.");
        }
        if (FormValidator.hasUnstorableCharacters(clean)) {
            throw new Refusal("The reason cannot contain control characters or text-direction overrides.");
        }
        return clean;
    }

    /** An ISO period in words ("P10D" → "10 days"), for the chronology. */
    private static String words(String period) {
        try {
            long days = Duration.parse(period).toDays();
            return days == 1 ? "1 day" : days + " days";
        } catch (RuntimeException notDays) {
            return "the time allowed";
        }
    }

    private void correlate(WellbeingConcern concern, String message, Record request) {
        runtime.createMessageCorrelation(message).processInstanceId(concern.getProcessInstanceId())
                .setVariables(Answers.asVariables(request)).correlate();
    }
}
