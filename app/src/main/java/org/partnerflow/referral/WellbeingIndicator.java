package org.partnerflow.referral;

import java.util.EnumMap;
import java.util.Map;

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

    /** The form keys' suffix ({@code ratingSafe}, {@code outcomeSafe}); people read {@code Words.of}. */
    public String displayName() {
        return displayName;
    }

    /** One value per indicator, given in the order above; those given as null are left out. */
    @SafeVarargs
    static <V> Map<WellbeingIndicator, V> given(V... inOrder) {
        Map<WellbeingIndicator, V> out = new EnumMap<>(WellbeingIndicator.class);
        for (WellbeingIndicator indicator : values()) {
            if (inOrder[indicator.ordinal()] != null) {
                out.put(indicator, inOrder[indicator.ordinal()]);
            }
        }
        return out;
    }
}
