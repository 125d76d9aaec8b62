package org.partnerflow.partnership;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.partnerflow.identity.Refusals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.partnerflow.workflow.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of partner organisations. Each organisation has an engine group; its members are the
 * people who answer for it in partnership tasks (confirming roles, agreeing protocols, rating).
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class PartnerRegister {

    /** The engine group type of organisations, so Camunda Admin tells them apart from roles. */
    public static final String GROUP_TYPE = "organisation";

    private final PartnerOrganisations organisations;
    private final IdentityService identityService;
    private final Clock clock;

    PartnerRegister(PartnerOrganisations organisations, IdentityService identityService, Clock clock) {
        this.organisations = organisations;
        this.identityService = identityService;
        this.clock = clock;
    }

    public List<PartnerOrganisation> all() {
        return organisations.findAllByOrderByNameAsc();
    }

    public Optional<PartnerOrganisation> find(long id) {
        return organisations.findById(id);
    }

    /**
     * Adds an organisation to the register, with its engine group.
     *
     * @throws Refusal with a message for the person if a detail is missing or it is already registered
     */
    @Transactional
    @PreAuthorize("@permissions.mayRegisterPartners()")
    public PartnerOrganisation register(String name, OrganisationKind kind, String localAuthority) {
        return add(name, kind, localAuthority);
    }

    /** Adds without asking who is signed in: for the register's own set-up (the demo organisations). */
    PartnerOrganisation add(String name, OrganisationKind kind, String localAuthority) {
        String cleanName = name == null ? "" : name.strip();
        String cleanAuthority = localAuthority == null ? "" : localAuthority.strip();
        if (cleanName.length() < 2 || cleanName.length() > 200) {
            throw new Refusal("The organisation's name needs between 2 and 200 characters.");
        }
        if (kind == null) {
            throw new Refusal("Choose what kind of organisation it is.");
        }
        if (cleanAuthority.isEmpty() || cleanAuthority.length() > 100) {
            throw new Refusal("Name the local authority (up to 100 characters).");
        }
        if (organisations.existsByNameIgnoreCaseAndLocalAuthorityIgnoreCase(cleanName, cleanAuthority)) {
            throw new Refusal(cleanName + " (" + cleanAuthority + ") is already in the register.");
        }
        PartnerOrganisation organisation = organisations.save(new PartnerOrganisation(cleanName, kind, cleanAuthority,
                PartnerOrganisation.PENDING_GROUP + UUID.randomUUID(), clock.instant()));
        String groupId = PartnerOrganisation.GROUP_PREFIX + organisation.getId();
        organisation.assignGroup(groupId);
        Group group = identityService.newGroup(groupId);
        group.setName(cleanName);
        group.setType(GROUP_TYPE);
        identityService.saveGroup(group);
        return organisation;
    }

    /** Makes the person one of those who answer for the organisation. */
    @Transactional
    public void addPerson(long organisationId, String userId) {
        PartnerOrganisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new Refusal("No organisation " + organisationId + " in the register."));
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new Refusal("There is no user '" + userId + "'.");
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(organisation.getGroupId()).count() == 0) {
            identityService.createMembership(userId, organisation.getGroupId());
        }
    }

    public List<String> peopleOf(PartnerOrganisation organisation) {
        return identityService.createUserQuery().memberOfGroup(organisation.getGroupId()).orderByUserId().asc().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .map(org.camunda.bpm.engine.identity.User::getId).toList();
    }

    /** The register as options for a form's checklist ({@code valuesKey}): label the name, value the id. */
    public List<Map<String, String>> asOptions() {
        return all().stream().map(o -> Map.of("label", o.getName() + " (" + Words.of(o.getKind()) + ", " + o.getLocalAuthority() + ")",
                "value", String.valueOf(o.getId()))).toList();
    }

    Optional<PartnerOrganisation> ofGroup(String groupId) {
        return organisations.findByGroupId(groupId);
    }
}
