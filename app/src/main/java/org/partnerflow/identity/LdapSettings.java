package org.partnerflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's LDAP directory or Active Directory ({@code partnerflow.ldap.*}), for sign-in with
 * the directory password ({@link LdapSignIn}); off unless {@code url} is set.
 *
 * @param url                the server and base, e.g. {@code ldaps://dc1.council.local:636/dc=council,dc=local}
 * @param managerDn          who searches the directory (users by filter, groups), if not anonymously; AD needs one
 * @param managerPassword    that account's password
 * @param userDnPattern      the user's DN from the name typed, under the base, e.g. {@code uid={0},ou=people}; or:
 * @param userSearchBase     where to search for the user, under the base (empty: the base)
 * @param userSearchFilter   how, e.g. {@code (sAMAccountName={0})} for AD, {@code (uid={0})} (the default) for OpenLDAP
 * @param userIdAttribute    the attribute whose value (lower case) is the Partnerflow user id: {@code uid}, or
 *                           {@code sAMAccountName} for AD; the name typed if the entry has none
 * @param subjectAttribute   the entry's unchanging id, so a person renamed or moved between OUs stays the same account:
 *                           {@code entryUUID} (the default), {@code objectGUID} for AD; the DN if the entry has none
 * @param groupSearchBase    if set, groups are searched here (under the base) for the user: their DNs and CNs are the claims
 * @param groupSearchFilter  the group search, {0} the user's DN, {1} the name typed: {@code (member={0})} by default
 * @param groupAttribute     otherwise the user entry's attribute naming its groups' DNs: {@code memberOf} by default
 */
@ConfigurationProperties("partnerflow.ldap")
public record LdapSettings(String url, String managerDn, String managerPassword, String userDnPattern, String userSearchBase,
        String userSearchFilter, String userIdAttribute, String subjectAttribute, String groupSearchBase, String groupSearchFilter,
        String groupAttribute) {

    public LdapSettings {
        url = blankAsNull(url);
        managerDn = blankAsNull(managerDn);
        userDnPattern = blankAsNull(userDnPattern);
        userSearchBase = userSearchBase == null ? "" : userSearchBase.strip();
        userSearchFilter = orDefault(userSearchFilter, "(uid={0})");
        userIdAttribute = orDefault(userIdAttribute, "uid");
        subjectAttribute = orDefault(subjectAttribute, "entryUUID");
        groupSearchBase = groupSearchBase == null || groupSearchBase.isBlank() ? null : groupSearchBase.strip();
        groupSearchFilter = orDefault(groupSearchFilter, "(member={0})");
        groupAttribute = orDefault(groupAttribute, "memberOf");
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
