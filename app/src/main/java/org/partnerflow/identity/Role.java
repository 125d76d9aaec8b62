package org.partnerflow.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The groups people work in. Each is an engine group (candidate groups of user tasks, candidate
 * starters of processes) and, with the prefix {@code ROLE_}, a Spring Security authority. People read
 * a role's name from the bundle: {@code Words.of(role)}.
 */
public enum Role {
    PRACTITIONER("practitioner"),
    NAMED_PERSON("named-person"),
    LEAD_PROFESSIONAL("lead-professional"),
    PARTNER_AGENCY("partner-agency"),
    CHILD_PROTECTION("child-protection"),
    PARTNERSHIP_LEAD("partnership-lead"),
    MANAGER("manager"),
    ADMIN("admin");

    /** Members of this engine group administer the Camunda webapps (Admin). */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";
    /**
     * Members of this engine group may read the service's metrics and Prometheus scrape, and nothing
     * else: the account a scraper signs in with (README, "Operations").
     */
    public static final String MONITORING_GROUP = "monitoring";

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public String authority() {
        return "ROLE_" + groupId;
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
