package org.partnerflow.referral;

/** The eight SHANARRI wellbeing indicators. */
public enum WellbeingIndicator {
    SAFE("Safe"), HEALTHY("Healthy"), ACHIEVING("Achieving"), NURTURED("Nurtured"),
    ACTIVE("Active"), RESPECTED("Respected"), RESPONSIBLE("Responsible"), INCLUDED("Included");

    private final String displayName;

    WellbeingIndicator(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
