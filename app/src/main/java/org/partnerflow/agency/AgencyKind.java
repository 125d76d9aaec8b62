package org.partnerflow.agency;

import java.util.Arrays;
import java.util.Optional;

/**
 * What service an agency is: the kind a consent to share names (its {@link #code()} is the referral's
 * agency code, e.g. {@code health}), so coverage is checked against the agency's kind. People read the
 * words from the bundle ({@code AgencyKind.*}).
 */
public enum AgencyKind {
    HEALTH("health"),
    SOCIAL_WORK("social-work"),
    POLICE("police"),
    EDUCATION("education"),
    EDUCATIONAL_PSYCHOLOGY("educational-psychology"),
    HOUSING("housing"),
    THIRD_SECTOR("third-sector"),
    CLD("cld"),
    COLLEGE("college");

    private final String code;

    AgencyKind(String code) {
        this.code = code;
    }

    /** The code consent records and team members name the kind by. */
    public String code() {
        return code;
    }

    public static Optional<AgencyKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
