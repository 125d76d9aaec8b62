package org.partnerflow.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping from the council directory's groups claim to engine groups, kept by administrators:
 * which directory group makes someone a practitioner, a manager, a council's member or an
 * establishment's Named Person ({@link DirectorySignIn} applies it at each sign-in). And the other
 * side of joiners and movers: marking a directory account as having left, after which no door lets
 * the person in. Every change goes to the engine's user operation log ({@link IdentityChangeLog});
 * every refusal is a {@link DirectoryRefusal} in words.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class DirectoryGroups {

    /** The longest claim value kept (the column's length); an Entra ID group id is 36 characters. */
    static final int MAX_CLAIM = 255;

    private final DirectoryGroupMappings mappings;
    private final DirectoryAccounts accounts;
    private final IdentityService identityService;
    private final People people;
    private final CurrentUser currentUser;
    private final IdentityChangeLog changeLog;
    private final Clock clock;

    DirectoryGroups(DirectoryGroupMappings mappings, DirectoryAccounts accounts, IdentityService identityService, People people,
            CurrentUser currentUser, IdentityChangeLog changeLog, Clock clock) {
        this.mappings = mappings;
        this.accounts = accounts;
        this.identityService = identityService;
        this.people = people;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** A mapping as the page shows it: the claim value, the engine group and its name in words. */
    public record Mapping(long id, long version, String claimValue, String groupId, String groupName, String createdBy) {
    }

    /** An engine group a claim value can be mapped to: its id and its name in words. */
    public record Group(String id, String name) {
    }

    /** Every mapping, by claim value. */
    @Transactional(readOnly = true)
    @PreAuthorize("@permissions.mayAdminister()")
    public List<Mapping> mappings() {
        return mappings.findAllByOrderByClaimValueAsc().stream().map(this::shown).toList();
    }

    /** The engine groups a claim value can be mapped to (roles, councils, establishments' Named Persons, agencies), by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@permissions.mayAdminister()")
    public List<Group> groups() {
        return identityService.createGroupQuery().orderByGroupId().asc().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .map(g -> new Group(g.getId(), people.teamName(g.getId())))
                .sorted(java.util.Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Maps a value of the groups claim to an engine group: people whose directory sends the value are
     * put in the group at their next sign-in, and taken out when it no longer does.
     *
     * @throws DirectoryRefusal in words: a blank or overlong value, a group the engine does not have, a value mapped already
     */
    @Transactional
    @PreAuthorize("@permissions.mayAdminister()")
    public Mapping add(String claimValue, String groupId) {
        String claim = checkedClaim(claimValue);
        String group = existingGroup(groupId);
        mappings.findByClaimValue(claim).ifPresent(m -> {
            throw new DirectoryRefusal("\"" + claim + "\" is mapped already, to " + people.teamName(m.getGroupId())
                    + ": change that mapping instead.");
        });
        DirectoryGroupMapping saved = mappings.saveAndFlush(new DirectoryGroupMapping(claim, group, currentUser.requireId(), clock.instant()));
        changeLog.record(currentUser.requireId(), UserOperationLogEntry.OPERATION_TYPE_CREATE, IdentityChangeLog.DIRECTORY_GROUP_MAPPING,
                Map.of("claimValue", claim, "groupId", group), "Directory group mapped");
        return shown(saved);
    }

    /**
     * Changes a mapping's claim value or group.
     *
     * @param seenVersion the version the administrator edited: a change made meanwhile is refused, not overwritten
     */
    @Transactional
    @PreAuthorize("@permissions.mayAdminister()")
    public Mapping change(long id, String claimValue, String groupId, long seenVersion) {
        DirectoryGroupMapping mapping = current(id, seenVersion);
        String claim = checkedClaim(claimValue);
        String group = existingGroup(groupId);
        Optional<DirectoryGroupMapping> other = mappings.findByClaimValue(claim).filter(m -> !m.getId().equals(id));
        if (other.isPresent()) {
            throw new DirectoryRefusal("\"" + claim + "\" is mapped already, to " + people.teamName(other.get().getGroupId())
                    + ": remove one of the two mappings.");
        }
        mapping.change(claim, group);
        try {
            mapping = mappings.saveAndFlush(mapping);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw changedMeanwhile();
        }
        changeLog.record(currentUser.requireId(), UserOperationLogEntry.OPERATION_TYPE_UPDATE, IdentityChangeLog.DIRECTORY_GROUP_MAPPING,
                Map.of("claimValue", claim, "groupId", group), "Directory group mapping changed");
        return shown(mapping);
    }

    /**
     * Removes a mapping. The group's members keep it until their next sign-in, and then keep it only
     * if another mapping still gives it to them (or, once no mapping names the group, for good: it is
     * then kept inside Partnerflow).
     */
    @Transactional
    @PreAuthorize("@permissions.mayAdminister()")
    public void remove(long id, long seenVersion) {
        DirectoryGroupMapping mapping = current(id, seenVersion);
        mappings.delete(mapping);
        try {
            mappings.flush();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw changedMeanwhile();
        }
        changeLog.record(currentUser.requireId(), UserOperationLogEntry.OPERATION_TYPE_DELETE, IdentityChangeLog.DIRECTORY_GROUP_MAPPING,
                Map.of("claimValue", mapping.getClaimValue(), "groupId", mapping.getGroupId()), "Directory group mapping removed");
    }

    /**
     * Records that the person has left: from now on no door lets them in (the directory's, a password,
     * the engine API's). Their work is handed over on the hand-over page; their memberships stay, so
     * the work still shows whose it was.
     *
     * @throws DirectoryRefusal for someone Partnerflow does not know, or oneself
     */
    @Transactional
    @PreAuthorize("@permissions.mayAdminister()")
    public void markLeft(String userId) {
        if (!people.exists(userId)) {
            throw new DirectoryRefusal("There is no one of that user name in Partnerflow.");
        }
        if (userId.equals(currentUser.requireId())) {
            throw new DirectoryRefusal("You cannot mark yourself as having left: ask another administrator.");
        }
        DirectoryAccount account = accounts.findById(userId).orElseGet(() -> new DirectoryAccount(userId, DirectoryAccount.LOCAL, null));
        if (account.hasLeft()) {
            throw new DirectoryRefusal(people.displayName(userId) + " is recorded as having left already.");
        }
        account.left(currentUser.requireId(), clock.instant());
        accounts.saveAndFlush(account);
        changeLog.record(currentUser.requireId(), UserOperationLogEntry.OPERATION_TYPE_UPDATE, IdentityChangeLog.DIRECTORY_ACCOUNT,
                Map.of("userId", userId, "left", "true"), "Marked as having left: no sign-in from now on");
    }

    /** Reopens the account of someone marked as having left by mistake, or who came back. */
    @Transactional
    @PreAuthorize("@permissions.mayAdminister()")
    public void markReturned(String userId) {
        DirectoryAccount account = accounts.findById(userId).filter(DirectoryAccount::hasLeft)
                .orElseThrow(() -> new DirectoryRefusal(people.displayName(userId) + " is not recorded as having left."));
        account.returned();
        accounts.saveAndFlush(account);
        changeLog.record(currentUser.requireId(), UserOperationLogEntry.OPERATION_TYPE_UPDATE, IdentityChangeLog.DIRECTORY_ACCOUNT,
                Map.of("userId", userId, "left", "false"), "Account reopened: may sign in again");
    }

    /** Whether the person is recorded as having left; for the pages that list open work. */
    @Transactional(readOnly = true)
    public boolean hasLeft(String userId) {
        return userId != null && accounts.findById(userId).filter(DirectoryAccount::hasLeft).isPresent();
    }

    /** The people recorded as having left, most recent first, as user ids. */
    @Transactional(readOnly = true)
    @PreAuthorize("@permissions.mayOversee()")
    public List<String> leavers() {
        return accounts.findByLeftAtIsNotNullOrderByLeftAtDesc().stream().map(DirectoryAccount::getUserId).toList();
    }

    private DirectoryGroupMapping current(long id, long seenVersion) {
        DirectoryGroupMapping mapping = mappings.findById(id).orElseThrow(() ->
                new DirectoryRefusal("That mapping is no longer there: someone removed it meanwhile. Reload the page."));
        if (mapping.getVersion() != seenVersion) {
            throw changedMeanwhile();
        }
        return mapping;
    }

    private static DirectoryRefusal changedMeanwhile() {
        return new DirectoryRefusal("Someone else changed this mapping while you were editing it. Reload the page to see their change, "
                + "then try again.");
    }

    private static String checkedClaim(String claimValue) {
        String claim = claimValue == null ? "" : claimValue.strip();
        if (claim.isEmpty()) {
            throw new DirectoryRefusal("Give the value the directory sends in the groups claim: a group's id or name, as your "
                    + "directory's administrator sees it.");
        }
        if (claim.length() > MAX_CLAIM) {
            throw new DirectoryRefusal("A claim value can have at most " + MAX_CLAIM + " characters.");
        }
        if (claim.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u202E' || c == '\u202D' || c == '\u2066'
                || c == '\u2067' || c == '\u2068' || c == '\u2069' || c == '\u202A' || c == '\u202B' || c == '\u202C')) {
            throw new DirectoryRefusal("A claim value cannot contain control characters or text-direction overrides.");
        }
        return claim;
    }

    private String existingGroup(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            throw new DirectoryRefusal("Choose the Partnerflow group the directory group stands for.");
        }
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            throw new DirectoryRefusal("Partnerflow has no group \"" + groupId + "\": choose one of its groups.");
        }
        return groupId;
    }

    private Mapping shown(DirectoryGroupMapping m) {
        return new Mapping(m.getId(), m.getVersion(), m.getClaimValue(), m.getGroupId(), people.teamName(m.getGroupId()), m.getCreatedBy());
    }
}
