package org.partnerflow.referral;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The agencies a team around the child draws on, as the referral forms offer them: the forms store
 * the code, people read the name.
 */
public enum PartnerAgency {
    HEALTH("health", "Health"),
    SOCIAL_WORK("social-work", "Social work"),
    POLICE("police", "Police"),
    EDUCATION("education", "Education"),
    EDUCATIONAL_PSYCHOLOGY("educational-psychology", "Educational psychology"),
    HOUSING("housing", "Housing"),
    THIRD_SECTOR("third-sector", "Third sector"),
    CLD("cld", "Community learning and development"),
    COLLEGE("college", "College"),
    CHILD_PROTECTION(InformationSharing.CHILD_PROTECTION, "Child protection");

    private final String code;
    private final String displayName;

    PartnerAgency(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The agency's name for a stored code; an unknown code is shown as it is rather than hidden. */
    public static String nameOf(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).map(PartnerAgency::displayName).findFirst().orElse(code);
    }

    public static String namesOf(Collection<String> codes) {
        return codes.stream().map(PartnerAgency::nameOf).collect(Collectors.joining(", "));
    }
}
