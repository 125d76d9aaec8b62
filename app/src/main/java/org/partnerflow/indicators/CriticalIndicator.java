package org.partnerflow.indicators;

import java.util.Arrays;
import java.util.Optional;

/**
 * The West Partnership's critical indicators (regional improvement plan): each with its 2016-17
 * baseline and 2020-21 target. Partnerships and improvement projects link to the indicators they
 * aim to move. {@code lowerIsBetter} marks rates that should fall.
 */
public enum CriticalIndicator {
    PRIMARY_LITERACY("primary-literacy", "Primary literacy (P1, P4, P7 at expected levels)", 71, 78, "%", false),
    PRIMARY_NUMERACY("primary-numeracy", "Primary numeracy (P1, P4, P7 at expected levels)", 78, 85, "%", false),
    S3_LITERACY_THIRD("s3-literacy-third", "S3 literacy at third level or better", 90, 91, "%", false),
    S3_NUMERACY_THIRD("s3-numeracy-third", "S3 numeracy at third level or better", 90, 91, "%", false),
    SCQF6_ONE_AWARD("scqf6-one-award", "Leavers with 1+ award at SCQF level 6", 63.8, 74, "%", false),
    SCQF6_FIVE_AWARDS("scqf6-five-awards", "Leavers with 5+ awards at SCQF level 6", 31.6, 35, "%", false),
    LEAVERS_LITERACY_L5("leavers-literacy-l5", "Leavers with SCQF level 5 literacy", 81.8, 86, "%", false),
    LEAVERS_NUMERACY_L5("leavers-numeracy-l5", "Leavers with SCQF level 5 numeracy", 69.1, 76, "%", false),
    PRIMARY_EXCLUSIONS("primary-exclusions", "Primary exclusion rate", 9.9, 6.5, "per 1,000", true),
    SECONDARY_ATTENDANCE("secondary-attendance", "Secondary attendance", 90.7, 92, "%", false);

    private final String code;
    private final String displayName;
    private final double baseline;
    private final double target;
    private final String unit;
    private final boolean lowerIsBetter;

    CriticalIndicator(String code, String displayName, double baseline, double target, String unit, boolean lowerIsBetter) {
        this.code = code;
        this.displayName = displayName;
        this.baseline = baseline;
        this.target = target;
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
    }

    public String code() { return code; }
    public String displayName() { return displayName; }
    public double baseline() { return baseline; }
    public double target() { return target; }
    public String unit() { return unit; }
    public boolean lowerIsBetter() { return lowerIsBetter; }

    public static Optional<CriticalIndicator> ofCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
