package org.partnerflow.agency;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnerflow.establishment.Authority;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.EngineGroupMembers;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.form.FormValidator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each council's agencies (the services that join teams around children) and their people: the
 * practitioners who answer the agency's invitations and may join a team, and the managers who see the
 * cases it joined. A council's managers keep their own council's, administrators every council's
 * (the Agencies page).
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class AgencyRegister {

    private final Agencies agencies;
    private final EstablishmentRegister councils;
    private final People people;
    private final EngineGroupMembers members;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgencyRegister(Agencies agencies, EstablishmentRegister councils, People people, EngineGroupMembers members, Permissions permissions,
                   CurrentUser currentUser, Clock clock) {
        this.agencies = agencies;
        this.councils = councils;
        this.people = people;
        this.members = members;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- Reading: reference data anyone signed in may read (no child's data here) ---

    public List<Agency> all() {
        return agencies.findAllByOrderByAuthorityCodeAscNameAsc();
    }

    public List<Agency> of(String authorityCode) {
        return authorityCode == null ? List.of() : agencies.findByAuthorityCodeOrderByNameAsc(authorityCode);
    }

    public Optional<Agency> find(String code) {
        return code == null ? Optional.empty() : agencies.findByCode(code);
    }

    /**
     * A council's open agencies as a form's options ({@code valuesKey}): "Name (kind)" and the code.
     * The agencies a child's team may invite are the child's council's.
     */
    public List<Map<String, String>> asOptions(String authorityCode) {
        return of(authorityCode).stream().filter(a -> !a.isClosed())
                .map(a -> Map.of("label", a.getName() + " (" + Words.of(a.getKind()) + ")", "value", a.getCode()))
                .sorted(Comparator.comparing(o -> o.get("label")))
                .toList();
    }

    /** Those who answer the agency's invitations and may join a team for it, by last name. */
    public List<People.Person> practitionersOf(Agency agency) {
        return members.of(agency.practitionerGroup());
    }

    /** The agency's practitioners as a form's options: full name and user id. */
    public List<Map<String, String>> practitionerOptions(Agency agency) {
        return practitionersOf(agency).stream().map(p -> Map.of("label", p.name(), "value", p.id())).toList();
    }

    public List<People.Person> managersOf(Agency agency) {
        return members.of(agency.managerGroup());
    }

    /** Whether the person is one of the agency's practitioners now. */
    public boolean isPractitionerOf(Agency agency, String userId) {
        return people.isMember(userId, agency.practitionerGroup());
    }

    /** The councils, each of which has agencies of its own (the region has none). */
    public List<Authority> councils() {
        return councils.councils();
    }

    /** The councils whose agencies the signed-in person may change. */
    public List<Authority> keptByMe() {
        return councils.councils().stream().filter(a -> permissions.mayKeepAgenciesOf(a.getCode())).toList();
    }

    public boolean mayKeep(String authorityCode) {
        return permissions.mayKeepAgenciesOf(authorityCode);
    }

    // --- Changing: managers of the council, administrators ---

    /**
     * Adds an agency to a council, with its two engine groups.
     *
     * @throws Refusal with the reason in words if a detail is missing, it exists, or it is not the person's council
     */
    @Transactional
    @PreAuthorize("@permissions.mayKeepAgencies()")
    public Agency add(String authorityCode, String name, AgencyKind kind) {
        Authority council = keptCouncil(authorityCode);
        String clean = checkedName(name, kind);
        if (agencies.existsByAuthorityCodeAndNameIgnoreCase(council.getCode(), clean)) {
            throw new Refusal(council.getName() + " already has an agency called " + clean + ".");
        }
        return create(council.getCode(), clean, kind, currentUser.requireId());
    }

    /** Adds without asking who is signed in: for set-up and tests. */
    Agency create(String authorityCode, String name, AgencyKind kind, String by) {
        Agency made = agencies.save(new Agency(freeCode(name), name, kind, authorityCode, by, clock.instant()));
        ensureGroups(made);
        return made;
    }

    void ensureGroups(Agency agency) {
        members.ensure(agency.practitionerGroup(), agency.getName(), Agency.GROUP_TYPE);
        members.ensure(agency.managerGroup(), "Managers, " + agency.getName(), Agency.MANAGER_GROUP_TYPE);
    }

    /**
     * Renames an agency, changes its kind, or closes or reopens it. A closed agency is no longer offered
     * for invitations; the teams it joined keep it.
     *
     * @param seenVersion the version the person edited: a change made meanwhile is refused, not overwritten
     */
    @Transactional
    @PreAuthorize("@permissions.mayKeepAgencies()")
    public Agency change(String code, String name, AgencyKind kind, boolean closed, long seenVersion) {
        Agency agency = kept(code);
        if (agency.getVersion() != seenVersion) {
            throw changedMeanwhile(agency);
        }
        String clean = checkedName(name, kind);
        if (!clean.equalsIgnoreCase(agency.getName()) && agencies.existsByAuthorityCodeAndNameIgnoreCase(agency.getAuthorityCode(), clean)) {
            throw new Refusal("This council already has an agency called " + clean + ".");
        }
        agency.change(clean, kind, closed, currentUser.requireId(), clock.instant());
        try {
            return agencies.saveAndFlush(agency);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw changedMeanwhile(agency);
        }
    }

    /** Makes the person one of the agency's practitioners: they answer its invitations. */
    @Transactional
    @PreAuthorize("@permissions.mayKeepAgencies()")
    public void addPractitioner(String code, String userId) {
        members.add(userId, kept(code).practitionerGroup());
    }

    @Transactional
    @PreAuthorize("@permissions.mayKeepAgencies()")
    public void removePractitioner(String code, String userId) {
        members.remove(userId, kept(code).practitionerGroup());
    }

    /** Makes the person one of the agency's managers: they see the cases the agency joined. */
    @Transactional
    @PreAuthorize("@permissions.mayKeepAgencies()")
    public void addManager(String code, String userId) {
        members.add(userId, kept(code).managerGroup());
    }

    @Transactional
    @PreAuthorize("@permissions.mayKeepAgencies()")
    public void removeManager(String code, String userId) {
        members.remove(userId, kept(code).managerGroup());
    }

    private Authority keptCouncil(String code) {
        Authority council = councils.authority(code).filter(a -> !a.isRegional())
                .orElseThrow(() -> new Refusal("Choose a council: agencies belong to one."));
        if (!permissions.mayKeepAgenciesOf(council.getCode())) {
            throw new Refusal("Only " + council.getName() + "'s managers or an administrator can change its agencies.");
        }
        return council;
    }

    private Agency kept(String code) {
        Agency agency = find(code).orElseThrow(() -> new Refusal("There is no such agency."));
        keptCouncil(agency.getAuthorityCode());
        return agency;
    }

    private static String checkedName(String name, AgencyKind kind) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.length() < 3 || clean.length() > 200) {
            throw new Refusal("The agency's name needs between 3 and 200 characters.");
        }
        if (FormValidator.hasUnstorableCharacters(clean)) {
            throw new Refusal("The agency's name cannot contain control characters or text-direction overrides.");
        }
        if (kind == null) {
            throw new Refusal("Choose what kind of service the agency is.");
        }
        return clean;
    }

    private static Refusal changedMeanwhile(Agency agency) {
        return new Refusal(agency.getName() + " was changed by someone else meanwhile. Reload to see the change, then make yours.");
    }

    /** A code made from the name ("Includem (Glasgow)" → includem-glasgow), numbered if taken. */
    private String freeCode(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "agency";
        }
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        String code = base;
        for (int n = 2; agencies.existsByCode(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
