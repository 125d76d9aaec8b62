package org.partnerflow.identity;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who may do what, in one place: every "may this person…" question Partnerflow asks is one method
 * here. The pages' route annotations are the door; the services ({@code @PreAuthorize("@permissions…")}),
 * {@code CaseAccess}, the engine's command check and the security chains of the engine API ask this.
 *
 * <p>Questions without a person are about whoever is signed in on this request (Spring Security);
 * questions with a {@code person} are asked inside engine commands, about the user the engine was
 * told of (its authentication), whichever door the command came in by.
 */
@Component("permissions")
public class Permissions {

    /**
     * Who may read and change case data straight through the engine API (Cockpit, Tasklist,
     * {@code /engine-rest}): administrators only. Not managers: the engine runs without authorization
     * checks, and a case's tenant could not follow a child who moves council, so the engine API cannot
     * keep a manager to their own council's children; managers oversee in Partnerflow's own pages,
     * which do ({@link #mayOverseeCasesOf}). Both engine security chains read this list.
     */
    public static final List<String> ENGINE_OVERSEERS = List.of(Role.ADMIN.groupId(), Role.CAMUNDA_ADMIN_GROUP);
    /** Who may administer the engine: deployments, people, roles and permissions (Camunda Admin). */
    public static final List<String> ENGINE_ADMINISTRATORS = List.of(Role.ADMIN.groupId(), Role.CAMUNDA_ADMIN_GROUP);
    /**
     * Who may read the service's metrics, Prometheus scrape and build information (the actuator's
     * endpoints but health): administrators, and the monitoring group, whose members (a scraper's
     * account) may do nothing else. The counts are of the whole service, but in a small council a
     * count per stage can point at one child's case, as the engine's statistics can.
     */
    public static final String[] OPERATORS = {Role.ADMIN.groupId(), Role.CAMUNDA_ADMIN_GROUP, Role.MONITORING_GROUP};

    /**
     * The task that asks an agency whether it joins the team around the child (girfec-referral.bpmn).
     * Being offered it, or answering it, opens nothing of the case: only the practitioner who joins
     * does ({@link Case#team}).
     */
    public static final String INVITATION_TASK = "Activity_AgencyResponse";

    private final CurrentUser currentUser;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final People people;

    // Lazy: the engine's own command check asks this policy, so it exists before the engine does.
    Permissions(CurrentUser currentUser, @Lazy TaskService tasks, @Lazy HistoryService history, @Lazy RepositoryService repository,
                @Lazy People people) {
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.people = people;
    }

    // --- The signed-in person: what their roles allow ---

    /** Oversight of the whole service: dashboard, process diagrams, timelines, access log, retention. */
    public boolean mayOversee() {
        return currentUser.has(Role.MANAGER) || currentUser.has(Role.ADMIN);
    }

    /** Administration of people, groups and the engine (Camunda Admin). */
    public boolean mayAdminister() {
        return currentUser.has(Role.ADMIN);
    }

    /**
     * Reading and changing case data straight through the engine API, around Partnerflow's per-record
     * checks: administrators ({@link #ENGINE_OVERSEERS}), whichever authority they belong to.
     */
    public boolean mayOverseeThroughEngine() {
        return currentUser.groups().stream().anyMatch(ENGINE_OVERSEERS::contains);
    }

    /** Changing the table of critical indicators the partnerships report against. */
    public boolean mayEditIndicators() {
        return mayOversee();
    }

    /** Adding an organisation to the register of partners. */
    public boolean mayRegisterPartners() {
        return currentUser.has(Role.PARTNERSHIP_LEAD) || mayOversee();
    }

    /** Proposing a partnership or starting an improvement project: partnership leads. */
    public boolean mayLeadPartnershipWork() {
        return currentUser.has(Role.PARTNERSHIP_LEAD);
    }

    /** Changing a partnership's records (actions, hand-overs): its lead, or a manager. */
    public boolean mayManagePartnership(String lead) {
        return currentUser.id().map(me -> me.equals(lead)).orElse(false) || currentUser.has(Role.MANAGER);
    }

    /** Reading one's own notifications (the bell, the notifications page): everyone signed in. */
    public boolean mayReadNotifications() {
        return currentUser.id().isPresent();
    }

    /** Reading or marking read a notification: its recipient only, whatever their roles. */
    public boolean mayReadNotificationOf(String recipient) {
        return currentUser.id().map(me -> me.equals(recipient)).orElse(false);
    }

    /** Having a caseload of children's cases: Named Persons, Lead Professionals and managers. */
    public boolean mayHaveCaseload() {
        return currentUser.has(Role.NAMED_PERSON) || currentUser.has(Role.LEAD_PROFESSIONAL) || currentUser.has(Role.MANAGER);
    }

