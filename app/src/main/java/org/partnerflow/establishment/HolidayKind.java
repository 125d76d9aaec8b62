package org.partnerflow.establishment;

/**
 * What kind of day off a council records; people read the words from the bundle ({@code HolidayKind.*}).
 * Both are days no working-day timescale counts for the council's children.
 */
public enum HolidayKind {
    /** A council's own holiday, such as Glasgow Fair Monday. */
    LOCAL_HOLIDAY,
    /** A school holiday period, such as the October week. */
    SCHOOL_HOLIDAY
}
