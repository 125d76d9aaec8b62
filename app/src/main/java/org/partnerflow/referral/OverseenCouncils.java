package org.partnerflow.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerflow.establishment.Authority;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Whose children's records the signed-in overseer answers for (issue 17): each council's managers
 * their own council's, asked of the policy council by council ({@link Permissions#mayOverseeCasesOf}).
 * A manager of no council (the regional collaborative's) and an administrator see figures across every
 * council and no child's record. There are no grants between councils yet: a council's managers never
 * see another council's child, whatever the other council agrees.
 */
@Component
class OverseenCouncils {

    private final EstablishmentRegister register;
    private final Permissions permissions;

    OverseenCouncils(EstablishmentRegister register, Permissions permissions) {
        this.register = register;
        this.permissions = permissions;
    }

    /** The codes of the councils whose children's cases the signed-in person oversees (none for the region). */
    Set<String> mine() {
        return register.councils().stream().map(Authority::getCode).filter(permissions::mayOverseeCasesOf).collect(Collectors.toSet());
    }

    /**
     * Whether the signed-in overseer sees figures across every council rather than their own: the
     * region's managers (members of no council) and administrators. They see no child's record.
     */
    boolean acrossCouncils() {
        return permissions.mayOversee() && mine().isEmpty();
    }

    /** The councils' names by code, for figures per council. */
    Map<String, String> names() {
        return register.authorityNames();
    }

    /** Whether the signed-in overseer answers for a case of this council (a case not yet placed: any council's manager). */
    boolean oversee(String authority) {
        return permissions.mayOverseeCasesOf(authority);
    }

    static List<String> orNone(Set<String> codes) {
        // An empty IN list is not portable SQL; no council code is blank.
        return codes.isEmpty() ? List.of("") : List.copyOf(codes);
    }
}