    /**
     * Overseeing children's cases (missed timescales, every case of an authority): managers. Which
     * cases is {@link #mayOverseeCasesOf}: each council's managers their own council's.
     */
    public boolean mayOverseeCases() {
        return currentUser.has(Role.MANAGER);
    }

    /**
     * Opening any child's case of the authority: its managers (members of its group). A regional
     * manager (a member of the regional group only) sees aggregates, never a council's child. A record
     * made before authorities were recorded has none, and stays with every manager until it is placed.
     */
    public boolean mayOverseeCasesOf(String authority) {
        return mayOverseeCases() && (authority == null || currentUser.groups().contains(authority));
    }

    /**
     * Giving a task to someone else whoever holds it, with a reason: the managers of the council its
     * record belongs to (any manager for a record that belongs to no council).
     */
    public boolean mayReallocate(String authority) {
        return mayOverseeCasesOf(authority);
    }

    /** The Establishments page: managers and administrators. Which authorities' is {@link #mayKeepEstablishmentsOf}. */
    public boolean mayKeepEstablishments() {
        return currentUser.has(Role.MANAGER) || currentUser.has(Role.ADMIN);
    }

    /**
     * Changing an authority's establishments, who is Named Person for them and who belongs to the
     * authority: administrators for every authority, managers for their own.
     */
    public boolean mayKeepEstablishmentsOf(String authority) {
        return currentUser.has(Role.ADMIN) || (currentUser.has(Role.MANAGER) && currentUser.groups().contains(authority));
    }

    /** The Holidays page: managers and administrators. Which councils' is {@link #mayKeepHolidaysOf}. */
    public boolean mayKeepHolidays() {
        return currentUser.has(Role.MANAGER) || currentUser.has(Role.ADMIN);
    }

    /**
     * Changing a council's local holidays and school holiday periods (which working-day timescales
     * skip for its children): administrators for every council, managers for their own.
     */
    public boolean mayKeepHolidaysOf(String authority) {
        return currentUser.has(Role.ADMIN) || (currentUser.has(Role.MANAGER) && currentUser.groups().contains(authority));
    }

    /** The Agencies page: managers and administrators. Which councils' is {@link #mayKeepAgenciesOf}. */
    public boolean mayKeepAgencies() {
        return currentUser.has(Role.MANAGER) || currentUser.has(Role.ADMIN);
    }

    /**
     * Changing a council's agencies (the health, social work, police... services that join teams around
     * children), their practitioners and their managers: administrators for every council, managers for their own.
     */
    public boolean mayKeepAgenciesOf(String authority) {
        return currentUser.has(Role.ADMIN) || (currentUser.has(Role.MANAGER) && currentUser.groups().contains(authority));
    }

    /**
     * Answering an agency's invitation to the team around a child (accepting, naming who joins, or
     * declining), asked inside the engine command: the agency's own practitioners only, that is the
     * members of its engine group {@code agencyGroup}. Someone of another agency is refused whichever door they use.
     */
    public boolean mayAnswerForAgency(String agencyGroup, String person) {
        return agencyGroup != null && people.isMember(person, agencyGroup);
    }

    // --- A child's case ---

    /**
     * What the policy needs to know of a child's case. {@code escalated} (the case went to child
     * protection) is asked only when the answer depends on it: it may need a look in the chronology.
     * {@code authority} is the child's council and {@code establishmentNamedPersons} the engine group
     * of the Named Persons of the child's establishment (either null for a record not yet placed).
     */
    public record Case(String raisedBy, String namedPerson, String leadProfessional, BooleanSupplier escalated,
                       String processInstanceId, String authority, String establishmentNamedPersons,
                       Function<String, HandedOn> handedOn, Supplier<Team> team) {

        /**
         * The same case with whoever still reads it for a while after handing it on counted as no
         * longer part of it: what they may not do in that while (add to it, take the family its plan).
         */
        public Case withHandedOnReadingEnded() {
            return new Case(raisedBy, namedPerson, leadProfessional, escalated, processInstanceId, authority, establishmentNamedPersons,
                    person -> handedOn.apply(person) == HandedOn.NO ? HandedOn.NO : HandedOn.NO_LONGER, team);
        }
    }

    /**
     * Who joined the team around the child for the agencies that accepted: the practitioners who joined
     * (users), and the engine groups of those agencies' managers.
     */
    public record Team(Set<String> practitioners, Set<String> agencyManagerGroups) {
        public static final Team NONE = new Team(Set.of(), Set.of());
    }

