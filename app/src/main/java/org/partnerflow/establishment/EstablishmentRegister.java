package org.partnerflow.establishment;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.EngineGroupMembers;
import org.partnerflow.workflow.Refusal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorities and their establishments, and who is who in them: members of each authority,
 * Named Persons of each establishment, each authority's Named Person coordinators. Managers keep
 * their own authority's, administrators every authority's (the Establishments page).
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class EstablishmentRegister {

    private final Authorities authorities;
    private final Establishments establishments;
    private final People people;
    private final EngineGroupMembers members;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    EstablishmentRegister(Authorities authorities, Establishments establishments, People people, EngineGroupMembers members,
                          Permissions permissions, CurrentUser currentUser, Clock clock) {
        this.authorities = authorities;
        this.establishments = establishments;
        this.people = people;
        this.members = members;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- Reading: reference data anyone signed in may read (no child's data here) ---

    /** The councils, then the regional collaborative. */
    public List<Authority> authorities() {
        return authorities.findAllByOrderByRegionalAscNameAsc();
    }

    /** The councils: those a child and an establishment may belong to. */
    public List<Authority> councils() {
        return authorities().stream().filter(a -> !a.isRegional()).toList();
    }

    public Optional<Authority> authority(String code) {
        return code == null ? Optional.empty() : authorities.findById(code);
    }

    public List<Establishment> all() {
        return establishments.findAllByOrderByAuthorityCodeAscNameAsc();
    }

    public List<Establishment> of(Authority authority) {
        return establishments.findByAuthorityCodeOrderByNameAsc(authority.getCode());
    }

    public Optional<Establishment> find(String code) {
        return code == null ? Optional.empty() : establishments.findByCode(code);
    }

    /** The open establishments as a form's select options ({@code valuesKey}): "Name, Authority" and the code. */
    public List<Map<String, String>> asOptions() {
        Map<String, String> names = authorityNames();
        return all().stream().filter(e -> !e.isClosed())
                .map(e -> Map.of("label", e.getName() + ", " + names.get(e.getAuthorityCode()), "value", e.getCode()))
                .sorted(java.util.Comparator.comparing(o -> o.get("label")))
                .toList();
    }

    public Map<String, String> authorityNames() {
        Map<String, String> names = new java.util.HashMap<>();
        authorities.findAll().forEach(a -> names.put(a.getCode(), a.getName()));
        return names;
    }

    public List<People.Person> namedPersonsOf(Establishment establishment) {
        return members.of(establishment.namedPersonGroup());
    }

    public List<People.Person> membersOf(Authority authority) {
        return members.of(authority.memberGroup());
    }

    public List<People.Person> coordinatorsOf(Authority authority) {
        return members.of(authority.coordinatorGroup());
    }

    /**
     * To whom a child's Named Person assessment is offered: the Named Persons of the child's
     * establishment, or, while it has none, the Named Person coordinators of its authority.
     */
    public AssessmentRoute assessmentRoute(Establishment establishment) {
        String own = establishment.namedPersonGroup();
        if (people.hasMembers(own)) {
            return new AssessmentRoute(own, false);
        }
        return new AssessmentRoute(Authority.coordinatorGroupOf(establishment.getAuthorityCode()), true);
    }

    /** The engine group a task is offered to, and whether it is the authority's fallback. */
    public record AssessmentRoute(String group, boolean toCoordinators) {
    }

    /** The authorities whose establishments the signed-in person may change. */
    public List<Authority> keptByMe() {
        return councils().stream().filter(a -> permissions.mayKeepEstablishmentsOf(a.getCode())).toList();
    }

    public boolean mayKeep(String authorityCode) {
        return permissions.mayKeepEstablishmentsOf(authorityCode);
    }

    // --- Changing: managers of the authority, administrators ---

    /**
     * Adds an establishment to a council, with its Named Persons' engine group.
     *
     * @throws Refusal with the reason in words if a detail is missing, it exists, or it is not the person's authority
     */
    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public Establishment add(String authorityCode, String name, EstablishmentKind kind) {
        Authority authority = keptCouncil(authorityCode);
        String clean = checkedName(name, kind);
        if (establishments.existsByAuthorityCodeAndNameIgnoreCase(authority.getCode(), clean)) {
            throw new Refusal(authority.getName() + " already has an establishment called " + clean + ".");
        }
        return create(authority, clean, kind, currentUser.requireId());
    }

    /** Adds without asking who is signed in: for set-up (the demo establishments). */
    Establishment create(Authority authority, String name, EstablishmentKind kind, String by) {
        String code = freeCode(name);
        Establishment made = establishments.save(new Establishment(code, name, kind, authority.getCode(), by, clock.instant()));
        ensureGroup(made);
        return made;
    }

    /** The establishment's Named Persons' engine group, made if missing. */
    void ensureGroup(Establishment establishment) {
        members.ensure(establishment.namedPersonGroup(), "Named Persons, " + establishment.getName(), Establishment.GROUP_TYPE);
    }

    /** The authority's engine groups, made if missing: its members, and a council's Named Person coordinators. */
    void ensureGroups(Authority authority) {
        members.ensure(authority.memberGroup(), authority.getName(), Authority.GROUP_TYPE);
        if (!authority.isRegional()) {
            members.ensure(authority.coordinatorGroup(), "Named Person coordinators, " + authority.getName(), Authority.COORDINATOR_GROUP_TYPE);
        }
    }

    /**
     * Renames an establishment, changes its kind, or closes or reopens it.
     *
     * @param seenVersion the version the person edited: a change made meanwhile is refused, not overwritten
     */
    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public Establishment change(String code, String name, EstablishmentKind kind, boolean closed, long seenVersion) {
        Establishment establishment = kept(code);
        if (establishment.getVersion() != seenVersion) {
            throw changedMeanwhile(establishment);
        }
        String clean = checkedName(name, kind);
        if (!clean.equalsIgnoreCase(establishment.getName())
                && establishments.existsByAuthorityCodeAndNameIgnoreCase(establishment.getAuthorityCode(), clean)) {
            throw new Refusal("This authority already has an establishment called " + clean + ".");
        }
        establishment.rename(clean, kind, currentUser.requireId(), clock.instant());
        establishment.close(closed, currentUser.requireId(), clock.instant());
        try {
            return establishments.saveAndFlush(establishment);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw changedMeanwhile(establishment);
        }
    }

    /** Makes a Named Person (someone in the Named Person role) Named Person for the establishment too. */
    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public void appointNamedPerson(String code, String userId) {
        Establishment establishment = kept(code);
        members.addHolding(Role.NAMED_PERSON, userId, establishment.namedPersonGroup(), establishment.getAuthorityCode());
    }

    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public void removeNamedPerson(String code, String userId) {
        members.remove(userId, kept(code).namedPersonGroup());
    }

    /** Makes the person a member of the council (or, for administrators, of the region). */
    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public void addMember(String authorityCode, String userId) {
        members.add(userId, keptAuthority(authorityCode).memberGroup());
    }

    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public void removeMember(String authorityCode, String userId) {
        Authority authority = keptAuthority(authorityCode);
        if (userId != null && userId.equals(currentUser.requireId()) && !permissions.mayAdminister()) {
            throw new Refusal("You cannot take yourself out of your own authority: ask another manager or an administrator.");
        }
        members.remove(userId, authority.memberGroup());
        if (!authority.isRegional()) {
            members.remove(userId, authority.coordinatorGroup());
        }
    }

    /** Makes a Named Person of the council one of its Named Person coordinators. */
    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public void appointCoordinator(String authorityCode, String userId) {
        Authority authority = keptCouncil(authorityCode);
        members.addHolding(Role.NAMED_PERSON, userId, authority.memberGroup(), authority.coordinatorGroup());
    }

    @Transactional
    @PreAuthorize("@permissions.mayKeepEstablishments()")
    public void removeCoordinator(String authorityCode, String userId) {
        members.remove(userId, keptCouncil(authorityCode).coordinatorGroup());
    }

    private Authority keptAuthority(String code) {
        Authority authority = authority(code).orElseThrow(() -> new Refusal("There is no such authority."));
        boolean mine = authority.isRegional() ? permissions.mayAdminister() : permissions.mayKeepEstablishmentsOf(authority.getCode());
        if (!mine) {
            throw new Refusal("Only " + authority.getName() + "'s managers or an administrator can change this.");
        }
        return authority;
    }

    private Authority keptCouncil(String code) {
        Authority authority = keptAuthority(code);
        if (authority.isRegional()) {
            throw new Refusal("The region has no establishments or Named Persons of its own: choose a council.");
        }
        return authority;
    }

    private Establishment kept(String code) {
        Establishment establishment = find(code).orElseThrow(() -> new Refusal("There is no such establishment."));
        keptCouncil(establishment.getAuthorityCode());
        return establishment;
    }

    private static String checkedName(String name, EstablishmentKind kind) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.length() < 3 || clean.length() > 200) {
            throw new Refusal("The establishment's name needs between 3 and 200 characters.");
        }
        if (org.partnerflow.workflow.form.FormValidator.hasUnstorableCharacters(clean)) {
            throw new Refusal("The establishment's name cannot contain control characters or text-direction overrides.");
        }
        if (kind == null) {
            throw new Refusal("Choose what kind of establishment it is.");
        }
        return clean;
    }

    private static Refusal changedMeanwhile(Establishment establishment) {
        return new Refusal(establishment.getName() + " was changed by someone else meanwhile. Reload to see the change, then make yours.");
    }

    /** A code made from the name ("St Mary's Primary" → st-marys-primary), numbered if taken. */
    private String freeCode(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "establishment";
        }
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        String code = base;
        for (int n = 2; establishments.existsByCode(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
