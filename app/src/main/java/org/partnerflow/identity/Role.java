package org.partnerflow.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The groups people work in. Each is an engine group (candidate groups of user tasks, candidate
 * starters of processes) and, with the prefix {@code ROLE_}, a Spring Security authority.
 */
public enum Role {
    PRACTITIONER("practitioner", "Practitioner"),
    NAMED_PERSON("named-person", "Named Person"),
    LEAD_PROFESSIONAL("lead-professional", "Lead Professional"),
    PARTNER_AGENCY("partner-agency", "Partner agency practitioner"),
    CHILD_PROTECTION("child-protection", "Child protection"),
    PARTNERSHIP_LEAD("partnership-lead", "Partnership lead"),
    MANAGER("manager", "Manager"),
    ADMIN("admin", "Administrator");

    /** Members of this engine group administer the Camunda webapps (Admin). */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    public String authority() {
        return "ROLE_" + groupId;
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