    /**
     * Whether a person handed the case on (a change of Named Person or Lead Professional, a transfer):
     * they read it for a configured period ({@code STILL_READING}), after which the tasks they worked
     * give them no part in it ({@code NO_LONGER}).
     */
    public enum HandedOn { NO, STILL_READING, NO_LONGER }

    /**
     * Opening a child's case: whoever raised the concern, and everyone who works on it
     * ({@link #worksOnCase}).
     */
    public boolean maySeeCase(Case concern) {
        String me = currentUser.id().orElse(null);
        return me != null && (me.equals(concern.raisedBy()) || worksOnCase(concern));
    }

    /**
     * Any part in the case beyond having raised it: the managers of the child's authority, its Named
     * Person, the Named Persons of the child's establishment, its Lead Professional,
     * child protection once it is escalated, the practitioner who joined for an agency and that agency's
     * managers, and anyone who has worked or is offered one of its tasks except an agency's invitation
     * ({@link #INVITATION_TASK}: deciding whether to join opens nothing). They see the child's record, not only what the raiser typed.
     */
    public boolean worksOnCase(Case concern) {
        String me = currentUser.id().orElse(null);
        if (me == null) {
            return false;
        }
        if (mayOverseeCasesOf(concern.authority())) {
            return true;
        }
        if (me.equals(concern.namedPerson()) || me.equals(concern.leadProfessional())) {
            return true;
        }
        // The child's own Named Persons: whoever is Named Person for the child's establishment now.
        if (concern.establishmentNamedPersons() != null && currentUser.groups().contains(concern.establishmentNamedPersons())) {
            return true;
        }
        if (currentUser.has(Role.CHILD_PROTECTION) && concern.escalated().getAsBoolean()) {
            return true;
        }
        HandedOn handedOn = concern.handedOn().apply(me);
        if (handedOn == HandedOn.STILL_READING) {
            return true;
        }
        // An agency that joined: the practitioner who joined for it, and its managers.
        Team team = concern.team().get();
        if (team.practitioners().contains(me) || currentUser.groups().stream().anyMatch(team.agencyManagerGroups()::contains)) {
            return true;
        }
        String process = concern.processInstanceId();
        if (process == null) {
            return false;
        }
        // Tasks worked or offered, except an agency's invitation: deciding whether to join opens nothing.
        if (handedOn == HandedOn.NO && history.createHistoricTaskInstanceQuery().processInstanceId(process).taskAssignee(me).count()
                > history.createHistoricTaskInstanceQuery().processInstanceId(process).taskAssignee(me).taskDefinitionKey(INVITATION_TASK).count()) {
            return true;
        }
        return offeredTasks(process, me).count() > offeredTasks(process, me).taskDefinitionKey(INVITATION_TASK).count();
    }

    private TaskQuery offeredTasks(String process, String me) {
        TaskQuery offered = tasks.createTaskQuery().processInstanceId(process).or().taskAssignee(me);
        List<String> groups = currentUser.groups();
        if (!groups.isEmpty()) {
            offered = offered.taskCandidateGroupIn(groups);
        }
        return offered.endOr();
    }

    /**
     * Opening a child's record (the child page: all their concerns, one chronology, parents and carers)
     * and correcting it: whoever works on at least one of the child's cases. Having only raised a
     * concern is not enough: a raiser keeps their case page, with the child as they typed them.
     */
    public boolean maySeeChildRecord(List<Case> childsCases) {
        return childsCases.stream().anyMatch(this::worksOnCase);
    }

    /**
     * Adding to a child's case (a chronology note): whoever may open it, except someone who only reads
     * it for a while after handing it on.
     */
    public boolean mayAddToCase(Case concern) {
        return maySeeCase(concern.withHandedOnReadingEnded());
    }

    /**
     * Asking for a change of the child's Named Person or school, or proposing a transfer to another
     * council: the case's Named Person, a Named Person of the child's establishment, or a manager of the
     * child's council.
     */
    public boolean mayChangeNamedPerson(Case concern) {
        String me = currentUser.id().orElse(null);
        return me != null && (me.equals(concern.namedPerson()) || mayOverseeCasesOf(concern.authority())
                || (concern.establishmentNamedPersons() != null && currentUser.groups().contains(concern.establishmentNamedPersons())));
    }

    /**
     * Taking the Child's Plan to the family (its PDF and printable page): the team that works on the
     * case now ({@link #worksOnCase}). Whoever only raised the concern, or still reads the case for a
     * while after handing it on, does not hand the family their plan.
     */
    public boolean mayTakeFamilyPlan(Case concern) {
        return worksOnCase(concern.withHandedOnReadingEnded());
    }

