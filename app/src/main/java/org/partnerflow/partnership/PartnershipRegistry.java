package org.partnerflow.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import jakarta.persistence.criteria.Predicate;
import org.partnerflow.identity.Permissions;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership register and pages: partnerships filtered by type, status and local authority, a
 * partnership's whole file, an organisation's partnerships, and the lead's follow-up of an action.
 * Partnerships hold no child's data, so every signed-in person may read them; only the lead or a
 * manager changes them.
 */
@Service
public class PartnershipRegistry {

    private final Partnerships partnerships;
    private final PartnershipMembers members;
    private final PartnerOrganisations organisations;
    private final DataSharingProtocols protocols;
    private final DataSharingAnswers answers;
    private final PartnershipMeetings meetings;
    private final PartnershipActions actions;
    private final PartnershipEvaluations evaluations;
    private final PrincipleRatings ratings;
    private final IndicatorValues indicatorValues;
    private final Permissions permissions;
    private final Clock clock;

    PartnershipRegistry(Partnerships partnerships, PartnershipMembers members, PartnerOrganisations organisations,
                        DataSharingProtocols protocols, DataSharingAnswers answers, PartnershipMeetings meetings,
                        PartnershipActions actions, PartnershipEvaluations evaluations, PrincipleRatings ratings,
                        IndicatorValues indicatorValues, Permissions permissions, Clock clock) {
        this.partnerships = partnerships;
        this.members = members;
        this.organisations = organisations;
        this.protocols = protocols;
        this.answers = answers;
        this.meetings = meetings;
        this.actions = actions;
        this.evaluations = evaluations;
        this.ratings = ratings;
        this.indicatorValues = indicatorValues;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The partnership a partnership process records, such as the one just proposed. */
    @Transactional(readOnly = true)
    public Optional<Long> partnershipOf(String processInstanceId) {
        return partnerships.findByProcessInstanceId(processInstanceId).map(Partnership::getId);
    }

    /** Whether the register holds this partnership: an improvement project may name one it belongs to. */
    @Transactional(readOnly = true)
    public boolean exists(long partnershipId) {
        return partnerships.findById(partnershipId).isPresent();
    }

    /** The register, filtered by whichever of type, status and local authority are given (null: any). */
    @Transactional(readOnly = true)
    public List<Partnership> register(PartnershipType type, Partnership.Status status, String localAuthority) {
        // Built as criteria, not JPQL with "is null" on parameters: PostgreSQL cannot type a null parameter.
        Specification<Partnership> filters = (root, query, cb) -> {
            List<Predicate> match = new java.util.ArrayList<>();
            if (type != null) {
                match.add(cb.equal(root.get("type"), type));
            }
            if (status != null) {
                match.add(cb.equal(root.get("status"), status));
            }
            if (localAuthority != null && !localAuthority.isBlank()) {
                match.add(cb.equal(cb.lower(root.get("localAuthority")), localAuthority.strip().toLowerCase(java.util.Locale.ROOT)));
            }
            return cb.and(match.toArray(Predicate[]::new));
        };
        return partnerships.findAll(filters, Sort.by("name", "id"));
    }

    public List<String> localAuthorities() {
        return partnerships.findLocalAuthorities();
    }

    @Transactional(readOnly = true)
    public Optional<PartnershipFile> open(long partnershipId) {
        return partnerships.findById(partnershipId).map(p -> {
            List<PartnershipMember> all = members.findByPartnershipIdOrderByIdAsc(p.getId());
            List<DataSharingProtocol> revisions = protocols.findByPartnershipIdOrderByRevisionDesc(p.getId());
            List<PartnershipEvaluation> cycles = evaluations.findByPartnershipIdOrderByCycleAsc(p.getId());
            return new PartnershipFile(p, all, byId(all.stream().map(PartnershipMember::getOrganisationId).toList()), revisions,
                    revisions.isEmpty() ? List.of() : answers.findByProtocolIdOrderByAnsweredAtAsc(revisions.get(0).getId()),
                    meetings.findByPartnershipIdOrderByNumberAsc(p.getId()), actions.findByPartnershipIdOrderByDueOnAscIdAsc(p.getId()),
                    cycles, cycles.isEmpty() ? List.of() : ratings.findByEvaluationIdIn(ids(cycles)),
                    cycles.isEmpty() ? List.of() : indicatorValues.findByEvaluationIdIn(ids(cycles)));
        });
    }

    /** An organisation's partnerships, with its row in each (current and past contacts). */
    @Transactional(readOnly = true)
    public Map<Partnership, List<PartnershipMember>> partnershipsOf(long organisationId) {
        List<PartnershipMember> rows = members.findByOrganisationIdOrderByIdAsc(organisationId);
        Set<Long> ids = rows.stream().map(PartnershipMember::getPartnershipId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, Partnership> byId = ids.stream().map(partnerships::findById).flatMap(Optional::stream)
                .collect(Collectors.toMap(Partnership::getId, Function.identity()));
        return rows.stream().filter(r -> byId.containsKey(r.getPartnershipId())).collect(Collectors.groupingBy(
                r -> byId.get(r.getPartnershipId()), java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** Whether the signed-in person may change this partnership's records: its lead or a manager. */
    public boolean mayManage(Partnership partnership) {
        return permissions.mayManagePartnership(partnership.getLead());
    }

    /**
     * Marks an action done with a note, as seen at {@code seenVersion}.
     *
     * @throws StaleRecordException if someone changed the action meanwhile
     */
    @Transactional
    public PartnershipAction markDone(long actionId, long seenVersion, String note) {
        PartnershipAction action = actions.findById(actionId)
                .orElseThrow(() -> new Refusal("That action no longer exists."));
        Partnership partnership = partnerships.findById(action.getPartnershipId()).orElseThrow();
        if (!mayManage(partnership)) {
            throw new AuthorizationException("Only the partnership's lead or a manager follows up its actions here.");
        }
        if (action.getVersion() != seenVersion) {
            throw new StaleRecordException("action", seenVersion, action.getVersion());
        }
        if (action.getStatus() == PartnershipAction.Status.DONE) {
            throw new Refusal("That action is already done.");
        }
        if (note == null || note.isBlank() || note.length() > 4000) {
            throw new Refusal("Say how the action was followed up (up to 4,000 characters).");
        }
        action.done(LocalDate.now(clock), note.strip());
        return action;
    }

    private static List<Long> ids(List<PartnershipEvaluation> cycles) {
        return cycles.stream().map(PartnershipEvaluation::getId).toList();
    }

    private Map<Long, PartnerOrganisation> byId(Collection<Long> ids) {
        return organisations.findByIdIn(ids).stream().collect(Collectors.toMap(PartnerOrganisation::getId, Function.identity()));
    }
}
