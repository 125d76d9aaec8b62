package org.partnerflow.partnership;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of partnership Partnerflow supports; {@code code} is what the proposal form stores. */
public enum PartnershipType {
    SCHOOL_CLUSTER("school-cluster", "School cluster", 0),
    INTER_AUTHORITY_FORUM("inter-authority-forum", "Inter-authority forum or network", 3),
    MULTI_AGENCY("multi-agency", "Multi-agency partnership", 0),
    SCHOOL_COLLEGE_EMPLOYER("school-college-employer", "School–college–employer partnership", 0),
    COMMUNITY("community", "Community partnership", 0),
    OTHER("other", "Other partnership", 0);

    private final String code;
    private final String displayName;
    private final int maxFormalMeetingsPerYear;

    PartnershipType(String code, String displayName, int maxFormalMeetingsPerYear) {
        this.code = code;
        this.displayName = displayName;
        this.maxFormalMeetingsPerYear = maxFormalMeetingsPerYear;
    }

    public String code() { return code; }
    public String displayName() { return displayName; }

    /** A forum meets formally up to three times a year; 0 means no such limit. */
    public int maxFormalMeetingsPerYear() { return maxFormalMeetingsPerYear; }

    public static Optional<PartnershipType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
