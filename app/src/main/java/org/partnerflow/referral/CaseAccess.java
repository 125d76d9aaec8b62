package org.partnerflow.referral;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerflow.agency.Agency;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.establishment.Establishment;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens children's records for the people on the case, as {@link Permissions#maySeeCase} decides:
 * whoever raised the concern, the Named Person, the Lead Professional, anyone who has worked or is
 * offered one of its tasks (but an agency's invitation opens nothing), the practitioner who joined for
 * an agency and that agency's managers, the Named Persons of the child's
 * establishment, child protection once the case was escalated, and the managers of the child's authority. Every opening and every refusal is written to the access log. What each of
 * them is shown of the child follows from the same policy ({@link #childAsSeen}): whoever only raised
 * the concern sees the child as they typed them.
 */
@Service
public class CaseAccess {

    /** The record type in the access log. */
    public static final String RECORD_TYPE = "child-case";

    private final WellbeingConcerns concerns;
    private final ChronologyEntries chronology;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AccessLog accessLog;
    private final FormerCaseAccesses formerAccess;
    private final TeamMembers team;
    private final Clock clock;

    public CaseAccess(WellbeingConcerns concerns, ChronologyEntries chronology, CurrentUser currentUser, Permissions permissions,
                      AccessLog accessLog, FormerCaseAccesses formerAccess, TeamMembers team, Clock clock) {
        this.team = team;
        this.formerAccess = formerAccess;
        this.clock = clock;
        this.concerns = concerns;
        this.chronology = chronology;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.accessLog = accessLog;
    }

    /**
     * Opens a case for the signed-in person in a view, logging it.
     *
     * @throws NoAccessException if they are not on the case (or it does not exist: the two look the same)
     */
    @Transactional(readOnly = true)
    public WellbeingConcern open(long concernId, String view) {
        return opened(concernId, view, this::mayOpen);
    }

    /**
     * Opens a case to change its record (correct the chronology), for those who work on it: whoever only
     * raised the concern may read the case but not correct it. Logged like {@link #open}.
     *
     * @throws NoAccessException if they do not work on the case
     */
    @Transactional(readOnly = true)
    public WellbeingConcern openToWork(long concernId, String view) {
        return opened(concernId, view, this::worksOn);
    }

    /** The case if the rule lets the signed-in person have it; logged either way, and a missing case looks refused. */
    WellbeingConcern opened(long concernId, String view, java.util.function.Predicate<WellbeingConcern> rule) {
        String me = currentUser.requireId();
        Optional<WellbeingConcern> concern = concerns.findById(concernId);
        boolean granted = concern.map(rule::test).orElse(false);
        accessLog.record(me, RECORD_TYPE, concernId, view, granted);
        if (!granted) {
            throw new NoAccessException();
        }
        return concern.get();
    }

    /** Something the signed-in person asked to do on the case was refused: in the access log, like a refused opening. */
    void refusedOn(WellbeingConcern concern, String view) {
        accessLog.record(currentUser.requireId(), RECORD_TYPE, concern.getId(), view, false);
    }

    /** Whether the signed-in person works on the case ({@link Permissions#worksOnCase}), not only raised it. */
    public boolean worksOn(WellbeingConcern concern) {
        return permissions.worksOnCase(asCase(concern));
    }

    public boolean mayOpen(WellbeingConcern concern) {
        return permissions.maySeeCase(asCase(concern));
    }

    /** Whether the signed-in person may add to the case: not someone who only reads it after handing it on. */
    public boolean mayAddTo(WellbeingConcern concern) {
        return permissions.mayAddToCase(asCase(concern));
    }

    /**
     * The child as the signed-in person may see them on this case: the child's record for those who
     * work on the case (its Named Person, Lead Professional, team, managers...), but for someone whose
     * only part in it is having raised the concern, exactly what they typed, before and after their
     * concern joins a recorded child: matching never shows a raiser what they did not enter.
     */
    public ChildDetails childAsSeen(WellbeingConcern concern) {
        return permissions.worksOnCase(asCase(concern)) ? concern.getChild().details() : concern.getChildAsEntered();
    }

    /** Whether the signed-in person may open any case of the recorded child: who may confirm that another concern is theirs. */
    @Transactional(readOnly = true)
    public boolean mayOpenAnyCaseOf(long childId) {
        return concerns.findByChildId(childId, PageRequest.of(0, 200)).stream().anyMatch(this::mayOpen);
    }

    /**
     * The case as the policy needs to know it; whether it was escalated, and whether the person handed
     * it on ({@link ChangesOfHands}), are looked up only if asked.
     */
    Permissions.Case asCase(WellbeingConcern concern) {
        return new Permissions.Case(concern.getRaisedBy(), concern.getNamedPerson(), concern.getLeadProfessional(),
                () -> concern.isImmediateRisk()
                        || chronology.existsByConcernIdAndKind(concern.getId(), ChronologyEntry.Kind.CHILD_PROTECTION_ESCALATION),
                concern.getProcessInstanceId(), concern.getChild().getAuthorityCode(),
                Establishment.namedPersonGroupOf(concern.getChild().getEstablishmentCode()),
                person -> formerAccess.findFirstByConcernIdAndPersonOrderByIdDesc(concern.getId(), person)
                        .map(f -> f.getReadUntil().isAfter(clock.instant()) ? Permissions.HandedOn.STILL_READING : Permissions.HandedOn.NO_LONGER)
                        .orElse(Permissions.HandedOn.NO),
                () -> joinedTeam(concern));
    }

    /** The agencies that accepted: who joined for them (a user, not an outside contact), and their managers' groups. */
    private Permissions.Team joinedTeam(WellbeingConcern concern) {
        List<TeamMember> accepted = team.findByConcernIdAndStatus(concern.getId(), TeamMember.Status.ACCEPTED);
        return new Permissions.Team(
                accepted.stream().map(TeamMember::getPractitionerUserId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()),
                accepted.stream().map(TeamMember::getAgencyCode).filter(java.util.Objects::nonNull).map(Agency::managerGroupOf)
                        .collect(Collectors.toSet()));
    }

    /** A case in a list, with the child as the signed-in person may see them. */
    public record ListedCase(WellbeingConcern concern, ChildDetails child) {
    }

    /** A missed timescale on an open case, for managers' oversight. */
    public record TimescaleAlert(WellbeingConcern concern, ChronologyEntry entry) {
    }

    /**
     * The latest missed timescales on cases still open: where the process's escalation timers alert
     * managers, each their own authority's cases; anyone else gets none.
     */
    @Transactional(readOnly = true)
    public List<TimescaleAlert> missedTimescales() {
        if (!permissions.mayOverseeCases()) {
            return List.of();
        }
        return chronology.findTop100ByKindOrderByOccurredAtDescIdDesc(ChronologyEntry.Kind.TIMESCALE_MISSED).stream()
                .map(entry -> concerns.findById(entry.getConcernId())
                        .filter(c -> c.getStage() != CaseStage.CLOSED)
                        .filter(c -> permissions.mayOverseeCasesOf(c.getChild().getAuthorityCode()))
                        .map(c -> new TimescaleAlert(c, entry)))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Whether the signed-in person has open cases of their own (as Named Person, Lead Professional, or
     * the practitioner who joined for an agency), whatever their role: then My caseload is theirs too.
     */
    @Transactional(readOnly = true)
    public boolean hasOpenCases() {
        return currentUser.id().map(me -> !concerns.findCaseload(me, PageRequest.of(0, 1)).isEmpty()).orElse(false);
    }

    /** The signed-in person's open cases as Named Person, Lead Professional or the practitioner who joined for an agency. */
    @Transactional(readOnly = true)
    public List<ListedCase> caseload() {
        String me = currentUser.requireId();
        return concerns.findCaseload(me, PageRequest.of(0, 200)).stream().map(c -> new ListedCase(c, childAsSeen(c))).toList();
    }

    /**
     * Children's cases matching the text that the signed-in person may open; never anyone else's, and
     * matched only on the details that person is shown (a raiser finds their case by what they typed,
     * not by a number the child's record holds).
     */
    @Transactional(readOnly = true)
    public List<ListedCase> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String needle = text.trim().toLowerCase();
        return concerns.findByChildName(needle, PageRequest.of(0, 200)).stream()
                .filter(this::mayOpen)
                .map(c -> new ListedCase(c, childAsSeen(c)))
                .filter(listed -> listed.child().fullName().toLowerCase().contains(needle) || needle.equals(listed.child().candidateNumber()))
                .limit(50)
                .toList();
    }
}