    /** Asking for a change of Lead Professional: the case's coordinator (its Lead Professional), its Named Person, or a manager of the child's council. */
    public boolean mayChangeLeadProfessional(Case concern) {
        String me = currentUser.id().orElse(null);
        return me != null && (me.equals(concern.leadProfessional()) || me.equals(concern.namedPerson())
                || mayOverseeCasesOf(concern.authority()));
    }

    /**
     * Recording that consent to share was withdrawn (issue 18): the case's Named Person or its Lead
     * Professional, who hold the family's consent; not a manager, who was not given it.
     */
    public boolean mayWithdrawConsent(Case concern) {
        String me = currentUser.id().orElse(null);
        return me != null && (me.equals(concern.namedPerson()) || me.equals(concern.leadProfessional()));
    }

    // --- Team-around-the-child meetings (issue 18) ---

    /** Recording team-around-the-child meetings at all: Lead Professionals and Named Persons (which case: {@link #mayRecordMeetingOn}). */
    public boolean mayRecordMeetings() {
        return currentUser.has(Role.LEAD_PROFESSIONAL) || currentUser.has(Role.NAMED_PERSON);
    }

    /**
     * Recording a meeting of this case: whoever coordinates it, its Lead Professional, or its Named
     * Person while the Named Person leads it ({@code ledByNamedPerson}: a single-agency plan, or a case
     * stepped down to universal support).
     */
    public boolean mayRecordMeetingOn(Case concern, boolean ledByNamedPerson) {
        String me = currentUser.id().orElse(null);
        return me != null && mayRecordMeetings()
                && me.equals(ledByNamedPerson ? concern.namedPerson() : concern.leadProfessional());
    }

    /**
     * Changing a case's Child's Plan between reviews (the plan editor's draft, agreed at the review):
     * its Lead Professional; while it has none (a single-agency plan), its Named Person.
     */
    public boolean mayEditChildsPlan(Case concern) {
        String me = currentUser.id().orElse(null);
        return me != null && me.equals(concern.leadProfessional() != null ? concern.leadProfessional() : concern.namedPerson());
    }

    /**
     * Noting progress on an action of a case's Child's Plan: of those who may add to the case
     * ({@link #mayAddToCase}), its Lead Professional and its Named Person on any action, anyone else
     * (an agency's joined practitioner, say) only on an action they own ({@code ownsAction}).
     */
    public boolean mayNoteChildsPlanProgress(Case concern, boolean ownsAction) {
        String me = currentUser.id().orElse(null);
        boolean coordinates = me != null && (me.equals(concern.leadProfessional()) || me.equals(concern.namedPerson()));
        return (coordinates || ownsAction) && mayAddToCase(concern);
    }

    // --- Processes and tasks, asked inside engine commands about the engine's user ---

    /** Starting a process: one of the person's groups is among its candidate starters. */
    public boolean mayStart(ProcessDefinition process, String person) {
        return repository.createProcessDefinitionQuery().processDefinitionId(process.getId()).startableByUser(person).count() > 0;
    }

    /** Holding a task: it is offered to the person (a candidate user, or in a candidate group), whoever holds it now. */
    public boolean mayHold(String taskId, String person) {
        return tasks.createTaskQuery().taskId(taskId).taskCandidateUser(person).includeAssignedTasks().count() > 0;
    }

    /**
     * Learning that a task exists and who holds it: the person holds it or it is offered to them. Both
     * queries run whatever the first finds, so the answer for a task that exists takes as long as for
     * one that does not.
     */
    public boolean maySeeTask(String taskId, String person) {
        boolean holds = tasks.createTaskQuery().taskId(taskId).taskAssignee(person).count() > 0;
        boolean offered = mayHold(taskId, person);
        return holds | offered;
    }

    /** Completing a task: its holder; while nobody holds it, someone it is offered to. */
    public boolean mayComplete(Task task, String person) {
        return task.getAssignee() != null ? task.getAssignee().equals(person) : mayHold(task.getId(), person);
    }

    /**
     * Claiming a task: only for oneself, and a task nobody holds only if it is offered to one (a task
     * someone holds the engine refuses as already claimed).
     */
    public boolean mayClaim(Task task, String claimant, String person) {
        return claimant.equals(person) && (task == null || task.getAssignee() != null || mayHold(task.getId(), person));
    }

    /**
     * Changing who holds a task, owns it or is offered it (hand over, give back, delegate): the same
     * people as may complete it, that is its holder, or while nobody holds it someone it is offered to.
     */
    public boolean mayHandOver(Task task, String person) {
        return mayComplete(task, person);
    }

    /** Being handed a task by the person: oneself, or a colleague it is offered to. */
    public boolean mayBeHandedTo(Task task, String newHolder, String person) {
        return newHolder.equals(person) || mayHold(task.getId(), newHolder);
    }
}
