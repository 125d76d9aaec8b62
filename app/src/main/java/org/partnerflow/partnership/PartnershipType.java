package org.partnerflow.partnership;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of partnership Partnerflow supports; {@code code} is what the proposal form stores, the words are in the bundle. */
public enum PartnershipType {
    SCHOOL_CLUSTER("school-cluster", 0),
    INTER_AUTHORITY_FORUM("inter-authority-forum", 3),
    MULTI_AGENCY("multi-agency", 0),
    SCHOOL_COLLEGE_EMPLOYER("school-college-employer", 0),
    COMMUNITY("community", 0),
    OTHER("other", 0);

    private final String code;
    private final int maxFormalMeetingsPerYear;

    PartnershipType(String code, int maxFormalMeetingsPerYear) {
        this.code = code;
        this.maxFormalMeetingsPerYear = maxFormalMeetingsPerYear;
    }

    public String code() { return code; }

    /** A forum meets formally up to three times a year; 0 means no such limit. */
    public int maxFormalMeetingsPerYear() { return maxFormalMeetingsPerYear; }

    public static Optional<PartnershipType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
