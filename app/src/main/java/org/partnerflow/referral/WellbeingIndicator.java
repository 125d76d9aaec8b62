package org.partnerflow.referral;

/**
 * The eight SHANARRI wellbeing indicators. {@link #displayName()} is part of form field keys
 * ({@code ratingSafe}, {@code outcomeSafe}), so it stays as it is; people read the indicator from the
 * bundle ({@code Words.of}).
 */
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
