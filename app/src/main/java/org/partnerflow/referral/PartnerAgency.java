package org.partnerflow.referral;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.partnerflow.words.Words;

/**
 * The agencies a team around the child draws on, as the referral forms offer them: the forms store
 * the code, people read the name (from the bundle, {@code Words.of}).
 */
public enum PartnerAgency {
    HEALTH("health"),
    SOCIAL_WORK("social-work"),
    POLICE("police"),
    EDUCATION("education"),
    EDUCATIONAL_PSYCHOLOGY("educational-psychology"),
    HOUSING("housing"),
    THIRD_SECTOR("third-sector"),
    CLD("cld"),
    COLLEGE("college"),
    CHILD_PROTECTION(InformationSharing.CHILD_PROTECTION);

    private final String code;

    PartnerAgency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The agency's name for a stored code; an unknown code is shown as it is rather than hidden. */
    public static String nameOf(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).map(Words::of).findFirst().orElse(code);
    }

    public static String namesOf(Collection<String> codes) {
        return codes.stream().map(PartnerAgency::nameOf).collect(Collectors.joining(", "));
    }
}
