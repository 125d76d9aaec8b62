package org.partnerflow.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.EntityTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs in someone the council's directory vouches for (OpenID Connect, LDAP) and feeds the engine's
 * identity service, which stays the one store of users and groups: the engine user is created or
 * updated with the directory's names and email (never a password), and the memberships the
 * directory gives are synced. The directory gives the groups that are targets of a mapping
 * ({@link DirectoryGroups}): each mapped by one of the person's claims is joined, each no longer
 * mapped for them is left (a mover loses the role at their next sign-in). A group no mapping names is
 * kept inside Partnerflow (an establishment's Named Persons, an agency) and never touched here.
 * Every join and leave goes to the engine's user operation log ({@link IdentityChangeLog}).
 *
 * <p>Refused, in words: someone marked as having left, someone whose claims map to no group (after
 * their directory groups are left, so a person moved out of every mapped group holds none of them),
 * and a user name already used by another account of the same directory.
 */
@Service
public class DirectorySignIn {

    static final String NO_ROLE = "Your account has no Partnerflow role yet: ask your administrator to map one of your groups.";
    static final String LEFT = "Your Partnerflow account was closed when you were recorded as having left. "
            + "If you have come back, ask your administrator to reopen it.";
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySignIn.class);
    /** The engine's columns: ACT_ID_USER.ID_ and the names and email. */
    private static final int MAX_USER_ID = 64;
    private static final int MAX_NAME = 255;
    /** The user ids the engine accepts (PartnerflowEnginePlugin's user resource pattern). */
    private static final java.util.regex.Pattern USER_ID = java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");

    private final IdentityService identityService;
    private final People people;
    private final DirectoryGroupMappings mappings;
    private final DirectoryAccounts accounts;
    private final IdentityChangeLog changeLog;
    private final EngineIdentityAuthenticationProvider engineSignIn;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DirectorySignIn(IdentityService identityService, People people, DirectoryGroupMappings mappings, DirectoryAccounts accounts,
            IdentityChangeLog changeLog, EngineIdentityAuthenticationProvider engineSignIn, PlatformTransactionManager transactions,
            Clock clock) {
        this.identityService = identityService;
        this.people = people;
        this.mappings = mappings;
        this.accounts = accounts;
        this.changeLog = changeLog;
        this.engineSignIn = engineSignIn;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The person's engine user and memberships brought in line with the directory, then their sign-in:
     * authorities {@code ROLE_<group>} of every engine group they are in after the sync.
     *
     * @throws SignInRefused in words: left, no mapped group, a user name that is another account's
     */
    public org.springframework.security.core.Authentication signIn(DirectoryAccountDetails details) {
        String userId = details.userId() == null ? "" : details.userId().strip();
        if (userId.isEmpty() || userId.length() > MAX_USER_ID || !USER_ID.matcher(userId).matches()
                || details.subject() == null || details.subject().isBlank()) {
            throw new SignInRefused("Your council account gives no user name Partnerflow can use: ask your administrator.");
        }
        // Someone whose claims map to nothing is refused after the sync commits: the groups the directory
        // had given them are left first, so a person moved out of every mapped group keeps none.
        Authentication before = identityService.getCurrentAuthentication();
        // The engine would log its own entries as whoever is authenticated; the change log says it was the sign-in.
        identityService.clearAuthentication();
        boolean mapped;
        try {
            mapped = Boolean.TRUE.equals(transaction.execute(status -> sync(userId, details)));
        } finally {
            if (before != null) {
                identityService.setAuthentication(before);
            }
        }
        if (!mapped) {
            throw new SignInRefused(NO_ROLE);
        }
        return engineSignIn.signedIn(userId);
    }

    private boolean sync(String userId, DirectoryAccountDetails details) {
        String source = details.source().name();
        DirectoryAccount account = accounts.findById(userId).orElse(null);
        if (account != null && account.hasLeft()) {
            throw new SignInRefused(LEFT);
        }
        if (account != null && source.equals(account.getSource()) && account.getSubject() != null
                && !account.getSubject().equals(details.subject())) {
            // A user name given to someone new in the directory: not the person this account's work belongs to.
            LOG.warn("Directory sign-in refused: user name already belongs to another {} account", source);
            throw new SignInRefused("Your user name belongs to another Partnerflow account: ask your administrator.");
        }
        List<DirectoryGroupMapping> all = mappings.findAll();
        Set<String> claims = Set.copyOf(details.groupClaims());
        Set<String> given = new LinkedHashSet<>();
        Set<String> directorysGroups = new LinkedHashSet<>();
        Map<String, List<String>> claimsOf = new java.util.HashMap<>();
        for (DirectoryGroupMapping m : all) {
            directorysGroups.add(m.getGroupId());
            if (claims.contains(m.getClaimValue()) && groupExists(m.getGroupId())) {
                given.add(m.getGroupId());
                claimsOf.computeIfAbsent(m.getGroupId(), g -> new ArrayList<>()).add(m.getClaimValue());
            }
        }
        String why = "At sign-in through the council's directory (" + source + ")";
        boolean known = people.exists(userId);
        if (!known && given.isEmpty()) {
            return false; // nothing to create for someone who may not come in
        }
        saveUser(userId, details, known, why);
        for (String group : directorysGroups) {
            if (given.contains(group) && !people.isMember(userId, group)) {
                people.join(userId, group);
                changeLog.record(userId, UserOperationLogEntry.OPERATION_TYPE_CREATE, EntityTypes.GROUP_MEMBERSHIP,
                        Map.of("userId", userId, "groupId", group), why + ": mapped from " + String.join(", ", claimsOf.get(group)));
            } else if (!given.contains(group) && people.isMember(userId, group)) {
                people.leave(userId, group);
                changeLog.record(userId, UserOperationLogEntry.OPERATION_TYPE_DELETE, EntityTypes.GROUP_MEMBERSHIP,
                        Map.of("userId", userId, "groupId", group), why + ": no longer in a directory group mapped to it");
            }
        }
        if (account == null) {
            account = new DirectoryAccount(userId, source, details.subject());
        }
        account.signedIn(source, details.subject(), clock.instant());
        accounts.save(account);
        return !given.isEmpty();
    }

    private boolean groupExists(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).count() > 0;
    }

    /** Creates the engine user with no password, or updates the names and email the directory changed. */
    private void saveUser(String userId, DirectoryAccountDetails details, boolean known, String why) {
        User user = known ? identityService.createUserQuery().userId(userId).singleResult() : identityService.newUser(userId);
        String first = fitted(details.firstName());
        String last = fitted(details.lastName());
        String email = fitted(details.email());
        if (known && Objects.equals(first, user.getFirstName()) && Objects.equals(last, user.getLastName())
                && Objects.equals(email, user.getEmail())) {
            return;
        }
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(email);
        identityService.saveUser(user);
        changeLog.record(userId, known ? UserOperationLogEntry.OPERATION_TYPE_UPDATE : UserOperationLogEntry.OPERATION_TYPE_CREATE,
                EntityTypes.USER, Map.of("userId", userId), why + (known ? ": names or email changed" : ": first sign-in"));
    }

    private static String fitted(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        return clean.length() <= MAX_NAME ? clean : clean.substring(0, MAX_NAME);
    }
}
