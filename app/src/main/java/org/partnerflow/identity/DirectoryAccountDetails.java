package org.partnerflow.identity;

import java.util.List;

/**
 * Who the council's directory says is signing in: from an OpenID Connect ID token or an LDAP entry.
 * {@code subject} is the directory's own, unchanging id for the person (the token's {@code sub}, an
 * entry's DN or GUID); {@code userId} is the engine user id Partnerflow knows them by (a user name);
 * {@code groupClaims} the values of its groups claim (group ids, names or roles), mapped to engine
 * groups by {@link DirectoryGroups}.
 */
public record DirectoryAccountDetails(Source source, String subject, String userId, String firstName, String lastName, String email,
        List<String> groupClaims) {

    /** The door a directory account comes through. */
    public enum Source { OIDC, LDAP }

    public DirectoryAccountDetails {
        groupClaims = groupClaims == null ? List.of() : List.copyOf(groupClaims.stream().filter(java.util.Objects::nonNull).toList());
    }
}
